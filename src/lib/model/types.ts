// The shapes of the deal model: the assumptions the sliders produce and the model's result.
// The sliders' and presets' own shapes are content (described by the schema in
// $lib/server/content/schema.ts); they are re-exported here, types only, where the model's
// code has always found them. Nothing here is Svelte.
import type { FigureBasis, Preset, SliderId, SliderSpec, SliderUnit } from '../content/types';

export { SLIDER_IDS, SLIDER_UNITS, SLIDER_UNIT_OF } from '../content/vocabulary';
export type { Preset, SliderId, SliderSpec, SliderUnit };

/** What the scenario needs of a slider (its range and its reported value): what the pages'
 *  data carries. The calculator gets the rest of each slider (words, sources) with its island. */
export type SliderBounds = Pick<SliderSpec, 'id' | 'unit' | 'min' | 'max' | 'step' | 'reported'>;

/** Where a slider's value comes from: reported, derived by us, or our assumption. */
export type SliderBasis = FigureBasis;

/** One number per slider, in the slider's unit. */
export type Assumptions = Record<SliderId, number>;

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
  /** Upside from the price to the analysts' target (0.333 = +33.3%); null without a price. */
  upside: number | null;
}
