import { describe, expect, it } from 'vitest';
import {
  percent,
  qualifiedAmount,
  qualifiedValue,
  shortDate,
  unitValue,
  unitValueSpoken,
  usdBillions,
  usdBillionsSpoken,
  usdPerDollar,
  usdPrice,
  years
} from '$lib/format';
import { count, decimal, flowAmount, perYear, yearsShort } from '$lib/format';

// decimal() prints as Intl.NumberFormat('en-US') does, without making one in the browser (see
// format.ts): checked against Intl itself, in Node, over every kind of value the site prints.
describe('decimal, against Intl.NumberFormat', () => {
  const intl = (max: number, min: number, grouping: boolean) => {
    const numbers = new Intl.NumberFormat('en-US', {
      maximumFractionDigits: max,
      minimumFractionDigits: min,
      useGrouping: grouping,
      signDisplay: 'negative'
    });
    return (value: number) => numbers.format(value).replace('-', '−');
  };
  // Halves and near-halves at each digit, binary fractions that print shorter than they are
  // (1.005, 2.675), large amounts with grouping, tiny ones, negatives and negative zeros.
  const values = [0, -0, 0.5, 1.5, 2.5, -0.5, 1.005, 2.675, 1.45, 0.05, 0.049, 0.0001, -0.0001, 1e-7, 999.95, 999.5];
  for (let k = -3000; k <= 3000; k += 7) values.push(k / 1000, k / 100, k / 8, k * 1234.5678, k / 7);
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  for (let i = 0; i < 3000; i++) values.push((random() - 0.5) * 10 ** Math.floor(random() * 14 - 6));

  it.each([
    [0, 0, true],
    [1, 0, true],
    [2, 2, true],
    [0, 0, false],
    [1, 0, false],
    [6, 0, false]
  ])('max %i, min %i, grouping %s: the same text for %#', (max, min, grouping) => {
    const expected = intl(max, min, grouping);
    const wrong = values.filter((value) => decimal(value, max, min, grouping) !== expected(value));
    expect(wrong.map((value) => [value, decimal(value, max, min, grouping), expected(value)])).toEqual([]);
  });
});

describe('usdBillions', () => {
  it.each([
    [10, '$10B'],
    [38, '$38B'],
    [38 / 7, '$5.4B'],
    [1400, '$1.4T'],
    [0.35, '$350M'],
    [250, '$250B'],
    [-3.2, '−$3.2B'],
    [0, '$0B'],
    [99.96, '$100B'],
    [1234.5, '$1.2T'],
    [Number.NaN, '–']
  ])('%s → %s', (value, expected) => expect(usdBillions(value)).toBe(expected));
});

describe('usdBillionsSpoken', () => {
  it.each([
    [10, '$10 billion'],
    [2.5, '$2.5 billion'],
    [1500, '$1.5 trillion']
  ])('%s → %s', (value, expected) => expect(usdBillionsSpoken(value)).toBe(expected));
});

describe('qualifiedAmount', () => {
  it.each([
    [10, 'more-than', 'more than $10B'],
    [26, 'about', 'about $26B'],
    [5, 'up-to', 'up to $5B'],
    [38, 'exactly', '$38B']
  ] as const)('%s %s → %s', (value, qualifier, expected) => expect(qualifiedAmount(value, qualifier)).toBe(expected));
});

describe('percent', () => {
  it.each([
    [0.02, '2%'],
    [0.025, '2.5%'],
    [50 / 852, '5.9%'],
    [0.337, '33.7%'],
    [-0.1, '−10%'],
    [-0.0001, '0%']
  ])('%s → %s', (value, expected) => expect(percent(value)).toBe(expected));
  it.each([
    [0.3333, '33%'],
    [0.025, '3%']
  ])('%s → %s with no decimals', (value, expected) => expect(percent(value, 0)).toBe(expected));
});

describe('usdPrice and shortDate', () => {
  it('prints prices with cents only when there are some', () => {
    expect(usdPrice(297.5)).toBe('$297.50');
    expect(usdPrice(223)).toBe('$223');
  });
  it('prints every day of two years as Intl.DateTimeFormat does, in UTC', () => {
    const intl = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
    for (let day = 0; day < 731; day++) {
      const date = new Date(Date.UTC(2025, 0, 1 + day));
      const iso = date.toISOString().slice(0, 10);
      expect(shortDate(iso)).toBe(intl.format(date));
      expect(shortDate(iso.slice(0, 7))).toBe(month.format(date));
    }
  });
  it.each([
    ['2025-12-17', 'Dec 17, 2025'],
    ['2025-10', 'Oct 2025'],
    ['2025-09-05', 'Sep 5, 2025'],
    ['2026', '2026'],
    ['2025-13', '2025'],
    ['soon', 'soon']
  ])('%s → %s', (iso, expected) => expect(shortDate(iso)).toBe(expected));
});

describe('flow amounts (diagram, tables, descriptions)', () => {
  it.each([
    [1, 'flow', undefined, '1 flow'],
    [3, 'flow', undefined, '3 flows'],
    [2, 'company', 'companies', '2 companies'],
    [1200, 'analyst', undefined, '1,200 analysts']
  ] as const)('count(%s, %s) → %s', (n, singular, plural, expected) =>
    expect(count(n, singular, plural)).toBe(expected)
  );
  it.each([
    [7, '7 yrs'],
    [1, '1 yr']
  ])('yearsShort(%s) → %s', (n, expected) => expect(yearsShort(n)).toBe(expected));
  it('prints a yearly rate with "≈"', () => expect(perYear(38, 7)).toBe('≈ $5.4B a year'));
  it.each([
    [10, 'more-than', undefined, 'more than $10B'],
    [38, 'exactly', 7, '$38B over 7 years ≈ $5.4B a year'],
    [250, 'exactly', undefined, '$250B'],
    [null, 'exactly', undefined, 'undisclosed']
  ] as const)('flowAmount(%s, %s, %s) → %s', (value, qualifier, term, expected) =>
    expect(flowAmount(value, qualifier, term)).toBe(expected)
  );
});

describe('years and usdPerDollar', () => {
  it.each([
    [1, '1 year'],
    [7, '7 years'],
    [Number.NaN, '–']
  ])('years(%s) → %s', (value, expected) => expect(years(value)).toBe(expected));
  it.each([
    [0.354, '$0.35'],
    [1, '$1'],
    [4.8, '$4.80'],
    [0.999999, '$1'],
    [Number.POSITIVE_INFINITY, '–']
  ])('usdPerDollar(%s) → %s', (value, expected) => expect(usdPerDollar(value)).toBe(expected));
});

describe('unitValue, unitValueSpoken and qualifiedValue (slider values in their units)', () => {
  it.each([
    [10, 'usd-billions', '$10B', '$10 billion'],
    [35.4, 'percent', '35.4%', '35.4 percent'],
    [100, 'percent', '100%', '100 percent'],
    [7, 'years', '7 years', '7 years'],
    [297.5, 'usd', '$297.50', '$297.50']
  ] as const)('%s %s → %s / %s', (value, unit, printed, spoken) => {
    expect(unitValue(value, unit)).toBe(printed);
    expect(unitValueSpoken(value, unit)).toBe(spoken);
  });
  it('puts the qualifier in front', () => {
    expect(qualifiedValue(10, 'usd-billions', 'more-than')).toBe('more than $10B');
    expect(qualifiedValue(223.2, 'usd', 'about')).toBe('about $223.20');
    expect(qualifiedValue(7, 'years', 'exactly')).toBe('7 years');
  });
});
