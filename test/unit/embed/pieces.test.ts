import { describe, expect, it } from 'vitest';
import { loadContent } from '$lib/server/content/load';
import { diagramSteps, fullPictureStep, PIECE_INFO } from '$lib/embed/pieces';
import type { Scene } from '$lib/content/types';

const flows = (show: number, count: number): Scene => ({
  chart: 'flows',
  show: Array.from({ length: show }, (_, i) => `c${i}`),
  flows: Array.from({ length: count }, (_, i) => `f${i}`),
  highlight: []
});
const stock: Scene = { chart: 'stock', show: [], flows: [], highlight: [] };

describe('fullPictureStep', () => {
  it.each([
    { name: 'the most companies wins', scenes: [flows(2, 1), flows(6, 3), flows(3, 9)], step: 1 },
    { name: 'then the most flows', scenes: [flows(3, 2), flows(3, 5), flows(3, 4)], step: 1 },
    { name: 'a tie goes to the later step', scenes: [flows(3, 2), flows(3, 2)], step: 1 },
    { name: 'other charts never', scenes: [stock, flows(1, 1), stock], step: 1 },
    { name: 'no flows at all', scenes: [stock, stock], step: 0 },
    { name: 'no steps', scenes: [], step: 0 }
  ])('$name', ({ scenes, step }) => expect(fullPictureStep(scenes)).toBe(step));

  it('is the chip bet in the story, with all six companies', () => {
    const { steps } = loadContent();
    const step = steps[fullPictureStep(steps.map((s) => s.scene))];
    expect(step?.id).toBe('chip-bet');
    expect(step?.scene.show).toHaveLength(6);
  });
});

describe('diagramSteps', () => {
  it.each([
    { name: 'flows steps map to themselves', scenes: [flows(1, 1), flows(2, 2)], map: [0, 1] },
    {
      name: 'a stock step shows the flows before it',
      scenes: [flows(1, 1), flows(2, 2), stock, flows(2, 1)],
      map: [0, 1, 1, 3]
    },
    { name: 'a stock step first shows the flows after it', scenes: [stock, flows(1, 1)], map: [1, 1] },
    { name: 'no flows anywhere', scenes: [stock, stock], map: [0, 1] }
  ])('$name', ({ scenes, map }) => expect(diagramSteps(scenes)).toEqual(map));
});

describe('PIECE_INFO', () => {
  it.each(Object.entries(PIECE_INFO))(
    '%s fits WordPress’s 200–1000 px and starts no taller than it gets',
    (_, info) => {
      expect(info.height).toBeGreaterThanOrEqual(200);
      expect(info.height).toBeLessThanOrEqual(1000);
      expect(info.start).toBeGreaterThanOrEqual(200);
      expect(info.start).toBeLessThanOrEqual(info.height);
    }
  );
});
