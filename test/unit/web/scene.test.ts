// What the explorer draws for a state: the month's flows, filtered; with a focus, that company in
// the middle, payers above, payees below, money both ways beside it; and the story's drawing rules.
import { describe, expect, it } from 'vitest';
import { boxViolations, labelViolations, laneViolations } from '$lib/flow/checks';
import { focusPositions, webLayout, webMaxAmount, webSize, webView } from '$lib/web/scene';
import { monthsOf } from '$lib/web/timeline';
import { defaultState } from '$lib/web/url';
import { contentFromDisk } from '$lib/server/content/disk';
import { combineWeb } from '$lib/web/combine';
import { webAmount } from '$lib/web/describe';
import { companies, data, flows } from './fixtures';

const bounds = { months: monthsOf(flows), companies: companies.map((c) => c.id) };

describe('webView', () => {
  it('draws the companies the month joins, and every flow of it', () => {
    const view = webView(data, { ...defaultState(bounds), month: '2023-09' });
    expect(view.scene.show).toEqual(['amazon', 'anthropic']);
    expect(view.scene.flows).toEqual(['first', 'rest']);
    expect(view.scene.highlight).toEqual([]);
  });

  it('with a focus, shows it and its counterparties only, and brings its flows forward', () => {
    const view = webView(data, { ...defaultState(bounds), month: '2025-12', focus: 'openai' });
    expect(view.scene.show.sort()).toEqual(['amazon', 'amd', 'nvidia', 'openai']);
    expect(view.scene.highlight).toEqual(['openai']);
    expect(view.flows.every((f) => f.from === 'openai' || f.to === 'openai')).toBe(true);
  });

  it('puts payers above the focus, payees below, money both ways beside it', () => {
    const placed = focusPositions(
      companies,
      'openai',
      asList(['nvidia', 'openai'], ['openai', 'amd'], ['amazon', 'openai'], ['openai', 'amazon'])
    );
    const at = (id: string) => placed.find((c) => c.id === id)!.position.wide;
    expect(at('openai')).toEqual({ x: 0.5, y: 0.5 });
    expect(at('nvidia').y).toBe(0);
    expect(at('amd').y).toBe(1);
    expect(at('amazon')).toEqual({ x: 0, y: 0.5 });
    expect(at('anthropic')).toEqual(companies.find((c) => c.id === 'anthropic')!.position.wide);
  });
});

function asList(...pairs: [string, string][]) {
  return pairs.map(([from, to]) => ({ from, to, amount: 1 }));
}

describe('the whole web of content/ obeys the story’s drawing rules', () => {
  const web = combineWeb(contentFromDisk());
  const months = monthsOf(web.flows);
  const max = webMaxAmount(web.flows);
  const sample = [months[0]!, '2024-11', '2025-10', '2025-12', '2026-02', months.at(-1)!];
  const focuses = [null, 'openai', 'amazon', 'anthropic'];
  const cases = [375, 1280].flatMap((width) =>
    sample.flatMap((month) => focuses.map((focus) => ({ width, month, focus })))
  );
  it.each(cases)(
    '$width px, $month, focus $focus: labels by their lines, lanes and boxes apart',
    ({ width, month, focus }) => {
      const view = webView(web, { ...defaultState({ months, companies: [] }), month, focus });
      const size = webSize(width - 32, { focused: focus !== null });
      const layout = webLayout(view, size, size.arrangement, max);
      expect(labelViolations(layout)).toEqual([]);
      expect(laneViolations(layout)).toEqual([]);
      if (focus) expect(boxViolations(layout)).toEqual([]);
    }
  );
});

describe('webAmount', () => {
  it.each([
    [{ amount: 1.25, qualifier: 'exactly', basis: 'reported' }, '$1.25B'],
    [
      { amount: 100, qualifier: 'more-than', period: 10, gigawatts: 5, basis: 'reported' },
      'More than $100B over 10 years (5 GW)'
    ],
    [{ amount: null, qualifier: 'exactly', gigawatts: 6, basis: 'reported' }, '6 GW, value undisclosed'],
    [{ amount: null, qualifier: 'exactly', basis: 'reported' }, 'Undisclosed'],
    [{ amount: 5, qualifier: 'exactly', basis: 'derived' }, '$5B (our estimate)']
  ] as const)('%j → %s', (flow, text) => expect(webAmount(flow)).toBe(text));
});
