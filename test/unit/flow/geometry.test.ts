import { describe, expect, it } from 'vitest';
import {
  arcTable,
  clampInside,
  curvePath,
  curveUntil,
  overlaps,
  parameterFromEnd,
  pointAt,
  pointAtLength,
  tangentAt,
  textSize
} from '$lib/flow/geometry';

const straight = { x0: 0, y0: 0, cx: 50, cy: 0, x1: 100, y1: 0 };
const bent = { x0: 0, y0: 0, cx: 50, cy: 50, x1: 100, y1: 0 };

describe('quadratic curves', () => {
  it.each([
    [0, { x: 0, y: 0 }],
    [0.5, { x: 50, y: 25 }],
    [1, { x: 100, y: 0 }]
  ])('point at %s', (s, p) => expect(pointAt(bent, s)).toEqual(p));
  it('tangent at the ends points along the control legs', () => {
    expect(tangentAt(bent, 0).x).toBeCloseTo(Math.SQRT1_2);
    expect(tangentAt(bent, 1).y).toBeCloseTo(-Math.SQRT1_2);
  });
  it('a sub-curve ends at the point of the original', () => {
    const part = curveUntil(bent, 0.5);
    expect(pointAt(part, 1)).toEqual(pointAt(bent, 0.5));
    expect(pointAt(part, 0.5).x).toBeCloseTo(pointAt(bent, 0.25).x);
  });
  it('prints as an SVG path rounded to 0.1 px', () => {
    expect(curvePath({ x0: 0.123, y0: 1, cx: 2, cy: 3, x1: 4.56, y1: 5 })).toBe('M0.1,1Q2,3,4.6,5');
  });
});

describe('arc length', () => {
  it('measures a straight curve exactly', () => expect(arcTable(straight).length).toBeCloseTo(100));
  it.each([
    [0, 0],
    [25, 25],
    [100, 100],
    [150, 100],
    [-5, 0]
  ])('point at length %s is x = %s', (distance, x) =>
    expect(pointAtLength(arcTable(straight), distance).x).toBeCloseTo(x)
  );
  it('finds the parameter a given length before the end', () => {
    expect(parameterFromEnd(arcTable(straight), 25)).toBeCloseTo(0.75);
    expect(parameterFromEnd(arcTable(straight), 200)).toBe(0);
  });
});

describe('boxes', () => {
  const a = { x: 0, y: 0, width: 10, height: 10 };
  it.each([
    [{ x: 5, y: 5, width: 10, height: 10 }, 0, true],
    [{ x: 10, y: 0, width: 10, height: 10 }, 0, false],
    [{ x: 11, y: 0, width: 10, height: 10 }, 2, true]
  ])('overlap with %o (gap %s) is %s', (b, gap, expected) => expect(overlaps(a, b, gap)).toBe(expected));
  it('clamps a box into bounds', () =>
    expect(clampInside({ x: -5, y: 95, width: 10, height: 10 }, { x: 0, y: 0, width: 100, height: 100 })).toEqual({
      x: 0,
      y: 90,
      width: 10,
      height: 10
    }));
  it('measures text as chars × size × 0.6 by lines × 1.2', () =>
    expect(textSize(['OpenAI', 'ab'], 10)).toEqual({ width: 39.6, height: 24 }));
});
