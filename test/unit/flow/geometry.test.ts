// Plane geometry of the diagram: cubic Béziers, boxes, polylines and text boxes. Expected values
// are worked out by hand on curves whose shape makes the arithmetic short: a straight cubic
// with evenly spaced control points moves at constant speed (B(t) = 90t), and the "arch" below
// has its middle at (50, 75) by the Bernstein weights 1/8, 3/8, 3/8, 1/8.
import { describe, expect, it } from 'vitest';
import {
  boxAround,
  cubicPath,
  curveLength,
  curveToBox,
  curveToCurve,
  distanceToBox,
  distanceToCurve,
  distanceToSegment,
  firstBaseline,
  grow,
  inside,
  normalAt,
  overlaps,
  pointAt,
  pointToPolyline,
  polyline,
  polylineNearBox,
  polylineToBox,
  round1,
  samplePoints,
  tangentAt,
  textSize,
  wrapText,
  type Cubic
} from '$lib/flow/geometry';

/** From (0, 0) to (90, 0) at constant speed: B(t) = (90t, 0). */
const straight: Cubic = { x0: 0, y0: 0, x1: 30, y1: 0, x2: 60, y2: 0, x3: 90, y3: 0 };
/** Leaves (0, 0) straight down the screen, arches through (50, 75), comes back up to (100, 0). */
const arch: Cubic = { x0: 0, y0: 0, x1: 0, y1: 100, x2: 100, y2: 100, x3: 100, y3: 0 };
const shifted = (c: Cubic, dy: number): Cubic => ({ ...c, y0: c.y0 + dy, y1: c.y1 + dy, y2: c.y2 + dy, y3: c.y3 + dy });

describe('points along a cubic', () => {
  it.each([
    { name: 'straight, start', curve: straight, t: 0, point: { x: 0, y: 0 } },
    { name: 'straight, a third of the way', curve: straight, t: 1 / 3, point: { x: 30, y: 0 } },
    { name: 'straight, middle', curve: straight, t: 0.5, point: { x: 45, y: 0 } },
    { name: 'straight, end', curve: straight, t: 1, point: { x: 90, y: 0 } },
    { name: 'arch, middle (weights 1/8, 3/8, 3/8, 1/8)', curve: arch, t: 0.5, point: { x: 50, y: 75 } },
    // x = 100·3(1−t)t² + 100t³ = 15.625 and y = 300(1−t)t = 56.25 at t = 1/4.
    { name: 'arch, a quarter of the way', curve: arch, t: 0.25, point: { x: 15.625, y: 56.25 } }
  ])('$name', ({ curve, t, point }) => {
    const p = pointAt(curve, t);
    expect(p.x).toBeCloseTo(point.x, 9);
    expect(p.y).toBeCloseTo(point.y, 9);
  });

  it('samples n + 1 points evenly in t', () =>
    expect(samplePoints(straight, 3).map((p) => [p.x, p.y])).toEqual(
      [0, 30, 60, 90].map((x) => [expect.closeTo(x, 9), 0])
    ));
});

describe('direction of travel', () => {
  it.each([
    {
      name: 'the arch leaves straight down its first control leg',
      t: 0,
      tangent: { x: 0, y: 1 },
      normal: { x: 1, y: 0 }
    },
    { name: 'the arch runs rightwards at its middle', t: 0.5, tangent: { x: 1, y: 0 }, normal: { x: 0, y: -1 } },
    {
      name: 'the arch arrives straight up its last control leg',
      t: 1,
      tangent: { x: 0, y: -1 },
      normal: { x: -1, y: 0 }
    }
  ])('$name', ({ t, tangent, normal }) => {
    expect(tangentAt(arch, t)).toEqual({ x: expect.closeTo(tangent.x, 9), y: expect.closeTo(tangent.y, 9) });
    expect(normalAt(arch, t)).toEqual({ x: expect.closeTo(normal.x, 9), y: expect.closeTo(normal.y, 9) });
  });

  it('falls back to the chord where the derivative vanishes (a control point on its end)', () => {
    // B'(0) = 3(p1 − p0) = 0 here; the chord from (0, 0) to (3, 4) has direction (0.6, 0.8).
    const stalled: Cubic = { x0: 0, y0: 0, x1: 0, y1: 0, x2: 3, y2: 4, x3: 3, y3: 4 };
    expect(tangentAt(stalled, 0)).toEqual({ x: 0.6, y: 0.8 });
  });

  it('turns the normal a quarter to the left: rightward travel has its normal up the screen', () =>
    expect(normalAt(straight, 0.5)).toEqual({ x: 0, y: -1 }));
});

