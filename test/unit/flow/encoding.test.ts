// The diagram's visual language: colour is the kind of money, treatment how sure it is, width
// the amount on one linear scale for the whole story. Widths below are worked out by hand:
// amount ÷ largest amount × widest band, then the floor (line 2 px, hollow 5 px, undisclosed 2 px).
import { describe, expect, it } from 'vitest';
import type { Flow, FlowStatus } from '$lib/content/types';
import {
  FLOORS,
  KIND_STYLES,
  STATUS_WORDS,
  TREATMENTS,
  TREATMENT_LABELS,
  certaintyWords,
  dashArray,
  floorAmount,
  openEdge,
  storyMaxAmount,
  treatmentOf,
  widthSamples,
  widthScale
} from '$lib/flow/encoding';
import { flows } from './fixtures';

const STATUSES: FlowStatus[] = ['completed', 'committed', 'pledged', 'letter-of-intent', 'in-talks'];

describe('treatment = how sure a flow is', () => {
  it.each([
    { status: 'completed', treatment: 'solid' },
    { status: 'committed', treatment: 'solid' },
    { status: 'pledged', treatment: 'open' },
    { status: 'letter-of-intent', treatment: 'open' },
    { status: 'in-talks', treatment: 'talks' }
  ] as const)('a reported $status flow is drawn $treatment', ({ status, treatment }) => {
    expect(treatmentOf({ status, basis: 'reported' })).toBe(treatment);
    // Our arithmetic on reported inputs is drawn as the status says; only its words differ.
    expect(treatmentOf({ status, basis: 'derived' })).toBe(treatment);
  });

  it.each(STATUSES)('our assumption is drawn as ours whatever its status (%s)', (status) =>
    expect(treatmentOf({ status, basis: 'assumed' })).toBe('assumed')
  );

  it('has words in the key for every treatment', () =>
    expect(TREATMENTS.map((t) => TREATMENT_LABELS[t])).toEqual([
      'paid or signed',
      'pledge or letter of intent, not paid',
      'in talks',
      'our assumption'
    ]));
});

describe('certainty in words (second line of a label)', () => {
  it.each([
    { status: 'completed', words: 'paid' },
    { status: 'committed', words: 'committed' },
    { status: 'pledged', words: 'pledged' },
    { status: 'letter-of-intent', words: 'letter of intent' },
    { status: 'in-talks', words: 'in talks' }
  ] as const)('a reported $status flow says "$words"', ({ status, words }) => {
    expect(STATUS_WORDS[status]).toBe(words);
    expect(certaintyWords({ status, basis: 'reported' })).toBe(words);
  });

  it.each([
    { name: 'assumed, in talks', flow: { status: 'in-talks', basis: 'assumed' }, words: 'our assumption' },
    {
      name: 'assumed, even with a tag',
      flow: { status: 'pledged', basis: 'assumed', tag: 'conditional' },
      words: 'our assumption'
    },
    { name: 'derived, committed', flow: { status: 'committed', basis: 'derived' }, words: 'committed, our estimate' },
    {
      name: 'reported, with a tag',
      flow: { status: 'pledged', basis: 'reported', tag: 'conditional' },
      words: 'conditional'
    },
    {
      name: 'derived, with a tag',
      flow: { status: 'pledged', basis: 'derived', tag: 'conditional' },
      words: 'conditional, our estimate'
    }
  ] as const)('$name → "$words"', ({ flow, words }) => expect(certaintyWords(flow)).toBe(words));
});

describe('colour = kind of money', () => {
  it.each([
    { kind: 'equity', color: 'var(--kind-equity)', label: 'equity investment' },
    { kind: 'cloud-compute', color: 'var(--kind-cloud-compute)', label: 'cloud and computing' },
    { kind: 'chips', color: 'var(--kind-chips)', label: 'chip purchases' }
  ] as const)('$kind is $color, "$label"', ({ kind, color, label }) => {
    expect(KIND_STYLES[kind].color).toBe(color);
    expect(KIND_STYLES[kind].label).toBe(label);
  });
});

