// The step's annotation: wrapped to about 40% of the drawing's width, set at the nearest free
// place to what the step points at (searched on rings 1.2 em apart), or left out (null) when
// the drawing has no room. Worked in a 600 × 400 drawing at 14 px type: a character is
// 14 × 0.6 = 8.4 px, a line 17.5 px, and the box has 8 × 6 px of padding.
import { describe, expect, it } from 'vitest';
import { annotationWidth, placeAnnotation, type AnnotationContext } from '$lib/flow/annotation';
import { distanceToBox, type Box } from '$lib/flow/geometry';
import { deepFreeze } from './fixtures';

const bounds: Box = { x: 0, y: 0, width: 600, height: 400 };
const band = { id: 'b', curve: { x0: 100, y0: 200, x1: 233, y1: 200, x2: 367, y2: 200, x3: 500, y3: 200 }, width: 10 };
const context = (extra: Partial<AnnotationContext> = {}): AnnotationContext => ({
  bounds,
  nodes: [],
  bands: [],
  taken: [],
  fontSize: 14,
  target: { x: 300, y: 200 },
  ...extra
});
const centreOf = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

describe('annotationWidth', () => {
  it.each([
    { name: 'a wide drawing is capped at 34 characters', width: 1280, font: 14, chars: 34 },
    { name: '40% of 600 px at 8.4 px a character', width: 600, font: 14, chars: 28 },
    { name: '40% of 320 px at 7.2 px a character', width: 320, font: 12, chars: 17 },
    { name: 'a tiny drawing still gets 16 characters', width: 200, font: 12, chars: 16 }
  ])('$name', ({ width, font, chars }) => expect(annotationWidth(width, font)).toBe(chars));
});

describe('placeAnnotation', () => {
  it('centres the annotation on its target when nothing is in the way', () =>
    // 13 characters: 109.2 + 8 px wide, 17.5 + 6 px tall.
    expect(placeAnnotation('Up to $10B in', context())).toEqual({
      lines: ['Up to $10B in'],
      box: { x: 241.4, y: 188.25, width: expect.closeTo(117.2, 9), height: 23.5 }
    }));

  it('wraps the text at the drawing’s line length', () => {
    const placed = placeAnnotation(
      'More than $10B for shares in OpenAI: talks at an early stage, nothing signed.',
      context()
    );
    expect(placed?.lines).toEqual([
      'More than $10B for shares in',
      'OpenAI: talks at an early',
      'stage, nothing signed.'
    ]);
    // 28 characters wide, three lines.
    expect(placed?.box).toEqual({
      x: expect.closeTo(178.4, 9),
      y: 170.75,
      width: expect.closeTo(243.2, 9),
      height: 58.5
    });
  });

  it('moves off a band running through its target, to the nearest ring that is clear of it', () => {
    const placed = placeAnnotation('Up to $10B in', context({ bands: [band] }))!;
    // Rings are 17 px apart (1.2 × 14): at 17 px a 23.5 px box reaches within 11 px of the
    // band's centre line whichever way it goes; at 34 px it clears it.
    const c = centreOf(placed.box);
    expect(Math.hypot(c.x - 300, c.y - 200)).toBeCloseTo(34, 6);
    const clearance = Math.min(placed.box.y - 200, 200 - (placed.box.y + placed.box.height));
    expect(Math.abs(clearance)).toBeGreaterThanOrEqual(5 + 6);
  });

  it('keeps 8 px from companies and 6 px from labels', () => {
    const node: Box = { x: 230, y: 150, width: 140, height: 40 };
    const label: Box = { x: 230, y: 212, width: 140, height: 30 };
    const placed = placeAnnotation('Up to $10B in', context({ nodes: [node], taken: [label] }))!;
    const corners = (b: Box) => [
      { x: b.x, y: b.y },
      { x: b.x + b.width, y: b.y + b.height }
    ];
    const gap = (a: Box, b: Box) =>
      Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width), b.y - (a.y + a.height), a.y - (b.y + b.height));
    expect(gap(placed.box, node)).toBeGreaterThanOrEqual(8);
    expect(gap(placed.box, label)).toBeGreaterThanOrEqual(6);
    expect(corners(placed.box).every((p) => distanceToBox(p, { x: 4, y: 4, width: 592, height: 392 }) === 0)).toBe(
      true
    );
  });

  it('returns null when the drawing has no free place', () =>
    expect(placeAnnotation('Up to $10B in', context({ nodes: [{ x: 0, y: 0, width: 600, height: 400 }] }))).toBeNull());

  it('returns null when the text is wider than the drawing', () =>
    expect(placeAnnotation('Up to $10B in', context({ bounds: { x: 0, y: 0, width: 100, height: 400 } }))).toBeNull());

  it('never writes into its context', () => {
    const frozen = deepFreeze(context({ bands: [{ ...band }] }));
    expect(() => placeAnnotation('Up to $10B in', frozen)).not.toThrow();
    expect(frozen.bands[0]).not.toHaveProperty('line');
  });
});