describe('SVG path', () => {
  it('prints a cubic rounded to 0.1 px', () =>
    expect(cubicPath({ x0: 0.123, y0: 1, x1: 2, y1: 3, x2: 4, y2: 5, x3: 6.789, y3: 7 })).toBe('M0.1,1C2,3,4,5,6.8,7'));
});

describe('lengths and distances', () => {
  it('measures a straight cubic exactly', () => expect(curveLength(straight)).toBeCloseTo(90, 9));

  it.each([
    { name: 'above the middle of the segment', p: { x: 5, y: 5 }, distance: 5 },
    { name: 'beyond the start: to the end point', p: { x: -3, y: 4 }, distance: 5 },
    { name: 'beyond the end: to the end point', p: { x: 13, y: 4 }, distance: 5 },
    { name: 'on the segment', p: { x: 7, y: 0 }, distance: 0 }
  ])('point to segment (0,0)–(10,0): $name', ({ p, distance }) =>
    expect(distanceToSegment(p, { x: 0, y: 0 }, { x: 10, y: 0 })).toBeCloseTo(distance, 9)
  );

  it('measures to a degenerate segment as to its point', () =>
    expect(distanceToSegment({ x: 3, y: 4 }, { x: 0, y: 0 }, { x: 0, y: 0 })).toBe(5));

  const box = { x: 0, y: 0, width: 10, height: 10 };
  it.each([
    { name: 'inside', p: { x: 5, y: 5 }, distance: 0 },
    { name: 'on the edge', p: { x: 10, y: 5 }, distance: 0 },
    { name: 'left of it', p: { x: -6, y: 5 }, distance: 6 },
    { name: 'above it', p: { x: 5, y: -2 }, distance: 2 },
    { name: 'off a corner', p: { x: 13, y: 14 }, distance: 5 }
  ])('point to box: $name', ({ p, distance }) => expect(distanceToBox(p, box)).toBe(distance));

  it('measures a point to the centre line of a curve', () =>
    expect(distanceToCurve({ x: 45, y: 12 }, straight)).toBeCloseTo(12, 9));

  it.each([
    { name: 'a box beside the line', box: { x: 40, y: 5, width: 10, height: 10 }, distance: 5 },
    { name: 'a box the line runs through', box: { x: 40, y: -5, width: 10, height: 10 }, distance: 0 },
    { name: 'a box past the end', box: { x: 100, y: 3, width: 10, height: 10 }, distance: Math.hypot(10, 3) }
  ])('curve to box: $name', ({ box, distance }) => expect(curveToBox(straight, box)).toBeCloseTo(distance, 9));

  it('sees a small box that the curve crosses between two samples', () => {
    // Two chords: samples at x = 0, 45 and 90, each 20 px or more from the box; the chord cuts it.
    expect(curveToBox(straight, { x: 20, y: -1, width: 2, height: 2 }, 2)).toBe(0);
  });

  it('measures between the centre lines of two parallel curves', () =>
    expect(curveToCurve(straight, shifted(straight, 7))).toBeCloseTo(7, 9));
});

