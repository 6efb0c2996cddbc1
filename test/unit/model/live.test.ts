import { describe, expect, it } from 'vitest';
import { computeDeal } from '$lib/model/deal';
import { LIVE_KEYS, liveValue, renderLive, splitLive, type LiveKey } from '$lib/model/live';
import { REPORTED } from './fixtures';

describe('liveValue', () => {
  const result = computeDeal(REPORTED);

  it.each([
    ['stake', '2%'],
    ['investment', '$10B'],
    ['valuation', '$500B'],
    ['contract', '$38B'],
    ['term', '7 years'],
    ['spendBack', '100%'],
    ['margin', '35.4%'],
    ['target', '$297.50'],
    ['price', '$223.20'],
    ['contractPerYear', '$5.4B'],
    ['spendBackTotal', '$10B'],
    ['spendBackPerYear', '$1.4B'],
    ['paymentsPerYear', '$6.9B'],
    ['profitPerYear', '$506M'],
    ['profitTotal', '$3.5B'],
    ['netAtEnd', '−$6.5B'],
    ['payback', 'not within 7 years'],
    ['revenuePerDollar', '$1'],
    ['profitPerDollar', '$0.35'],
    ['allRevenuePerDollar', '$4.80'],
    ['upside', '33.3%']
  ] satisfies [LiveKey, string][])('{{%s}} → %s at the reported figures', (key, expected) =>
    expect(liveValue(key, result, REPORTED)).toBe(expected)
  );

  it('covers every key', () => expect(LIVE_KEYS).toHaveLength(21));

  it('follows the scenario: $20B at $800B', () => {
    const a = { ...REPORTED, investment: 20, valuation: 800 };
    expect(liveValue('stake', computeDeal(a), a)).toBe('2.5%');
    expect(liveValue('investment', computeDeal(a), a)).toBe('$20B');
  });

  it('names the payback year when there is one', () => {
    const a = { ...REPORTED, spendBack: 300 };
    expect(liveValue('payback', computeDeal(a), a)).toBe('in year 7');
  });
});

describe('splitLive', () => {
  it.each([
    { name: 'no tokens', html: '<p>Plain.</p>', parts: [{ html: '<p>Plain.</p>' }] },
    { name: 'empty', html: '', parts: [] },
    {
      name: 'a token inside a paragraph',
      html: '<p>Amazon would own {{stake}} of OpenAI.</p>',
      parts: [{ html: '<p>Amazon would own ' }, { key: 'stake' }, { html: ' of OpenAI.</p>' }]
    },
    {
      name: 'tokens at both ends and side by side',
      html: '{{investment}}{{valuation}} and {{ stake }}',
      parts: [{ key: 'investment' }, { key: 'valuation' }, { html: ' and ' }, { key: 'stake' }]
    },
    { name: 'single braces are text', html: '<p>{stake}</p>', parts: [{ html: '<p>{stake}</p>' }] }
  ])('$name', ({ html, parts }) => expect(splitLive(html)).toEqual(parts));

  it.each([
    ['<p>{{stakes}}</p>', 'unknown live number "{{stakes}}"'],
    ['<p>{{}}</p>', 'unknown live number "{{}}"'],
    ['<p>{{constructor}}</p>', 'unknown live number "{{constructor}}"'],
    ['<p>{{toString}}</p>', 'unknown live number "{{toString}}"']
  ])('throws on %s, naming the key', (html, message) => expect(() => splitLive(html)).toThrow(message));

  it('lists the known keys in its error', () =>
    expect(() => splitLive('{{nope}}')).toThrow(/expected one of: investment, valuation, .*stake/));
});

describe('renderLive', () => {
  it('fills the tokens in as marked spans, keeping the paragraph whole', () =>
    expect(renderLive('<p>Amazon would own {{stake}} for {{investment}}.</p>', computeDeal(REPORTED), REPORTED)).toBe(
      '<p>Amazon would own <span class="live" data-live="stake">2%</span> for <span class="live" data-live="investment">$10B</span>.</p>'
    ));
});