describe('width = amount, linear from zero on the story’s largest amount', () => {
  type Case = { name: string; flow: Pick<Flow, 'amount' | 'status' | 'basis'>; width: number };
  const solid = (amount: number | null): Case['flow'] => ({ amount, status: 'committed', basis: 'reported' });
  const cases: Case[] = [
    { name: '$250B, the largest, is the widest band', flow: solid(250), width: 100 },
    { name: '$125B is half as wide', flow: solid(125), width: 50 },
    { name: '$38B is 38/250 of it', flow: solid(38), width: 15.2 },
    { name: '$10B is a 25th of it', flow: solid(10), width: 4 },
    { name: '$5B sits exactly on the line floor', flow: solid(5), width: 2 },
    { name: '$3B (1.2 px) is raised to the line floor', flow: solid(3), width: 2 },
    { name: '$0 is raised to the line floor', flow: solid(0), width: 2 },
    { name: 'more than the largest is clamped', flow: solid(500), width: 100 },
    { name: 'undisclosed is a thin line', flow: solid(null), width: 2 },
    {
      name: 'undisclosed and pledged is still thin (no hollow floor)',
      flow: { amount: null, status: 'pledged', basis: 'reported' },
      width: 2
    },
    {
      name: 'a $10B pledge (4 px) is raised to the hollow floor',
      flow: { amount: 10, status: 'pledged', basis: 'reported' },
      width: 5
    },
    {
      name: 'a $100B letter of intent is hollow at 40 px',
      flow: { amount: 100, status: 'letter-of-intent', basis: 'reported' },
      width: 40
    },
    {
      name: 'an assumed $3B is dotted, on the line floor',
      flow: { amount: 3, status: 'pledged', basis: 'assumed' },
      width: 2
    },
    {
      name: 'a $10B in talks is dashed at 4 px',
      flow: { amount: 10, status: 'in-talks', basis: 'reported' },
      width: 4
    }
  ];
  const width = widthScale(250, 100);
  it.each(cases)('$name ($width px)', ({ flow, width: expected }) => expect(width(flow)).toBeCloseTo(expected, 9));

  it('at the 1280 px drawing (widest band 119 px), $10B is 119/25 = 4.76 px', () =>
    expect(widthScale(250, 119)(solid(10))).toBeCloseTo(4.76, 9));

  it('does not divide by zero when no amount is known', () => expect(widthScale(0, 100)(solid(0))).toBe(FLOORS.line));

  it.each([
    { treatment: 'solid', amount: 5 },
    { treatment: 'talks', amount: 5 },
    { treatment: 'assumed', amount: 5 },
    { treatment: 'open', amount: 12.5 }
  ] as const)('$treatment lines sit on their floor below $amount billion', ({ treatment, amount }) =>
    expect(floorAmount(250, 100, treatment)).toBeCloseTo(amount, 9)
  );
});

describe('the story’s largest amount', () => {
  it('is $250B in the fixtures (the Azure commitment)', () => expect(storyMaxAmount(flows)).toBe(250));
  it('skips undisclosed amounts', () =>
    expect(storyMaxAmount(flows.filter((f) => f.amount === null || f.amount < 20))).toBe(13));
  it.each([
    { name: 'no flows', list: [] },
    { name: 'only undisclosed flows', list: flows.filter((f) => f.amount === null) }
  ])('is 1 with $name', ({ list }) => expect(storyMaxAmount(list)).toBe(1));
});

describe('hollow edges and dashes', () => {
  it.each([
    { width: 5, edge: 1.25 },
    { width: 10, edge: 1.6 },
    { width: 18.75, edge: 3 },
    { width: 40, edge: 3 }
  ])('a hollow band $width px wide has $edge px edges', ({ width, edge }) =>
    expect(openEdge(width)).toBeCloseTo(edge, 9)
  );

  it.each([
    { treatment: 'solid', width: 10, dash: null },
    { treatment: 'open', width: 10, dash: null },
    { treatment: 'talks', width: 2, dash: '6 4' },
    { treatment: 'talks', width: 10, dash: '12 7.2' },
    { treatment: 'talks', width: 30, dash: '24 14.4' },
    { treatment: 'assumed', width: 2, dash: '0 4' },
    { treatment: 'assumed', width: 10, dash: '0 19' }
  ] as const)('$treatment at $width px: $dash', ({ treatment, width, dash }) =>
    expect(dashArray(treatment, width)).toBe(dash)
  );
});

describe('width samples for the key', () => {
  it('shows $10B, $38B, $100B and the largest amount as drawn', () =>
    expect(widthSamples(250, 100)).toEqual([
      { amount: 10, width: expect.closeTo(4, 9), label: '$10B' },
      { amount: 38, width: expect.closeTo(15.2, 9), label: '$38B' },
      { amount: 100, width: expect.closeTo(40, 9), label: '$100B' },
      { amount: 250, width: expect.closeTo(100, 9), label: '$250B' }
    ]));

  it('leaves out samples above the largest amount and does not repeat it', () =>
    expect(widthSamples(38, 100).map((s) => s.amount)).toEqual([10, 38]));

  it('shows only the largest amount when it is below $10B', () =>
    expect(widthSamples(5, 50)).toEqual([{ amount: 5, width: 50, label: '$5B' }]));
});
