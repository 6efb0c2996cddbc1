// The deal model: assumptions in, plain numbers out. One pure function, so that the results
// panel, the chart, the diagram and the sentences of the story all show the same figures.
//
// Conventions (also written out on the page by FORMULAS and HowWeCompute):
// - Money is in USD billions, not discounted: a dollar in year 7 counts as a dollar today.
// - Year 1 is the year the deal closes. Amazon pays the whole investment then, and OpenAI's new
//   spending starts the same year and runs evenly over the term. Putting the payment in a
//   separate "year 0" would draw a year with money out and nothing back that no report describes.
// - "Amazon's cash is back" means AWS's operating profit on OpenAI's *new* spending adds up to
//   the investment. Revenue is not profit: most of each dollar OpenAI pays goes on running and
//   depreciating the servers. The existing $38B contract predates the talks, so it is shown but
//   not counted as money the investment brings back.
import { percent, usdBillions, usdPerDollar, usdPrice, years as yearsText } from '../format';
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
    allRevenuePerDollar: perDollar(contract + spendBackTotal),
    upside: price > 0 ? target / price - 1 : null
  };
}

/** A formula as the "How we compute" section prints it, with the current scenario worked through. */
export interface Formula {
  id: string;
  label: string;
  formula: string;
  /** The formula with the scenario's numbers in it, e.g. "$10B ÷ $500B = 2%". */
  worked: (a: Assumptions, r: DealResult) => string;
}

const pct = (points: number) => percent(points / 100);

/** The model, written out. The order follows the page: the stake, the payments, the cash, the stock. */
export const FORMULAS: readonly Formula[] = [
  {
    id: 'stake',
    label: "Amazon's stake",
    formula: 'investment ÷ post-money valuation (never above 100%)',
    worked: (a, r) => `${usdBillions(a.investment)} ÷ ${usdBillions(a.valuation)} = ${percent(r.stake)}`
  },
  {
    id: 'contractPerYear',
    label: 'Existing contract per year',
    formula: 'contract ÷ term (spread evenly; the real timing was not disclosed)',
    worked: (a, r) => `${usdBillions(a.contract)} ÷ ${yearsText(r.term)} = ${usdBillions(r.contractPerYear)} a year`
  },
  {
    id: 'spendBackPerYear',
    label: 'New spending at AWS per year',
    formula: 'investment × spend-back share ÷ term',
    worked: (a, r) =>
      `${usdBillions(a.investment)} × ${pct(a.spendBack)} ÷ ${yearsText(r.term)} = ` +
      `${usdBillions(r.spendBackPerYear)} a year`
  },
  {
    id: 'paymentsPerYear',
    label: "OpenAI's payments to AWS per year",
    formula: 'contract per year + new spending per year',
    worked: (_a, r) =>
      `${usdBillions(r.contractPerYear)} + ${usdBillions(r.spendBackPerYear)} = ` +
      `${usdBillions(r.paymentsPerYear)} a year`
  },
  {
    id: 'profitPerYear',
    label: 'Cash back per year',
    formula: 'new spending per year × AWS operating margin',
    worked: (a, r) => `${usdBillions(r.spendBackPerYear)} × ${pct(a.margin)} = ${usdBillions(r.profitPerYear)} a year`
  },
  {
    id: 'cumulativeNet',
    label: 'Cumulative net after year n',
    formula: 'n × cash back per year − investment (the investment is paid in year 1)',
    worked: (_a, r) => `after year ${r.term}: ${usdBillions(r.netAtEnd)}`
  },
  {
    id: 'paybackYear',
    label: "Year Amazon's cash is back",
    formula: 'first year in which cumulative cash back ≥ investment; none if that never happens within the term',
    worked: (_a, r) =>
      r.paybackYear === null ? `not within ${yearsText(r.term)}` : `year ${r.paybackYear} of ${r.term}`
  },
  {
    id: 'perDollar',
    label: 'Returned per dollar invested',
    formula: 'revenue: new spending ÷ investment; profit: total cash back ÷ investment',
    worked: (_a, r) =>
      `revenue ${usdPerDollar(r.revenuePerDollar)}, operating profit ${usdPerDollar(r.profitPerDollar)}`
  },
  {
    id: 'upside',
    label: "Upside to analysts' target",
    formula: 'target ÷ share price − 1',
    worked: (a, r) =>
      `${usdPrice(a.target)} ÷ ${usdPrice(a.price)} − 1 = ${r.upside === null ? '–' : percent(r.upside)}`
  }
];
