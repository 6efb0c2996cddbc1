// The scenes' layouts, kept for one key (companies, flows, size, arrangement) and worked out
// ahead in the order a reader is likely to go.
import { describe, expect, it } from 'vitest';
import type { Scene } from '$lib/content/types';
import { runFlowsJob } from '$lib/flow/jobs';
import { layoutFlows } from '$lib/flow/layout';
import { LayoutCache, aheadOrder, type LayoutKey } from '$lib/state/layout-cache';
import { assumedFlows, companies, flows, scenes } from '../flow/fixtures';

/** A cache over layoutFlows that counts the layouts it asked for. */
function counted() {
  const calls: Scene[] = [];
  const cache = new LayoutCache((c, f, scene, size, arrangement) => {
    calls.push(scene);
    return layoutFlows(c, f, scene, size, arrangement);
  });
  return { cache, calls };
}

const key = (over: Partial<LayoutKey> = {}): LayoutKey => ({
  companies,
  flows,
  size: { width: 736, height: 555 },
  arrangement: 'wide',
  ...over
});

describe('LayoutCache', () => {
  it('lays a scene out once for a key, and gives what layoutFlows gives', () => {
    const { cache, calls } = counted();
    const first = cache.get(key(), scenes.roundTrip);
    expect(cache.get(key(), scenes.roundTrip)).toBe(first);
    expect(calls).toEqual([scenes.roundTrip]);
    expect(first).toEqual(layoutFlows(companies, flows, scenes.roundTrip, { width: 736, height: 555 }, 'wide'));
  });

  it.each([
    { change: 'the flows (the calculator moved)', over: { flows: assumedFlows } },
    { change: 'the width', over: { size: { width: 343, height: 555 } } },
    { change: 'the height', over: { size: { width: 736, height: 500 } } },
    { change: 'the arrangement', over: { arrangement: 'narrow' as const } }
  ])('lays it out again for a new key: $change', ({ over }) => {
    const { cache, calls } = counted();
    cache.get(key(), scenes.talks);
    expect(cache.has(key(over), scenes.talks)).toBe(false);
    cache.get(key(over), scenes.talks);
    expect(calls).toHaveLength(2);
    // The old key's layouts are gone: going back lays out again.
    expect(cache.has(key(), scenes.talks)).toBe(false);
  });

  it('takes an equal size as the same key (a new object from the same measurement)', () => {
    const { cache, calls } = counted();
    cache.get(key(), scenes.talks);
    cache.get(key({ size: { width: 736, height: 555 } }), scenes.talks);
    expect(calls).toHaveLength(1);
  });

  it('keeps a layout worked out elsewhere for the current key only, and leaves the cache alone for an old one', () => {
    const { cache, calls } = counted();
    const job = cache.job(key(), scenes.chips);
    expect(job).toEqual({
      kind: 'flows',
      companies,
      flows,
      scene: scenes.chips,
      size: key().size,
      arrangement: 'wide'
    });
    const made = runFlowsJob(structuredClone(job));
    // Before the cache holds anything, no key is its own.
    expect(cache.put(key(), scenes.chips, made)).toBe(false);
    cache.get(key(), scenes.talks);
    expect(cache.current(key())).toBe(true);
    expect(cache.put(key(), scenes.chips, made)).toBe(true);
    expect(cache.get(key(), scenes.chips)).toBe(made);
    // The layout it already has wins over a second one.
    expect(cache.put(key(), scenes.chips, runFlowsJob(job))).toBe(true);
    expect(cache.get(key(), scenes.chips)).toBe(made);
    expect(cache.current(key({ flows: assumedFlows }))).toBe(false);
    expect(cache.put(key({ flows: assumedFlows }), scenes.microsoft, made)).toBe(false);
    expect(cache.has(key(), scenes.microsoft)).toBe(false);
    expect(calls).toEqual([scenes.talks]);
  });
});

describe('LayoutCache.adopt', () => {
  it("keeps a first layout made elsewhere and makes its key the cache's own", () => {
    const { cache, calls } = counted();
    const made = runFlowsJob(cache.job(key(), scenes.talks));
    cache.adopt(key(), scenes.talks, made);
    expect(cache.current(key())).toBe(true);
    expect(cache.get(key(), scenes.talks)).toBe(made);
    // A new key empties the cache, as get does.
    cache.adopt(key({ flows: assumedFlows }), scenes.chips, made);
    expect(cache.has(key(), scenes.talks)).toBe(false);
    expect(calls).toEqual([]);
  });
});

describe('aheadOrder', () => {
  const story = [scenes.talks, scenes.chips, scenes.microsoft, scenes.stock, scenes.roundTrip, scenes.anthropic];

  // The next scene first, then the one before, then outwards, skipping the stock chart: after
  // microsoft comes the stock chart (nothing to lay out), so the one before is first.
  const { talks, chips, microsoft, roundTrip, anthropic } = scenes;
  it.each([
    ['microsoft', microsoft, [chips, roundTrip, talks, anthropic]],
    ['chips', chips, [microsoft, talks, roundTrip, anthropic]],
    ['the first scene', talks, [chips, microsoft, roundTrip, anthropic]],
    ['the last scene', anthropic, [roundTrip, microsoft, chips, talks]]
  ] as const)('orders the whole story outwards from %s', (_, current, expected) => {
    expect(aheadOrder(story, current)).toEqual(expected);
  });

  it('stops at the count asked for', () => {
    expect(aheadOrder(story, scenes.microsoft, 2)).toEqual([scenes.chips, scenes.roundTrip]);
    expect(aheadOrder(story, scenes.anthropic, 2)).toEqual([scenes.roundTrip, scenes.microsoft]);
  });

  it('has nothing to prepare for a scene not in the story', () => {
    expect(aheadOrder(story, scenes.web)).toEqual([]);
  });
});
