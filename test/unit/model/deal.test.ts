import { describe, expect, it } from 'vitest';
import { computeDeal } from '$lib/model/deal';
import type { Assumptions, DealResult } from '$lib/model/types';
import { random, REPORTED } from './fixtures';

const deal = (changes: Partial<Assumptions>) => computeDeal({ ...REPORTED, ...changes });

describe('computeDeal: hand-computed cases', () => {
  it.each([
    { name: '$10B at $500B buys 2%', investment: 10, valuation: 500, stake: 0.02 },
    { name: '$20B at $800B buys 2.5%', investment: 20, valuation: 800, stake: 0.025 },
    { name: '$50B at $852B buys about 5.87%', investment: 50, valuation: 852, stake: 50 / 852 },
    { name: '$100B at $200B buys half', investment: 100, valuation: 200, stake: 0.5 }
  ])('$name', ({ investment, valuation, stake }) =>
    expect(deal({ investment, valuation }).stake).toBeCloseTo(stake, 12)
  );

  it('the reported scenario, figure by figure', () => {
    const r = computeDeal(REPORTED);
    expect(r.term).toBe(7);
    expect(r.contractPerYear).toBeCloseTo(38 / 7, 12); // ≈ $5.43B a year
    expect(r.contractPerYear).toBeCloseTo(5.43, 2);
    expect(r.spendBackTotal).toBeCloseTo(10, 12); // 100% of $10B
    expect(r.spendBackPerYear).toBeCloseTo(10 / 7, 12); // ≈ $1.43B
    expect(r.paymentsPerYear).toBeCloseTo(48 / 7, 12); // ≈ $6.86B
    expect(r.profitPerYear).toBeCloseTo((10 / 7) * 0.354, 12); // ≈ $0.51B
    expect(r.profitTotal).toBeCloseTo(3.54, 12);
    expect(r.netAtEnd).toBeCloseTo(-6.46, 12);
    expect(r.paybackYear).toBeNull();
    expect(r.revenuePerDollar).toBeCloseTo(1, 12);
    expect(r.profitPerDollar).toBeCloseTo(0.354, 12);
    expect(r.upside).toBeCloseTo(297.5 / 222.56 - 1, 12); // ≈ 33.7%, from the 16 Dec close
    expect(r.upside).toBeCloseTo(0.3367, 4);
  });

  it('the year-by-year rows of the reported scenario', () => {
    const { years } = computeDeal(REPORTED);
    expect(years).toHaveLength(7);
    expect(years[0]).toMatchObject({ year: 1, out: 10, cumulativeOut: 10 });
    expect(years[0]?.back).toBeCloseTo(0.354 * (10 / 7), 12);
    expect(years[0]?.cumulativeNet).toBeCloseTo(-10 + 0.354 * (10 / 7), 12);
    expect(years.slice(1).every((row) => row.out === 0)).toBe(true);
    expect(years[6]?.cumulativeBack).toBeCloseTo(3.54, 12);
    expect(years.every((row) => Math.abs(row.contractRevenue - 38 / 7) < 1e-12)).toBe(true);
  });

  it('the 2026 outcome: $38B + $100B over 8 years is $17.25B a year', () => {
    const r = deal({ investment: 50, valuation: 852, term: 8, spendBack: 200 });
    expect(r.paymentsPerYear).toBeCloseTo(138 / 8, 12);
    expect(r.spendBackPerYear).toBeCloseTo(12.5, 12);
    expect(r.profitTotal).toBeCloseTo(35.4, 12);
    expect(r.netAtEnd).toBeCloseTo(-14.6, 12);
    expect(r.paybackYear).toBeNull();
  });

  it.each([
    // 30/7 × 0.354 = 1.517 a year: 9.10 after year 6, 10.62 after year 7.
    { name: 'three dollars back per dollar repays $10B in year 7', changes: { spendBack: 300 }, year: 7 },
    // 40/4 × 0.5 = 5 a year: exactly 10 after year 2, despite floating-point sums.
    { name: 'exactly even in year 2 counts as back', changes: { spendBack: 400, margin: 50, term: 4 }, year: 2 },
    // 10 × 4 × 0.354 = 14.16 over 15 years: 0.944 a year, 10.38 after year 11.
    { name: 'a long term gets there in year 11', changes: { spendBack: 400, term: 15 }, year: 11 },
    { name: 'no spend-back, no cash back', changes: { spendBack: 0 }, year: null },
    { name: 'no margin, no cash back', changes: { spendBack: 400, margin: 0 }, year: null }
  ])('payback: $name', ({ changes, year }) => expect(deal(changes).paybackYear).toBe(year));

  it('upside: $297.50 over $250 is 19%', () => expect(deal({ price: 250 }).upside).toBeCloseTo(0.19, 12));
});

