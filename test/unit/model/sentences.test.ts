// The calculator's words for a scenario: content/calculator.yaml filled with the model's numbers.
import { describe, expect, it } from 'vitest';
import { computeDeal } from '$lib/model/deal';
import { calculatorText, figureParts } from '$lib/model/sentences';
import type { Assumptions } from '$lib/model/types';
import { calculator, REPORTED, specs } from './fixtures';

const textFor = (changes: Partial<Assumptions> = {}) => {
  const a = { ...REPORTED, ...changes };
  return calculatorText(calculator, specs, computeDeal(a), a);
};
const card = (text: ReturnType<typeof textFor>, id: string) => text.results.find((c) => c.id === id);
const figure = (text: ReturnType<typeof textFor>, id: string) =>
  card(text, id)
    ?.figure.map((p) => p.text)
    .join('');

describe('the results at the reported figures', () => {
  const text = textFor();

  it.each([
    ['stake', '2%', '$10B at a valuation of $500B, after the new money.', 'our arithmetic'],
    [
      'payments',
      '$6.9B a year',
      '$5.4B under the existing contract plus $1.4B of new spending, for 7 years, spread evenly: our assumption.',
      'our assumption'
    ],
    [
      'cash-back',
      'Not within 7 years',
      "AWS's operating profit on the new spending adds up to $3.5B of the $10B invested: $6.5B short at the end, before counting what the stake is worth.",
      'our assumption'
    ],
    [
      'per-dollar',
      '$1 revenue $0.35 profit',
      'From the new spending only: 100% of the investment, by our assumption. The $38B contract predates the talks, so it is not counted.',
      'our assumption'
    ],
    [
      'upside',
      '33.7%',
      'From a share price of $222.56 to the average target of $297.50 ($297.50 ÷ $222.56 − 1).',
      'our arithmetic'
    ]
  ])('%s: %s', (id, value, caption, badge) => {
    expect(figure(text, id)).toBe(value);
    expect(card(text, id)).toMatchObject({ caption, badge });
  });

  it('no longer counts the existing contract as money the investment brings back (issue item 3)', () =>
    expect(text.results.map((c) => c.caption).join(' ')).not.toMatch(/\$4\.80/));

  it('prints the numbers of a figure large and its words small', () =>
    expect(card(text, 'per-dollar')?.figure).toEqual([
      { text: '$1', number: true },
      { text: ' revenue ', number: false },
      { text: '$0.35', number: true },
      { text: ' profit', number: false }
    ]));
});

describe('the payback sentence: one sentence, two forms', () => {
  it('when the cash comes back', () => {
    const text = textFor({ spendBack: 300 });
    expect(figure(text, 'cash-back')).toBe('In year 7');
    expect(card(text, 'cash-back')?.caption).toBe(
      "AWS's operating profit on the new spending repays the $10B invested in year 7 of the 7 years; Amazon is $620M ahead at the end."
    );
    expect(text.chart.breakEven).toBe('Cash back in year 7');
    expect(text.announce).toBe("Stake 2%. Payments to AWS $9.7B a year. Amazon's cash back: in year 7.");
  });

  it('when it does not', () => {
    const text = textFor();
    expect(text.chart.breakEven).toBeNull();
    expect(text.announce).toBe("Stake 2%. Payments to AWS $6.9B a year. Amazon's cash back: not within 7 years.");
    expect(text.chart.description).toBe(
      "Bar chart of Amazon's cash over 7 years, in US dollars: $10B out in year 1; $1.4B of new AWS revenue a year, of which $506M is operating profit coming back. The cumulative net ends at −$6.5B. Amazon's cash back: not within 7 years."
    );
  });
});

describe('How we compute', () => {
  it('works the reported scenario through, with "≈" where a figure is rounded (issue item 9)', () =>
    expect(Object.fromEntries(textFor().how.formulas.map((f) => [f.id, f.worked]))).toEqual({
      stake: '$10B ÷ $500B = 2%',
      'contract-per-year': '$38B ÷ 7 years ≈ $5.4B a year',
      'spend-back-per-year': '$10B × 100% ÷ 7 years ≈ $1.4B a year',
      'payments-per-year': '$5.4B + $1.4B ≈ $6.9B a year',
      'profit-per-year': '$1.4B × 35.4% ≈ $506M a year',
      'cumulative-net': 'after 7 years: −$6.5B',
      payback: 'not within 7 years',
      'per-dollar': 'revenue $1, operating profit $0.35',
      upside: '$297.50 ÷ $222.56 − 1 ≈ 33.7%'
    }));

  it('lists each input with what it rests on', () =>
    expect(
      textFor({ investment: 20 }).how.inputs.map(({ id, value, badge, assumes, changedFrom }) => ({
        id,
        value,
        badge,
        assumes: assumes !== undefined,
        changedFrom
      }))
    ).toEqual([
      {
        id: 'investment',
        value: '$20B',
        badge: 'reported',
        assumes: false,
        changedFrom: 'changed from more than $10B'
      },
      { id: 'valuation', value: '$500B', badge: 'reported', assumes: true, changedFrom: undefined },
      { id: 'contract', value: '$38B', badge: 'reported', assumes: false, changedFrom: undefined },
      { id: 'term', value: '7 years', badge: 'reported', assumes: true, changedFrom: undefined },
      { id: 'spendBack', value: '100%', badge: 'our assumption', assumes: false, changedFrom: undefined },
      { id: 'margin', value: '35.4%', badge: 'our arithmetic', assumes: false, changedFrom: undefined },
      { id: 'target', value: '$297.50', badge: 'reported', assumes: false, changedFrom: undefined },
      { id: 'price', value: '$222.56', badge: 'reported', assumes: false, changedFrom: undefined }
    ]));
});

describe('figureParts', () => {
  it('capitalises a figure that starts with words', () =>
    expect(figureParts('{{payback}}', computeDeal(REPORTED), REPORTED)).toEqual([
      { text: 'Not within 7 years', number: true }
    ]));
});
