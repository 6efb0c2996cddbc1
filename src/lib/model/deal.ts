// The deal model: assumptions in, plain numbers out. One pure function, so that the results
// panel, the chart, the diagram and the sentences of the story all show the same figures.
//
// Conventions (also written out on the page, in content/calculator.yaml's "How we compute"):
// - Money is in USD billions, not discounted: a dollar in year 7 counts as a dollar today.
// - Year 1 is the year the deal closes. Amazon pays the whole investment then, and OpenAI's new
//   spending starts the same year and runs evenly over the term. Putting the payment in a
//   separate "year 0" would draw a year with money out and nothing back that no report describes.
// - "Amazon's cash is back" means AWS's operating profit on OpenAI's *new* spending adds up to
//   the investment. Revenue is not profit: most of each dollar OpenAI pays goes on running and
//   depreciating the servers. The existing $38B contract predates the talks, so it is shown but
//   not counted as money the investment brings back.
import type { Assumptions, DealResult, DealYear } from './types';

/** Longest term the model draws; a guard for inputs that did not come through a slider. */
export const MAX_TERM = 50;

/** Relative tolerance when comparing sums of floating-point yearly amounts. */
const EPSILON = 1e-9;

/** Larger than any input a slider allows; keeps products of inputs far from Infinity. */
const LIMIT = 1e9;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** The input as a usable number: NaN becomes the fallback, ±Infinity and huge values are capped. */
function finite(value: number, fallback = 0): number {
  return Number.isNaN(value) ? fallback : clamp(value, -LIMIT, LIMIT);
}

function cashByYear(
  term: number,
  investment: number,
  contractPerYear: number,
  newRevenue: number,
  back: number
): DealYear[] {
  const rows: DealYear[] = [];
  let cumulativeOut = 0;
  let cumulativeBack = 0;
  for (let year = 1; year <= term; year++) {
    const out = year === 1 ? investment : 0;
    cumulativeOut += out;
    cumulativeBack += back;
    rows.push({
      year,
      out,
      contractRevenue: contractPerYear,
      newRevenue,
      back,
      net: back - out,
      cumulativeOut,
      cumulativeBack,
      cumulativeNet: cumulativeBack - cumulativeOut
    });
  }
  return rows;
}

/** Everything the page shows about a scenario, from its assumptions. Never NaN or Infinity. */
export function computeDeal(a: Assumptions): DealResult {
  const investment = Math.max(0, finite(a.investment));
  // A post-money valuation includes the money just put in, so it is never below the investment;
  // this also keeps the stake at or below 100% and the division away from zero.
  const valuation = Math.max(investment, finite(a.valuation));
  const stake = valuation > 0 ? investment / valuation : 0;
  const term = clamp(Math.round(finite(a.term, 1)), 1, MAX_TERM);
  const contract = Math.max(0, finite(a.contract));
  const share = Math.max(0, finite(a.spendBack)) / 100;
  const margin = clamp(finite(a.margin) / 100, -1, 1);

  const contractPerYear = contract / term;
  const spendBackTotal = investment * share;
  const spendBackPerYear = spendBackTotal / term;
  const profitPerYear = spendBackPerYear * margin;
  const years = cashByYear(term, investment, contractPerYear, spendBackPerYear, profitPerYear);

  const tolerance = EPSILON * Math.max(1, investment);
  const payback = investment > 0 ? years.find((row) => row.cumulativeBack >= investment - tolerance) : undefined;
  const perDollar = (amount: number) => (investment > 0 ? amount / investment : 0);
  const target = finite(a.target);
  const price = finite(a.price);

  return {
    stake,
    term,
    contractPerYear,
    spendBackTotal,
    spendBackPerYear,
    paymentsPerYear: contractPerYear + spendBackPerYear,
    profitPerYear,
    profitTotal: profitPerYear * term,
    years,
    paybackYear: payback?.year ?? null,
    netAtEnd: years[years.length - 1]?.cumulativeNet ?? 0,
    revenuePerDollar: perDollar(spendBackTotal),
    profitPerDollar: perDollar(profitPerYear * term),
    upside: price > 0 ? target / price - 1 : null
  };
}