describe('computeDeal: guards', () => {
  const finiteEverywhere = (r: DealResult) => {
    const numbers = [
      r.stake,
      r.term,
      r.contractPerYear,
      r.spendBackTotal,
      r.spendBackPerYear,
      r.paymentsPerYear,
      r.profitPerYear,
      r.profitTotal,
      r.netAtEnd,
      r.revenuePerDollar,
      r.profitPerDollar,
      ...r.years.flatMap((row) => Object.values(row))
    ];
    return numbers.every(Number.isFinite) && (r.upside === null || Number.isFinite(r.upside));
  };

  it.each([
    { name: 'investment above the valuation', changes: { investment: 20, valuation: 5 }, stake: 1 },
    { name: 'zero valuation', changes: { valuation: 0 }, stake: 1 },
    { name: 'zero investment and zero valuation', changes: { investment: 0, valuation: 0 }, stake: 0 },
    { name: 'negative investment', changes: { investment: -5 }, stake: 0 },
    { name: 'NaN valuation', changes: { valuation: Number.NaN }, stake: 1 },
    // Infinity is capped at 1e9 ($1 quadrillion): $10B of that is a vanishing stake.
    { name: 'infinite valuation', changes: { valuation: Number.POSITIVE_INFINITY }, stake: 1e-8 }
  ])('stake stays within 0–100% with $name', ({ changes, stake }) => {
    const r = deal(changes);
    expect(r.stake).toBeCloseTo(stake, 15);
    expect(finiteEverywhere(r)).toBe(true);
  });

  it.each([
    { name: 'zero term', changes: { term: 0 }, term: 1 },
    { name: 'negative term', changes: { term: -3 }, term: 1 },
    { name: 'NaN term', changes: { term: Number.NaN }, term: 1 },
    { name: 'fractional term', changes: { term: 6.6 }, term: 7 },
    { name: 'huge term', changes: { term: 1e9 }, term: 50 }
  ])('the term is a whole number of years with $name', ({ changes, term }) => {
    const r = deal(changes);
    expect(r.term).toBe(term);
    expect(r.years).toHaveLength(term);
    expect(finiteEverywhere(r)).toBe(true);
  });

  it('a zero price gives no upside rather than Infinity', () => expect(deal({ price: 0 }).upside).toBeNull());

  it('zero investment: nothing to pay back, nothing per dollar', () => {
    const r = deal({ investment: 0 });
    expect(r.paybackYear).toBeNull();
    expect(r.profitPerDollar).toBe(0);
    expect(finiteEverywhere(r)).toBe(true);
  });

  it('huge inputs do not overflow to Infinity', () => {
    const huge = Object.fromEntries(Object.keys(REPORTED).map((key) => [key, Number.MAX_VALUE])) as Assumptions;
    expect(finiteEverywhere(computeDeal(huge))).toBe(true);
    expect(finiteEverywhere(deal({ investment: 1e308, spendBack: 1e308, margin: 1e308 }))).toBe(true);
  });

  it('every input NaN still gives finite numbers', () => {
    const nan = Object.fromEntries(Object.keys(REPORTED).map((key) => [key, Number.NaN])) as Assumptions;
    expect(finiteEverywhere(computeDeal(nan))).toBe(true);
  });
});

describe('computeDeal: invariants over random scenarios', () => {
  const next = random(20251217);
  const pick = (min: number, max: number) => min + next() * (max - min);
  const scenarios = Array.from({ length: 500 }, (): Assumptions => ({
    investment: pick(-10, 200),
    valuation: pick(-10, 2000),
    contract: pick(0, 300),
    term: pick(-2, 20),
    spendBack: pick(0, 500),
    margin: pick(-20, 80),
    target: pick(0, 500),
    price: pick(0, 500)
  }));

  it.each(scenarios.map((a, index) => ({ index, a })).filter(({ index }) => index % 50 === 0))(
    'scenario #$index: back − out = net, each year and cumulatively; stake within 0–100%',
    ({ a }) => {
      const r = computeDeal(a);
      let out = 0;
      let back = 0;
      for (const row of r.years) {
        out += row.out;
        back += row.back;
        expect(row.back - row.out).toBeCloseTo(row.net, 9);
        expect(row.cumulativeOut).toBeCloseTo(out, 9);
        expect(row.cumulativeBack).toBeCloseTo(back, 9);
        expect(row.cumulativeBack - row.cumulativeOut).toBeCloseTo(row.cumulativeNet, 9);
      }
      expect(r.netAtEnd).toBeCloseTo(back - out, 9);
      expect(r.stake).toBeGreaterThanOrEqual(0);
      expect(r.stake).toBeLessThanOrEqual(1);
    }
  );

  it('all 500 scenarios: finite numbers, stake within 0–100%, payback consistent with the rows', () => {
    for (const a of scenarios) {
      const r = computeDeal(a);
      expect(Number.isFinite(r.stake) && r.stake >= 0 && r.stake <= 1).toBe(true);
      expect(r.years.flatMap((row) => Object.values(row)).every(Number.isFinite)).toBe(true);
      const invested = r.years[0]?.out ?? 0;
      const first = r.years.find((row) => row.cumulativeBack >= invested * (1 - 1e-9));
      expect(r.paybackYear).toBe(invested > 0 ? (first?.year ?? null) : null);
    }
  });
});
