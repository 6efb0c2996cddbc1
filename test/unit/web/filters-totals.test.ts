// Filters by kind and certainty, and a company's totals as of a month, split by status and basis.
import { describe, expect, it } from 'vitest';
import { filterFlows, passes } from '$lib/web/filters';
import { asOf } from '$lib/web/timeline';
import { companyTotals } from '$lib/web/totals';
import { flows } from './fixtures';

const ids = (list: { id: string }[]) => list.map((f) => f.id);

describe('filters', () => {
  const dec = asOf(flows, '2025-12');
  it.each([
    {
      kinds: ['equity', 'cloud-compute', 'chips'],
      certainty: 'talks',
      shown: ['first', 'rest', 'loi', 'talks', 'gpus', 'ours']
    },
    {
      kinds: ['equity', 'cloud-compute', 'chips'],
      certainty: 'pledges',
      shown: ['first', 'rest', 'loi', 'gpus', 'ours']
    },
    { kinds: ['equity', 'cloud-compute', 'chips'], certainty: 'firm', shown: ['first', 'rest', 'gpus', 'ours'] },
    { kinds: ['equity'], certainty: 'talks', shown: ['first', 'rest', 'loi', 'talks'] },
    { kinds: ['chips', 'cloud-compute'], certainty: 'firm', shown: ['gpus', 'ours'] }
  ] as const)('$kinds at $certainty', ({ kinds, certainty, shown }) =>
    expect(ids(filterFlows(dec, kinds, certainty))).toEqual(shown)
  );

  it('judges a flow by its status in the month', () => {
    const loi = flows[2]!;
    expect(passes(asOf([loi], '2025-12')[0]!, ['equity'], 'firm')).toBe(false);
    expect(passes(asOf([loi], '2026-02')[0]!, ['equity'], 'firm')).toBe(true);
  });
});

describe('companyTotals', () => {
  it('adds money in and out by status and basis; net is in minus out', () => {
    const t = companyTotals(asOf(flows, '2025-12'), 'openai');
    expect(t.groups.pledged.in).toMatchObject({ reported: 100, estimated: 0, flows: 1 });
    expect(t.groups.talks.in).toMatchObject({ reported: 10, flows: 1 });
    expect(t.groups.committed.out).toMatchObject({ reported: 0, estimated: 5, undisclosed: 1, gigawatts: 6, flows: 2 });
    expect(t.all.in.reported).toBe(110);
    expect(t.all.net).toEqual({ reported: 110, estimated: -5 });
    expect(t.groups.paid.in.flows + t.groups.paid.out.flows).toBe(0);
  });

  it('follows the month: a pledge paid later moves from pledged to paid', () => {
    const sep = companyTotals(asOf(flows, '2023-09'), 'anthropic');
    expect([sep.groups.paid.in.reported, sep.groups.pledged.in.reported]).toEqual([1.25, 2.75]);
    const mar = companyTotals(asOf(flows, '2024-03'), 'anthropic');
    expect([mar.groups.paid.in.reported, mar.groups.pledged.in.reported]).toEqual([4, 0]);
    expect(mar.all.net.reported).toBe(4);
    expect(companyTotals(asOf(flows, '2024-03'), 'amazon').all.net.reported).toBe(-4);
  });

  it('counts nothing for a company without flows', () => {
    const t = companyTotals(asOf(flows, '2023-09'), 'amd');
    expect(t.all.in.flows + t.all.out.flows).toBe(0);
  });
});