describe('polylines', () => {
  it('samples the curve and keeps its bounding box', () => {
    const line = polyline(arch, 4);
    expect(line.points).toHaveLength(5);
    expect(line.bounds).toEqual({ x: 0, y: 0, width: 100, height: 75 });
  });

  const line = polyline(straight, 6);
  const box = { x: 40, y: 5, width: 10, height: 10 };
  it.each([
    { margin: 4, near: false },
    { margin: 5.5, near: true },
    { margin: 6, near: true }
  ])('a line 5 px from a box is near it with a margin of $margin: $near', ({ margin, near }) =>
    expect(polylineNearBox(line, box, margin)).toBe(near)
  );

  it('is not near a box outside its bounds, however close the bounds come', () =>
    expect(polylineNearBox(line, { x: 95, y: 5, width: 10, height: 10 }, 4)).toBe(false));

  it.each([
    { name: 'beside it', box, distance: 5 },
    { name: 'through it', box: { x: 40, y: -5, width: 10, height: 10 }, distance: 0 },
    { name: 'past its end', box: { x: 100, y: 3, width: 10, height: 10 }, distance: Math.hypot(10, 3) }
  ])('polyline to a box $name', ({ box, distance }) => expect(polylineToBox(line, box)).toBeCloseTo(distance, 9));

  it.each([
    { p: { x: 45, y: 12 }, distance: 12 },
    { p: { x: -3, y: -4 }, distance: 5 }
  ])('point $p is $distance px from the polyline', ({ p, distance }) =>
    expect(pointToPolyline(p, line)).toBeCloseTo(distance, 9)
  );
});

describe('boxes', () => {
  const a = { x: 0, y: 0, width: 10, height: 10 };
  it.each([
    { name: 'overlapping', b: { x: 5, y: 5, width: 10, height: 10 }, gap: 0, expected: true },
    { name: 'edge to edge', b: { x: 10, y: 0, width: 10, height: 10 }, gap: 0, expected: false },
    { name: '1 px apart, with a gap of 2', b: { x: 11, y: 0, width: 10, height: 10 }, gap: 2, expected: true },
    { name: '2 px apart, with a gap of 2', b: { x: 12, y: 0, width: 10, height: 10 }, gap: 2, expected: false }
  ])('overlaps: $name → $expected', ({ b, gap, expected }) => expect(overlaps(a, b, gap)).toBe(expected));

  it.each([
    { name: 'the bounds themselves', box: { x: 0, y: 0, width: 10, height: 10 }, expected: true },
    { name: 'a tenth of a pixel too wide', box: { x: 0, y: 0, width: 10.1, height: 10 }, expected: false },
    { name: 'off by rounding error', box: { x: -5e-7, y: 0, width: 10, height: 10 }, expected: true },
    { name: 'below the bounds', box: { x: 0, y: 5, width: 10, height: 10 }, expected: false }
  ])('inside {0, 0, 10, 10}: $name → $expected', ({ box, expected }) => expect(inside(box, a)).toBe(expected));

  it('centres a box on a point', () =>
    expect(boxAround({ x: 10, y: 20 }, { width: 4, height: 6 })).toEqual({ x: 8, y: 17, width: 4, height: 6 }));

  it('grows a box on every side', () => expect(grow(a, 2)).toEqual({ x: -2, y: -2, width: 14, height: 14 }));
});

describe('text', () => {
  it.each([
    {
      name: 'regular: chars × size × 0.6 by lines × size × 1.25',
      lines: ['OpenAI', 'ab'],
      bold: false,
      size: { width: 36, height: 25 }
    },
    { name: 'bold: chars × size × 0.66', lines: ['OpenAI'], bold: true, size: { width: 39.6, height: 12.5 } },
    { name: 'no lines', lines: [], bold: false, size: { width: 0, height: 0 } }
  ])('measures $name', ({ lines, bold, size }) => {
    const measured = textSize(lines, 10, bold);
    expect(measured.width).toBeCloseTo(size.width, 9);
    expect(measured.height).toBeCloseTo(size.height, 9);
  });

  it('puts the first baseline 0.98 em below the top of the box', () =>
    expect(firstBaseline(100, 10)).toBeCloseTo(109.8, 9));

  it.each([
    { text: 'the quick brown fox', max: 9, lines: ['the quick', 'brown fox'] },
    { text: 'extraordinary word', max: 5, lines: ['extraordinary', 'word'] },
    { text: '  a   b ', max: 10, lines: ['a b'] },
    { text: '', max: 10, lines: [] }
  ])('wraps "$text" at $max characters', ({ text, max, lines }) => expect(wrapText(text, max)).toEqual(lines));

  it.each([
    [2.25, 2.3],
    [-1.04, -1],
    [7, 7]
  ])('rounds %s to %s', (value, rounded) => expect(round1(value)).toBe(rounded));
});
