import { describe, expect, it } from 'vitest';
import { computeDeal } from '$lib/model/deal';
import {
  joinLive,
  LIVE_KEYS,
  liveText,
  liveValue,
  renderLive,
  shownExactly,
  shownNumber,
  splitLive,
  type LiveKey
} from '$lib/model/live';
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
    ['price', '$222.56'],
    ['contractPerYear', '$5.4B'],
    ['spendBackTotal', '$10B'],
    ['spendBackPerYear', '$1.4B'],
    ['paymentsPerYear', '$6.9B'],
    ['profitPerYear', '$506M'],
    ['profitTotal', '$3.5B'],
    ['netAtEnd', '−$6.5B'],
    ['shortfall', '$6.5B'],
    ['payback', 'not within 7 years'],
    ['paybackYear', '–'],
    ['revenuePerDollar', '$1'],
    ['profitPerDollar', '$0.35'],
    ['upside', '33.7%']
  ] satisfies [LiveKey, string][])('{{%s}} → %s at the reported figures', (key, expected) =>
    expect(liveValue(key, result, REPORTED)).toBe(expected)
  );

  it('covers every key', () => expect(LIVE_KEYS).toHaveLength(22));

  it('follows the scenario: $20B at $800B', () => {
    const a = { ...REPORTED, investment: 20, valuation: 800 };
    expect(liveValue('stake', computeDeal(a), a)).toBe('2.5%');
    expect(liveValue('investment', computeDeal(a), a)).toBe('$20B');
  });

  it('names the payback year when there is one, and owes nothing then', () => {
    const a = { ...REPORTED, spendBack: 300 };
    expect(liveValue('payback', computeDeal(a), a)).toBe('in year 7');
    expect(liveValue('paybackYear', computeDeal(a), a)).toBe('7');
    expect(liveValue('shortfall', computeDeal(a), a)).toBe('$0B');
  });
});

describe('shownNumber reads back what the formats print', () => {
  it.each([
    ['$5.4B', 5.4],
    ['$38B', 38],
    ['−$6.5B', -6.5],
    ['$506M', 0.506],
    ['$1.4T', 1400],
    ['$1,234B', 1234],
    ['35.4%', 0.354],
    ['−2%', -0.02],
    ['7 years', 7],
    ['1 year', 1],
    ['$297.50', 297.5],
    ['$0.35', 0.35],
    ['7', 7],
    ['–', null],
    ['in year 7', null],
    ['', null]
  ])('%s → %s', (text, value) => {
    const shown = shownNumber(text);
    if (value === null) expect(shown).toBeNull();
    else expect(shown).toBeCloseTo(value, 12);
  });
});

describe('shownExactly', () => {
  const r = computeDeal(REPORTED);
  it.each([
    ['investment', true],
    ['stake', true], // $10B ÷ $500B is exactly 2%
    ['term', true],
    ['contractPerYear', false], // 38 ÷ 7 = 5.428…, shown $5.4B
    ['profitPerYear', false], // 0.5057…, shown $506M
    ['upside', false], // 0.33672…, shown 33.7%
    ['payback', true] // words, not a number
  ] satisfies [LiveKey, boolean][])('{{%s}} at the reported figures: %s', (key, exact) =>
    expect(shownExactly(key, r, REPORTED)).toBe(exact)
  );
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
    {
      name: 'the equals sign',
      html: '{{investment}} {{=}} {{stake}}',
      parts: [{ key: 'investment' }, { html: ' ' }, { sign: 'equals' }, { html: ' ' }, { key: 'stake' }]
    },
    { name: 'single braces are text', html: '<p>{stake}</p>', parts: [{ html: '<p>{stake}</p>' }] }
  ])('$name', ({ html, parts }) => expect(splitLive(html)).toEqual(parts));

  it.each([
    ['<p>{{stakes}}</p>', 'unknown live number "{{stakes}}"'],
    ['<p>{{}}</p>', 'unknown live number "{{}}"'],
    ['<p>{{constructor}}</p>', 'unknown live number "{{constructor}}"'],
    ['<p>{{toString}}</p>', 'unknown live number "{{toString}}"'],
    ['<p>{{==}}</p>', 'unknown live number "{{==}}"']
  ])('throws on %s, naming the key', (html, message) => expect(() => splitLive(html)).toThrow(message));

  it('lists the known keys in its error', () =>
    expect(() => splitLive('{{nope}}')).toThrow(/expected one of: investment, valuation, .*stake.*, or \{\{=\}\}/));
});

describe('the equals sign is "=" only when nothing in the line was rounded', () => {
  it.each([
    {
      name: 'an exact division',
      template: '{{investment}} ÷ {{valuation}} {{=}} {{stake}}',
      a: {},
      text: '$10B ÷ $500B = 2%'
    },
    {
      name: 'a rounded division',
      template: '{{investment}} ÷ {{valuation}} {{=}} {{stake}}',
      a: { valuation: 300 },
      text: '$10B ÷ $300B ≈ 3.3%'
    },
    {
      name: 'a sum of rounded figures (issue: "$5.4B + $1.4B = $6.9B")',
      template: '{{contractPerYear}} + {{spendBackPerYear}} {{=}} {{paymentsPerYear}}',
      a: {},
      text: '$5.4B + $1.4B ≈ $6.9B'
    },
    {
      name: 'a rounded product (issue: "$1.4B × 35.4% = $506M")',
      template: '{{spendBackPerYear}} × {{margin}} {{=}} {{profitPerYear}}',
      a: {},
      text: '$1.4B × 35.4% ≈ $506M'
    },
    {
      name: 'the same product when it comes out exact',
      template: '{{spendBackPerYear}} × {{margin}} {{=}} {{profitPerYear}}',
      a: { term: 5, margin: 20 },
      text: '$2B × 20% = $400M'
    }
  ])('$name', ({ template, a, text }) => {
    const assumptions = { ...REPORTED, ...a };
    expect(liveText(splitLive(template), computeDeal(assumptions), assumptions)).toBe(text);
  });
});

describe('renderLive', () => {
  it('fills the tokens in as marked spans, keeping the paragraph whole', () =>
    expect(renderLive('<p>Amazon would own {{stake}} for {{investment}}.</p>', computeDeal(REPORTED), REPORTED)).toBe(
      '<p>Amazon would own <span class="live" data-live="stake">2%</span> for <span class="live" data-live="investment">$10B</span>.</p>'
    ));

  it('escapes nothing it does not add, and prints the sign plainly', () =>
    expect(joinLive(splitLive('<p>{{term}} {{=}}</p>'), computeDeal(REPORTED), REPORTED)).toBe(
      '<p><span class="live" data-live="term">7 years</span> =</p>'
    ));
});
