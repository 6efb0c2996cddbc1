// The shapes of the deal model: the sliders' definitions (from content/sliders.yaml), the
// assumptions they produce, the presets, and the model's result. Nothing here is Svelte.
import type { AmountQualifier } from '../content/types';

/**
 * The assumptions the model reads, in the order the sliders appear. The ids double as URL keys
 * (`?investment=20&valuation=800`), so they stay short and never change once published.
 */
export const SLIDER_IDS = [
  'investment',
  'valuation',
  'contract',
  'term',
  'spendBack',
  'margin',
  'target',
  'price'
] as const;
export type SliderId = (typeof SLIDER_IDS)[number];

export const SLIDER_UNITS = ['usd-billions', 'percent', 'years', 'usd'] as const;
export type SliderUnit = (typeof SLIDER_UNITS)[number];

/**
 * The unit the model reads each assumption in. Percentages are percentage points (35.4, not
 * 0.354) so that slider steps, URLs and the number box all show the same figure.
 */
export const SLIDER_UNIT_OF: Record<SliderId, SliderUnit> = {
  investment: 'usd-billions',
  valuation: 'usd-billions',
  contract: 'usd-billions',
  term: 'years',
  spendBack: 'percent',
  margin: 'percent',
  target: 'usd',
  price: 'usd'
};

/** Where a slider's default comes from: a reported figure, a context figure, or our own choice. */
export const SLIDER_BASES = ['reported', 'context', 'assumption'] as const;
export type SliderBasis = (typeof SLIDER_BASES)[number];

export interface SliderSpec {
  /** Short URL key, e.g. "investment". */
  id: SliderId;
  /** Visible label, e.g. "Amazon's investment in OpenAI". */
  label: string;
  unit: SliderUnit;
  min: number;
  max: number;
  step: number;
  /** The value as reported (or, for an assumption, our default), in `unit`. */
  reported: number;
  /** How the reported figure was qualified: "more than $10B" is `more-than`. */
  qualifier: AmountQualifier;
  basis: SliderBasis;
  /** Source ids; at least one unless the basis is `assumption`. */
  sources: string[];
  /** Why this value; for an assumption, that it is ours and why we chose it. */
  note: string;
}

/** One number per slider, in the slider's unit. */
export type Assumptions = Record<SliderId, number>;

export interface Preset {
  id: string;
  /** Button text, e.g. "As reported (Dec 2025)". */
  label: string;
  /** Values that differ from the reported ones; the rest stay at their reported values. */
  values: Partial<Assumptions>;
  sources: string[];
  /** What the preset shows and how its figures map onto the sliders. */
  note: string;
}

/** One year of the term, in USD billions. Year 1 is the year the deal closes. */
export interface DealYear {
  year: number;
  /** Amazon's cash out: the investment, paid in year 1. */
  out: number;
  /** OpenAI's payments under the existing contract (not caused by the new deal). */
  contractRevenue: number;
  /** OpenAI's new spending at AWS that comes from the investment. */
  newRevenue: number;
  /** Amazon's cash back: AWS operating profit on the new spending. */
  back: number;
  /** back − out. */
  net: number;
  cumulativeOut: number;
  cumulativeBack: number;
  /** cumulativeBack − cumulativeOut: below zero while Amazon is still out of pocket. */
  cumulativeNet: number;
}

export interface DealResult {
  /** Amazon's share of OpenAI after the investment, 0 to 1. */
  stake: number;
  /** Whole years the model runs over (the term, at least 1). */
  term: number;
  /** Existing contract spread evenly over the term, USD billions a year. */
  contractPerYear: number;
  /** New spending at AWS over the whole term, USD billions. */
  spendBackTotal: number;
  /** New spending at AWS per year, USD billions. */
  spendBackPerYear: number;
  /** All of OpenAI's yearly payments to AWS: contract plus new spending. */
  paymentsPerYear: number;
  /** AWS operating profit on the new spending, per year. */
  profitPerYear: number;
  /** AWS operating profit on the new spending over the term. */
  profitTotal: number;
  years: DealYear[];
  /** First year in which the profit from the new spending has repaid the investment; null if none. */
  paybackYear: number | null;
  /** Cumulative net at the end of the term (negative: Amazon is still out of pocket). */
  netAtEnd: number;
  /** New AWS revenue per dollar invested. */
  revenuePerDollar: number;
  /** AWS operating profit on the new spending per dollar invested. */
  profitPerDollar: number;
  /** All of OpenAI's payments to AWS over the term (existing contract included) per dollar invested. */
  allRevenuePerDollar: number;
  /** Upside from the price to the analysts' target (0.333 = +33.3%); null without a price. */
  upside: number | null;
}
