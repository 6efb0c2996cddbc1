// The shapes of the parsed content that the pages receive. The files in content/ are parsed and
// validated into these at build time (see load.ts and validate.ts); nothing here is Svelte.

import type { Preset, SliderSpec } from '../model/types';

export const FLOW_KINDS = ['equity', 'cloud-compute', 'chips'] as const;
export type FlowKind = (typeof FLOW_KINDS)[number];

/**
 * How sure a flow is, from money that moved to talks: `completed` (paid), `committed` (a signed
 * contract or purchase commitment), `pledged` ("up to" pledges and conditional tranches),
 * `letter-of-intent` (non-binding), `in-talks` (reported negotiations).
 */
export const FLOW_STATUSES = ['completed', 'committed', 'pledged', 'letter-of-intent', 'in-talks'] as const;
export type FlowStatus = (typeof FLOW_STATUSES)[number];

/**
 * How a reported amount is qualified: "more than $10B", "about $26B", "up to $5B"; "assumed"
 * marks an amount that no one reported, drawn from the calculator's assumptions.
 */
export const AMOUNT_QUALIFIERS = ['exactly', 'more-than', 'about', 'up-to', 'assumed'] as const;
export type AmountQualifier = (typeof AMOUNT_QUALIFIERS)[number];

/**
 * Where a figure comes from: `reported` by the sources it lists, `derived` by our arithmetic
 * from reported inputs (the note says which), or `assumed` by us (the note says why).
 */
export const FIGURE_BASES = ['reported', 'derived', 'assumed'] as const;
export type FigureBasis = (typeof FIGURE_BASES)[number];

export const SOURCE_KINDS = ['article', 'primary', 'report', 'analysis'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source {
  id: string;
  outlet: string;
  title: string;
  /** ISO date (YYYY-MM-DD). */
  date: string;
  url: string;
  kind: SourceKind;
  /** Optional remark, e.g. that the stored copy is a mirror. */
  note?: string;
}

/** A point in the diagram's unit square: x and y from 0 to 1. */
export interface Point {
  x: number;
  y: number;
}

export interface Company {
  id: string;
  name: string;
  /** Short label drawn on the node, e.g. "AWS / Amazon". */
  label: string;
  /** Name of the colour token; the CSS variable is --company-<color>. */
  color: string;
  /** One line on who this is in the story. */
  role: string;
  /** Hand-placed positions: landscape (wide) and portrait (narrow) arrangements. */
  position: { wide: Point; narrow: Point };
}

export interface Flow {
  id: string;
  /** Company the money leaves. */
  from: string;
  /** Company the money goes to. */
  to: string;
  kind: FlowKind;
  /** USD billions; null when the deal's value was not disclosed (written `undisclosed` in content). */
  amount: number | null;
  qualifier: AmountQualifier;
  /** Years the amount is spread over, where the deal names a term. */
  period?: number;
  status: FlowStatus;
  /** Whether the amount was reported, derived by us or assumed by us. */
  basis: FigureBasis;
  /** For a derived amount, the inputs or formula; for an assumed one, the reason. */
  basisNote?: string;
  /** ISO date the flow was announced or reported. */
  date: string;
  /** One-line description, e.g. "Seven-year lease of AWS servers (Nvidia GPUs)". */
  label: string;
  /** How sure it is, in two or three words for the diagram's label, where the status's own
   *  word would mislead (e.g. "conditional" for a tranche that depends on conditions). */
  tag?: string;
  sources: string[];
  /** A caveat a careful reader needs, e.g. that a sum includes pledges. */
  note?: string;
}

export const SCENE_CHARTS = ['flows', 'stock'] as const;
export type SceneChart = (typeof SCENE_CHARTS)[number];

export interface Scene {
  /** Which graphic the step shows. */
  chart: SceneChart;
  /** Company ids drawn in this step. */
  show: string[];
  /** Flow ids drawn in this step (both ends must be shown). */
  flows: string[];
  /** Flow or company ids brought to the front; the rest of the scene fades. */
  highlight: string[];
  /** One or two short sentences on the step's key figure, drawn beside the flows it is about. */
  annotation?: string;
}

export interface Step {
  /** Stable id from the front matter, e.g. "round-trip". */
  id: string;
  /** Short heading shown above the step text. */
  title: string;
  /** The step text rendered from markdown at build time. */
  html: string;
  /** Plain text of the step, for descriptions and tests. */
  text: string;
  scene: Scene;
  sources: string[];
  /** ISO date when the step reports something later than the article (e.g. 2026 outcome). */
  later?: string;
}

export interface Market {
  ratings: { before: { buy: number; hold: number; sell: number }; now: { buy: number; hold: number; sell: number } };
  /** Analysts' average target, USD. */
  target: number;
  /** Price implied by the article's "about a third" upside, USD. */
  price: number;
  /** Close on 2025-12-16, USD. */
  close: number;
  sources: string[];
}

export interface Update {
  date: string;
  text: string;
  sources: string[];
}

export interface StoryMeta {
  title: string;
  dek: string;
  /** Publication date of this page (ISO). */
  published: string;
  /** Last update of this page (ISO). */
  updated: string;
  /** The article's date (ISO) and a note on the US/European date. */
  articleDate: string;
  /** One or two sentences on what this page is. */
  about: string;
}

export interface Content {
  meta: StoryMeta;
  /** The calculator's sliders and presets (content/sliders.yaml, content/presets.yaml). */
  sliders: SliderSpec[];
  presets: Preset[];
  steps: Step[];
  companies: Company[];
  flows: Flow[];
  sources: Source[];
  market: Market;
  updates: Update[];
}
