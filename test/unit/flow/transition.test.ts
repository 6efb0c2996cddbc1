import { describe, expect, it } from 'vitest';
import { layoutFlows } from '$lib/flow/layout';
import { easeCubicInOut, interpolateLayout } from '$lib/flow/transition';
import { companies, deepFreeze, flows, scenes } from './fixtures';

const size = { width: 640, height: 400 };
const talks = deepFreeze(layoutFlows(companies, flows, scenes.talks, size, 'wide'));
const roundTrip = deepFreeze(layoutFlows(companies, flows, scenes.roundTrip, size, 'wide'));
const web = deepFreeze(layoutFlows(companies, flows, scenes.web, size, 'wide'));
const link = (layout: typeof talks, id: string) => layout.links.find((l) => l.id === id)!;

describe('interpolateLayout', () => {
  it('starts at the first layout and ends exactly at the second', () => {
    const step = interpolateLayout(talks, roundTrip);
    expect(step(1)).toBe(roundTrip);
    const start = step(0);
    expect(link(start, 'amazon-openai-equity').width).toBeCloseTo(link(talks, 'amazon-openai-equity').width);
    expect(link(start, 'amazon-openai-equity').d).toBe(link(talks, 'amazon-openai-equity').d);
  });

  it('grows an entering link from zero width and fades it in', () => {
    const half = interpolateLayout(talks, roundTrip)(0.5);
    const lease = link(half, 'openai-aws-lease');
    expect(lease.width).toBeCloseTo(link(roundTrip, 'openai-aws-lease').width / 2);
    expect(lease.opacity).toBeCloseTo(link(roundTrip, 'openai-aws-lease').opacity / 2);
    expect(lease.labelOpacity).toBeCloseTo(0.5);
  });

  it('thins out a leaving link', () => {
    const half = interpolateLayout(roundTrip, talks)(0.5);
    expect(link(half, 'openai-aws-lease').width).toBeCloseTo(link(roundTrip, 'openai-aws-lease').width / 2);
    expect(link(half, 'openai-aws-lease').opacity).toBeCloseTo(link(roundTrip, 'openai-aws-lease').opacity / 2);
  });

  it('goes from what is on screen straight to a new target (no queue of scenes)', () => {
    const midway = interpolateLayout(talks, roundTrip)(0.3);
    const jump = interpolateLayout(midway, web);
    expect(link(jump(0), 'openai-aws-lease').width).toBeCloseTo(link(midway, 'openai-aws-lease').width);
    expect(jump(1)).toBe(web);
  });

  it('never writes into either layout', () => {
    expect(() => interpolateLayout(talks, web)(0.5)).not.toThrow();
  });
});

describe('easeCubicInOut', () => {
  it.each([
    [0, 0],
    [0.25, 0.0625],
    [0.5, 0.5],
    [0.75, 0.9375],
    [1, 1]
  ])('%s → %s', (t, eased) => expect(easeCubicInOut(t)).toBeCloseTo(eased));
});
