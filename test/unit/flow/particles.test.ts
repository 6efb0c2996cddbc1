import { describe, expect, it } from 'vitest';
import { arcTable } from '$lib/flow/geometry';
import {
  MAX_SPACING,
  MIN_SPACING,
  PARTICLE_SPEED,
  UNDISCLOSED_SPACING,
  particleOffsets,
  particlePath,
  particleRadius,
  particleSpacing
} from '$lib/flow/particles';

describe('particleSpacing: density follows the amount', () => {
  it.each([
    { amount: 10, spacing: 100 },
    { amount: 20, spacing: 50 },
    { amount: 38, spacing: 1000 / 38 },
    { amount: 250, spacing: MIN_SPACING },
    { amount: 5, spacing: MAX_SPACING },
    { amount: null, spacing: UNDISCLOSED_SPACING }
  ])('$amount → $spacing px', ({ amount, spacing }) => expect(particleSpacing(amount)).toBeCloseTo(spacing, 9));
});

describe('particleOffsets', () => {
  it.each([
    { name: 'start at 0 at t = 0', length: 300, amount: 10, t: 0, offsets: [0, 100, 200] },
    { name: 'move forward at the speed', length: 300, amount: 10, t: 1, offsets: [40, 140, 240] },
    { name: 'wrap around each spacing', length: 300, amount: 10, t: 3, offsets: [20, 120, 220] },
    { name: 'are denser on bigger flows', length: 100, amount: 20, t: 0, offsets: [0, 50] },
    { name: 'are none on an empty path', length: 0, amount: 10, t: 1, offsets: [] }
  ])('$name', ({ length, amount, t, offsets }) => {
    const got = particleOffsets(length, amount, t);
    expect(got).toHaveLength(offsets.length);
    got.forEach((value, i) => expect(value).toBeCloseTo(offsets[i]!, 9));
  });

  it('moves every dot by speed × time (direction of the money)', () => {
    const a = particleOffsets(1000, 38, 0.1);
    const b = particleOffsets(1000, 38, 0.2);
    expect(b[0]! - a[0]!).toBeCloseTo(PARTICLE_SPEED * 0.1, 9);
  });
});

describe('particlePath', () => {
  it('draws one circle per dot on the path', () => {
    const table = arcTable({ x0: 0, y0: 0, cx: 50, cy: 0, x1: 100, y1: 0 });
    const d = particlePath(table, 10, 0, 2);
    expect(d).toBe('M-2,0a2,2 0 1,0 4,0a2,2 0 1,0 -4,0');
    expect(particlePath(table, 20, 0, 2).match(/M/g)).toHaveLength(2);
  });
  it.each([
    [1, 1.8],
    [10, 3],
    [30, 4]
  ])('radius on a %s px link is %s', (width, r) => expect(particleRadius(width)).toBeCloseTo(r));
});
