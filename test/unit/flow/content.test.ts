// The same geometric checks as layout.test.ts, on the story's real content: every step, at a
// phone and a desktop width, in both arrangements. Skipped where content/ cannot be loaded
// (it is edited concurrently); the fixture tests cover the layout itself.
import { describe, expect, it } from 'vitest';
import { loadContent } from '$lib/server/content/load';
import type { Content } from '$lib/content/types';
import { describeScene, tableRows } from '$lib/flow/describe';
import { overlaps, type Box } from '$lib/flow/geometry';
import { layoutFlows, type Arrangement } from '$lib/flow/layout';

let content: Content | null = null;
try {
  content = loadContent();
} catch {
  content = null;
}

describe.skipIf(!content)('the real story', () => {
  const { companies, flows, steps, sources } = content ?? { companies: [], flows: [], steps: [], sources: [] };
  const sizes: [number, number, Arrangement][] = [
    [320, 256, 'wide'],
    [1280, 768, 'wide'],
    [320, 420, 'narrow'],
    [1280, 1600, 'narrow']
  ];
  const cases = steps
    .filter((step) => step.scene.chart === 'flows')
    .flatMap((step) =>
      sizes.map(([width, height, arrangement]) => ({ id: step.id, scene: step.scene, width, height, arrangement }))
    );

  it.each(cases)(
    '$id at $width × $height ($arrangement): labels inside, apart, highlighted ones kept',
    ({ scene, width, height, arrangement }) => {
      const layout = layoutFlows(companies, flows, scene, { width, height }, arrangement);
      const boxes: { id: string; box: Box }[] = [
        ...layout.nodes.filter((n) => n.visible).map((n) => ({ id: n.id, box: n.labelBox })),
        ...layout.links.filter((l) => l.visible && l.labelVisible).map((l) => ({ id: l.id, box: l.labelBox }))
      ];
      for (const { id, box } of boxes) {
        expect(
          box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height,
          `${id} inside`
        ).toBe(true);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
          expect(overlaps(boxes[i]!.box, boxes[j]!.box), `${boxes[i]!.id} / ${boxes[j]!.id}`).toBe(false);
      for (const l of layout.links.filter((l) => l.highlighted)) expect(l.labelVisible, `${l.id} label`).toBe(true);
    }
  );

  it.each(steps.map((step, i) => ({ id: step.id, step, i })))(
    '$id: the table and the description cover the same flows',
    ({ step, i }) => {
      const rows = tableRows(companies, flows, step.scene, sources);
      const text = describeScene(companies, flows, step.scene, sources, `step ${i + 1}`);
      expect(text.name).toContain(`${rows.length} flow`);
    }
  );
});
