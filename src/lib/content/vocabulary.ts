// The words content/ may use for kinds, statuses and bases, and the calculator's slider ids.
// Plain arrays and nothing else: the schema that checks content/ (server only, in
// $lib/server/content) builds its picklists from them, and components that need the same list
// (the diagram's key, the model) import them from here without pulling in a parser.

export const FLOW_KINDS = ['equity', 'cloud-compute', 'chips'] as const;

/**
 * How sure a flow is, from money that moved to talks: `completed` (paid), `committed` (a signed
 * contract or purchase commitment), `pledged` ("up to" pledges and conditional tranches),
 * `letter-of-intent` (non-binding), `in-talks` (reported negotiations).
 */
export const FLOW_STATUSES = ['completed', 'committed', 'pledged', 'letter-of-intent', 'in-talks'] as const;

/**
 * How a reported amount is qualified: "more than $10B", "about $26B", "up to $5B"; "assumed"
 * marks an amount that no one reported, drawn from the calculator's assumptions.
 */
export const AMOUNT_QUALIFIERS = ['exactly', 'more-than', 'about', 'up-to', 'assumed'] as const;

/**
 * Where a figure comes from: `reported` by the sources it lists, `derived` by our arithmetic
 * from reported inputs (its note gives the inputs or the formula), or `assumed` by us (its note
 * says why). Flows, market figures, slider values and the calculator's results all use these.
 */
export const FIGURE_BASES = ['reported', 'derived', 'assumed'] as const;

/**
 * What a flow's date is: the day the deal was `announced`, the day it was `reported` (talks, or
 * figures that came out later), or the day a running total was given (`as-of`: "more than $13B
 * to date" was not paid on that day).
 */
export const FLOW_DATINGS = ['announced', 'reported', 'as-of'] as const;

export const SOURCE_KINDS = ['article', 'primary', 'report', 'analysis'] as const;

export const SCENE_CHARTS = ['flows', 'stock'] as const;

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

export const SLIDER_UNITS = ['usd-billions', 'percent', 'years', 'usd'] as const;

/**
 * The unit the model reads each assumption in. Percentages are percentage points (35.4, not
 * 0.354) so that slider steps, URLs and the number box all show the same figure.
 */
export const SLIDER_UNIT_OF = {
  investment: 'usd-billions',
  valuation: 'usd-billions',
  contract: 'usd-billions',
  term: 'years',
  spendBack: 'percent',
  margin: 'percent',
  target: 'usd',
  price: 'usd'
} as const satisfies Record<(typeof SLIDER_IDS)[number], (typeof SLIDER_UNITS)[number]>;
