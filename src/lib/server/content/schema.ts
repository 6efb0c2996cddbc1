// The shape of everything in content/, written once. The TypeScript types the pages use are
// inferred from it (re-exported, types only, by $lib/content/types), so a field added here is a
// field the code sees, and a field the code reads is one the build has checked.
//
// This pass checks each file on its own: fields, kinds, numbers, dates, and what one entry says
// about itself (a slider's reported value lies in its range). What one file says about another
// (an unknown company, flow or source) is the second pass, in references.ts.
//
// Every message names the problem the way a writer meets it: what was expected, what was found.
// FIELD stands for the field's name; explain.ts puts it in and says which file and entry.
import * as v from 'valibot';
import {
  AMOUNT_QUALIFIERS,
  FIGURE_BASES,
  FLOW_DATINGS,
  FLOW_KINDS,
  FLOW_STATUSES,
  SCENE_CHARTS,
  SLIDER_IDS,
  SLIDER_UNITS,
  SLIDER_UNIT_OF,
  SOURCE_KINDS
} from '../../content/vocabulary';
import { FIELD, found } from './explain';
import { renderMarkdown } from './markdown';

// --- Building blocks, each with its message ---------------------------------------------------

/** A message "FIELD <rule>, found <value>" for a schema or an action. */
const says =
  (rule: string) =>
  (issue: { input: unknown }): string =>
    `${FIELD} ${rule}, found ${found(issue.input)}`;

const Text = v.pipe(v.string(says('must be non-empty text')), v.trim(), v.nonEmpty(says('must be non-empty text')));

const Num = v.pipe(v.number(says('must be a number')), v.finite(says('must be a number')));

/** A mapping with exactly these fields: a misspelt field is an error, not a silent default. */
function fields<const E extends v.ObjectEntries>(entries: E) {
  return v.strictObject(entries, (issue) => {
    if (issue.expected === 'never')
      return `unknown field ${FIELD} (expected one of: ${Object.keys(entries).join(', ')})`;
    // A missing field: say what the field itself expects ("must be a number, found nothing").
    const key = issue.expected && issue.input === undefined ? /^"(.*)"$/.exec(issue.expected)?.[1] : undefined;
    const schema = key === undefined ? undefined : entries[key];
    if (schema) return v.safeParse(schema, undefined).issues?.[0]?.message ?? `${FIELD} is missing`;
    return `expected a mapping of fields, found ${found(issue.input)}`;
  });
}

function oneOf<const T extends readonly [string, ...string[]]>(options: T) {
  return v.picklist(options, (issue) => `${FIELD} must be one of ${options.join(', ')}; found ${found(issue.input)}`);
}

/** An id written as a lowercase slug, e.g. "amazon-openai-equity". */
const slug = (example: string) => {
  const message = (issue: { input: unknown }) =>
    `${FIELD} must be a lowercase slug like "${example}", found ${found(issue.input)}`;
  return v.pipe(v.string(message), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, message));
};

/**
 * A date written YYYY-MM-DD, kept as that text. YAML 1.1 readers turn an unquoted date into a
 * Date object; both are accepted so a writer need not quote dates.
 */
const IsoDate = v.pipe(
  v.union([v.string(), v.date()], says('must be a date written YYYY-MM-DD')),
  v.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim())),
  v.check(
    (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)),
    says('must be a date written YYYY-MM-DD')
  )
);

/** A list of ids (sources, companies, flows), checked against their files in the second pass. */
const Ids = v.array(
  v.pipe(v.string(says('must list ids')), v.trim(), v.nonEmpty(says('must list ids'))),
  (issue) => `expected ${FIELD} to be a list, found ${found(issue.input)}`
);

/** The sources an entry cites: at least one. */
const SourceIds = v.pipe(Ids, v.minLength(1, `${FIELD} must name at least one source id`));

/** A figure's basis, with the note a derived or assumed one needs. */
const Basis = oneOf(FIGURE_BASES);

function basisNoteProblem(basis: string, note: string | undefined, noun: string): string | undefined {
  if (basis === 'reported' || note) return undefined;
  return `"basisNote" must say ${basis === 'derived' ? `how the ${noun} was worked out` : 'why we assume it'} when "basis" is ${basis}`;
}

/** A list of entries with ids, none of them twice. */
function listOf<T extends v.GenericSchema<unknown, { id: string }>>(what: string, plural: string, entry: T) {
  const duplicate = (items: readonly { id: string }[]) => {
    const first = new Map<string, number>();
    for (const [index, { id }] of items.entries()) {
      const earlier = first.get(id);
      if (earlier !== undefined) return { id, earlier, index };
      first.set(id, index);
    }
    return undefined;
  };
  return v.pipe(
    v.array(entry, (issue) => `expected the ${plural} to be a list, found ${found(issue.input)}`),
    v.check(
      (items) => duplicate(items) === undefined,
      (issue) => {
        const d = duplicate(issue.input as { id: string }[]);
        return d ? `duplicate ${what} id "${d.id}" (${what} #${d.index + 1} repeats ${what} #${d.earlier + 1})` : '';
      }
    )
  );
}

// --- content/story.yaml -------------------------------------------------------------------

export const StoryMeta = fields({
  title: Text,
  dek: Text,
  /** Publication date of this page. */
  published: IsoDate,
  /** Last update of this page. */
  updated: IsoDate,
  /** The article's date (the European date; the first report was the day before, US time). */
  articleDate: IsoDate,
  /** One or two sentences on what this page is. */
  about: Text
});

// --- content/sources.yaml -----------------------------------------------------------------

export const Source = fields({
  id: slug('ft-2025-12-17'),
  /** The outlet whose reporting this is (the original, when the stored copy is a mirror). */
  outlet: Text,
  title: Text,
  date: IsoDate,
  url: v.pipe(
    Text,
    v.regex(/^https?:\/\/[^\s]+$/, (issue) => `${FIELD} must start with http:// or https://, found ${found(issue.input)}`)
  ),
  kind: oneOf(SOURCE_KINDS),
  /** Optional remark, e.g. that the stored copy is a mirror. */
  note: v.optional(Text),
  /** Other outlets whose reporting this copy carries ("citing Bloomberg"), for the outlet lint. */
  cites: v.optional(v.array(Text, (issue) => `expected ${FIELD} to be a list of outlets, found ${found(issue.input)}`))
});
export const Sources = listOf('source', 'sources', Source);

// --- content/companies.yaml ---------------------------------------------------------------

/** A point in the diagram's unit square: x and y from 0 to 1. */
const Point = v.pipe(
  fields({ x: Num, y: Num }),
  v.check(
    ({ x, y }) => x >= 0 && x <= 1 && y >= 0 && y <= 1,
    (issue) => {
      const { x, y } = issue.input as { x: number; y: number };
      return `x and y must lie between 0 and 1, found (${x}, ${y})`;
    }
  )
);

export const Company = fields({
  id: slug('amazon'),
  name: Text,
  /** Short label drawn on the node, e.g. "Amazon / AWS". */
  label: Text,
  /** Name of the colour token; the CSS variable is --company-<color>. */
  color: Text,
  /** One line on who this is in the story. */
  role: Text,
  /** Hand-placed positions: landscape (wide) and portrait (narrow) arrangements. */
  position: fields({ wide: Point, narrow: Point })
});
export const Companies = listOf('company', 'companies', Company);

// --- content/flows.yaml -------------------------------------------------------------------

/** USD billions, or the word `undisclosed` (read as null: no value was disclosed). */
const Amount = v.pipe(
  v.union(
    [
      v.literal('undisclosed'),
      v.pipe(
        Num,
        v.check(
          (n) => n > 0,
          (issue) =>
            `${FIELD} must be a positive number of USD billions (or "undisclosed"), found ${found(issue.input)}`
        )
      )
    ],
    says('must be a number')
  ),
  v.transform((amount) => (amount === 'undisclosed' ? null : amount))
);

const Years = v.pipe(
  Num,
  v.check((n) => n > 0, says('must be a positive number of years'))
);

/** Text drawn on the diagram, so it must be short. */
const DrawnText = (max: number) =>
  v.pipe(
    Text,
    v.check(
      (text) => text.length <= max,
      (issue) => `${FIELD} is drawn on the diagram and must be at most ${max} characters, found ${String(issue.input).length}`
    )
  );

/** Capacity in gigawatts (data-centre capacity is counted by the electric power it draws). */
const Gigawatts = v.pipe(
  Num,
  v.check((n) => n > 0, says('must be a positive number of gigawatts'))
);

/** The fields of a flow, shared by content/flows.yaml and the web's flows (content/web.yaml). */
const FLOW_FIELDS = {
    id: slug('amazon-openai-equity'),
    /** Company the money leaves. */
    from: Text,
    /** Company the money goes to. */
    to: Text,
    kind: oneOf(FLOW_KINDS),
    /** USD billions; null when the deal's value was not disclosed. */
    amount: Amount,
    qualifier: v.optional(oneOf(AMOUNT_QUALIFIERS), 'exactly'),
    /** Years the amount is spread over, where the deal names a term. */
    period: v.optional(Years),
    status: oneOf(FLOW_STATUSES),
    /** Whether the amount was reported, derived by us or assumed by us. */
    basis: v.optional(Basis, 'reported'),
    /** For a derived amount, the inputs or formula; for an assumed one, the reason. */
    basisNote: v.optional(Text),
    /** What `date` is; when left out, "reported" for talks and "announced" for the rest. */
    dated: v.optional(oneOf(FLOW_DATINGS)),
    /** ISO date the flow was announced or reported (see `dated`). */
    date: IsoDate,
    /** Capacity agreed, in gigawatts, where the deal is counted that way (never converted to dollars). */
    gigawatts: v.optional(Gigawatts),
    /** One-line description, e.g. "Seven-year lease of AWS servers (Nvidia GPUs)". */
    label: Text,
    /** How sure it is, in two or three words for the diagram's label, where the status's own
     *  word would mislead (e.g. "conditional" for a tranche that depends on conditions). */
    tag: v.optional(DrawnText(24)),
    sources: SourceIds,
    /** A caveat a careful reader needs, e.g. that a sum includes pledges. */
    note: v.optional(Text)
};

/** A flow joins two companies (whichever file it is in). */
const twoEnds = <T extends { from: string; to: string }>() =>
  v.check<T, (issue: v.CheckIssue<T>) => string>(
    (flow) => flow.from !== flow.to,
    (issue) => `"from" and "to" are both "${issue.input.from}"; a flow joins two companies`
  );

/** A derived or assumed amount says where it comes from (whichever file it is in). */
const basisNoted = <T extends { basis: string; basisNote?: string }>() =>
  v.check<T, (issue: v.CheckIssue<T>) => string>(
    (flow) => basisNoteProblem(flow.basis, flow.basisNote, 'amount') === undefined,
    (issue) => basisNoteProblem(issue.input.basis, issue.input.basisNote, 'amount') ?? ''
  );

const FlowFields = fields(FLOW_FIELDS);
export const Flow = v.pipe(FlowFields, twoEnds<v.InferOutput<typeof FlowFields>>(), basisNoted<v.InferOutput<typeof FlowFields>>());
export const Flows = listOf('flow', 'flows', Flow);

// --- content/web.yaml ---------------------------------------------------------------------

/**
 * A date written YYYY-MM-DD, or YYYY-MM where only the month is known (the web is drawn month by
 * month). Kept as that text.
 */
const MonthOrDate = v.pipe(
  v.union([v.string(), v.date()], says('must be a date written YYYY-MM-DD, or YYYY-MM for a month')),
  v.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim())),
  v.check(
    (value) =>
      /^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/.test(value) && !Number.isNaN(Date.parse(value.length === 7 ? `${value}-01` : value)),
    says('must be a date written YYYY-MM-DD, or YYYY-MM for a month')
  )
);

/** What changed about a flow on a date: its status, amount, words; with the sources that say so. */
export const FlowChange = v.pipe(
  fields({
    date: MonthOrDate,
    status: v.optional(oneOf(FLOW_STATUSES)),
    amount: v.optional(Amount),
    qualifier: v.optional(oneOf(AMOUNT_QUALIFIERS)),
    tag: v.optional(DrawnText(24)),
    label: v.optional(Text),
    note: v.optional(Text),
    sources: SourceIds
  }),
  v.check(
    (change) => ['status', 'amount', 'qualifier', 'tag', 'label'].some((key) => key in change && change[key as keyof typeof change] !== undefined),
    'a change must set at least one of status, amount, qualifier, tag or label (a note alone changes nothing drawn)'
  )
);

/** From this date the flow is no longer drawn (talks that became a deal listed as other flows). */
export const FlowEnd = fields({ date: MonthOrDate, note: Text, sources: SourceIds });

/** First problem with the order of a flow's dates: its changes in order, after it starts; its end last. */
export function datesProblem(start: string, changes: readonly { date: string }[], ends?: { date: string }): string | undefined {
  let previous = start;
  for (const [i, change] of changes.entries()) {
    if (change.date < previous)
      return `change #${i + 1} is dated ${change.date}, before ${i === 0 ? `the flow's "date" ${start}` : `change #${i} (${previous})`}: list changes oldest first, after the flow's date`;
    previous = change.date;
  }
  if (ends && ends.date <= previous) return `"ends.date" ${ends.date} must come after ${previous}, the flow's last date`;
  return undefined;
}

const WebFlowFields = fields({
  ...FLOW_FIELDS,
  date: MonthOrDate,
  changes: v.optional(v.array(FlowChange, (issue) => `expected ${FIELD} to be a list of changes, found ${found(issue.input)}`), []),
  ends: v.optional(FlowEnd),
  /** Story flows this entry (with its siblings) tells in more detail; left out of the web. */
  replaces: v.optional(Ids, [])
});

export const WebFlow = v.pipe(
  WebFlowFields,
  twoEnds<v.InferOutput<typeof WebFlowFields>>(),
  basisNoted<v.InferOutput<typeof WebFlowFields>>(),
  v.check(
    (flow) => datesProblem(flow.date, flow.changes, flow.ends) === undefined,
    (issue) => {
      const flow = issue.input as v.InferOutput<typeof WebFlowFields>;
      return datesProblem(flow.date, flow.changes, flow.ends) ?? '';
    }
  )
);

/** What happened later to a flow of content/flows.yaml. */
export const FlowHistory = fields({
  flow: Text,
  changes: v.optional(v.array(FlowChange, (issue) => `expected ${FIELD} to be a list of changes, found ${found(issue.input)}`), []),
  ends: v.optional(FlowEnd)
});

/** A company of the web that the story does not draw: no position in the story's diagram. */
export const WebCompany = fields({ id: slug('oracle'), name: Text, label: Text, color: Text, role: Text });

const Positions = v.record(v.pipe(v.string(), v.trim()), Point, (issue) => `expected ${FIELD} to be a mapping of company ids to { x, y }, found ${found(issue.input)}`);

export const Web = fields({
  companies: v.optional(listOf('company', 'companies', WebCompany), []),
  positions: fields({ wide: Positions, narrow: Positions }),
  sources: v.optional(listOf('source', 'sources', Source), []),
  history: v.optional(v.array(FlowHistory, (issue) => `expected ${FIELD} to be a list, found ${found(issue.input)}`), []),
  flows: listOf('flow', 'flows', WebFlow)
});

// --- content/market.yaml ------------------------------------------------------------------

const Analysts = v.pipe(
  Num,
  v.check((n) => n >= 0 && Number.isInteger(n), says('must be a whole number of analysts'))
);
const Ratings = fields({ buy: Analysts, hold: Analysts, sell: Analysts });
const Usd = v.pipe(
  Num,
  v.check((n) => n > 0, says('must be a positive price in USD'))
);

/** What a market figure is: reported (with its sources), derived (with the formula), or assumed. */
const MarketFigure = v.pipe(
  fields({ basis: Basis, basisNote: v.optional(Text), sources: v.optional(Ids, []) }),
  v.check(
    (figure) => figure.basis !== 'reported' || figure.sources.length > 0,
    '"sources" must name at least one source for a reported figure'
  ),
  v.check(
    (figure) => basisNoteProblem(figure.basis, figure.basisNote, 'figure') === undefined,
    (issue) => {
      const { basis, basisNote } = issue.input as { basis: string; basisNote?: string };
      return basisNoteProblem(basis, basisNote, 'figure') ?? '';
    }
  )
);

export const Market = fields({
  ratings: fields({ before: Ratings, now: Ratings }),
  /** Analysts' average target, USD. */
  target: Usd,
  /** The share price the chart sets against the target, USD. */
  price: Usd,
  /** Close on 2025-12-16, USD. */
  close: Usd,
  /** Every source the market figures cite. */
  sources: SourceIds,
  /** What each figure of the stock step is, and who gave it. */
  figures: fields({
    ratings: MarketFigure,
    target: MarketFigure,
    price: MarketFigure,
    close: MarketFigure,
    /** The upside from the price to the target, which the chart prints. */
    upside: MarketFigure
  })
});

// --- content/updates.yaml -----------------------------------------------------------------

export const Update = fields({ date: IsoDate, text: Text, sources: SourceIds });
export const Updates = v.array(Update, (issue) => `expected the updates to be a list, found ${found(issue.input)}`);

// --- content/steps/*.md (front matter) ----------------------------------------------------

export const Scene = fields({
  /** Which graphic the step shows. */
  chart: oneOf(SCENE_CHARTS),
  /** Company ids drawn in this step. */
  show: v.optional(Ids, []),
  /** Flow ids drawn in this step (both ends must be shown). */
  flows: v.optional(Ids, []),
  /** Flow or company ids brought to the front; the rest of the scene fades. */
  highlight: v.optional(Ids, []),
  /** One or two short sentences on the step's key figure, drawn beside the flows it is about. */
  annotation: v.optional(DrawnText(140))
});

export const StepFrontMatter = fields({
  /** Stable id, e.g. "round-trip". */
  id: slug('round-trip'),
  /** Short heading shown above the step text. */
  title: Text,
  scene: Scene,
  sources: SourceIds,
  /** ISO date when the step reports something later than the article (e.g. the 2026 outcome). */
  later: v.optional(IsoDate)
});

// --- content/sliders.yaml and content/presets.yaml ----------------------------------------

const SLIDER_LIST = SLIDER_IDS.join(', ');

/** The model reads exactly these assumptions; a slider for anything else would do nothing. */
const SliderId = v.picklist(
  SLIDER_IDS,
  (issue) => `${FIELD} must be one of the model's assumptions, ${SLIDER_LIST}; found ${found(issue.input)}`
);

/** True when `value` is min plus a whole number of steps, as a range input can reach it. */
export function onGrid(value: number, { min, step }: { min: number; step: number }): boolean {
  const steps = (value - min) / step;
  return Math.abs(steps - Math.round(steps)) < 1e-6;
}

export const gridText = ({ min, step }: { min: number; step: number }) => `(${min}, ${min + step}, … by ${step})`;

type SliderInput = v.InferOutput<typeof SliderFields>;
const SliderFields = fields({
  /** Short URL key, e.g. "investment". */
  id: SliderId,
  /** Visible label, e.g. "Amazon's investment in OpenAI". */
  label: Text,
  unit: oneOf(SLIDER_UNITS),
  min: Num,
  max: Num,
  step: Num,
  /** The value as reported (or, for an assumption, our default), in `unit`. */
  reported: Num,
  /** How the reported figure was qualified: "more than $10B" is `more-than`. */
  qualifier: v.optional(oneOf(AMOUNT_QUALIFIERS), 'exactly'),
  /** Where the value comes from: reported, derived by us, or our assumption. */
  basis: Basis,
  /** For a derived value, how it was worked out; for an assumed one, why. */
  basisNote: v.optional(Text),
  /** What we assume in using a reported value (e.g. that the new spending runs as long). */
  assumes: v.optional(Text),
  /** Source ids; at least one unless the value is our assumption. */
  sources: v.optional(Ids, []),
  /** Why this value; for an assumption, that it is ours and why we chose it. */
  note: Text
});

/** What one slider says about itself, in the order a writer would fix it. */
const SLIDER_RULES: [(s: SliderInput) => boolean, (s: SliderInput) => string][] = [
  [
    (s) => s.unit === SLIDER_UNIT_OF[s.id],
    (s) => `"unit" must be "${SLIDER_UNIT_OF[s.id]}" (the model reads ${s.id} in that unit), found "${s.unit}"`
  ],
  [(s) => s.min < s.max, (s) => `"min" ${s.min} must be below "max" ${s.max}`],
  [(s) => s.step > 0, (s) => `"step" must be above 0, found ${s.step}`],
  [(s) => s.step <= s.max - s.min, (s) => `"step" ${s.step} is larger than the range ${s.min}–${s.max}`],
  [
    (s) => s.reported >= s.min && s.reported <= s.max,
    (s) => `"reported" ${s.reported} is outside the range ${s.min}–${s.max}`
  ],
  [(s) => onGrid(s.reported, s), (s) => `"reported" ${s.reported} is not on the slider's steps ${gridText(s)}`],
  [(s) => s.id !== 'term' || s.min >= 1, (s) => `"min" must be at least 1 year, found ${s.min}`],
  [
    (s) => s.basis === 'assumed' || s.sources.length > 0,
    (s) => `"sources" must name at least one source for a ${s.basis} figure (only an assumed one may go without)`
  ],
  [(s) => basisNoteProblem(s.basis, s.basisNote, 'value') === undefined, (s) => basisNoteProblem(s.basis, s.basisNote, 'value') ?? '']
];

const brokenRule = (s: SliderInput) => SLIDER_RULES.find(([holds]) => !holds(s));

export const Slider = v.pipe(
  SliderFields,
  v.check(
    (s) => brokenRule(s) === undefined,
    (issue) => {
      const s = issue.input as SliderInput;
      return brokenRule(s)?.[1](s) ?? '';
    }
  )
);

export const Sliders = v.pipe(
  listOf('slider', 'sliders', Slider),
  v.check(
    (specs) => SLIDER_IDS.every((id) => specs.some((spec) => spec.id === id)),
    (issue) => {
      const specs = issue.input as SliderInput[];
      const missing = SLIDER_IDS.filter((id) => !specs.some((spec) => spec.id === id));
      return (
        `missing slider${missing.length > 1 ? 's' : ''} ${missing.map((id) => `"${id}"`).join(', ')} ` +
        `(the model needs one for each of: ${SLIDER_LIST})`
      );
    }
  ),
  v.check(
    (specs) => {
      const investment = specs.find((spec) => spec.id === 'investment');
      const valuation = specs.find((spec) => spec.id === 'valuation');
      return !investment || !valuation || valuation.min > investment.max;
    },
    (issue) => {
      const specs = issue.input as SliderInput[];
      const investment = specs.find((spec) => spec.id === 'investment');
      const valuation = specs.find((spec) => spec.id === 'valuation');
      return (
        `slider "valuation": "min" ${valuation?.min} must be above the investment slider's "max" ${investment?.max} ` +
        '(a valuation after the new money includes the investment)'
      );
    }
  )
);

export const Preset = fields({
  id: slug('as-reported'),
  /** Button text, e.g. "As reported (Dec 2025)". */
  label: Text,
  /** Slider values that differ from the reported ones, checked against sliders.yaml in the second pass. */
  values: v.pipe(
    v.unknown(),
    v.check(
      (value) => value !== null && typeof value === 'object' && !Array.isArray(value),
      says('must be a mapping of slider ids to values')
    ),
    v.record(v.string(), Num)
  ),
  sources: SourceIds,
  /** What the preset shows and how its figures map onto the sliders. */
  note: Text
});
export const Presets = listOf('preset', 'presets', Preset);

// --- content/calculator.yaml --------------------------------------------------------------

/** Two forms of a sentence: when Amazon's cash comes back within the term, and when it does not. */
const PaybackForms = fields({ back: Text, never: Text });

export const ResultCard = fields({
  id: slug('stake'),
  label: Text,
  /** The big figure: its {{tokens}} print large, the words between them small. */
  value: Text,
  /** The sentence under it, or its two forms (see PaybackForms). */
  caption: v.union([Text, PaybackForms], says('must be text, or a mapping with "back" and "never"')),
  /** Nothing in the results is reported: each is our arithmetic or rests on our assumption. */
  basis: oneOf(['derived', 'assumed'] as const)
});

export const Formula = fields({
  id: slug('stake'),
  label: Text,
  /** The formula in words. */
  formula: Text,
  /** The formula with the scenario's numbers, e.g. "{{investment}} ÷ {{valuation}} {{=}} {{stake}}". */
  worked: Text
});

export const Calculator = fields({
  /** The paragraph under the calculator's heading. */
  intro: Text,
  /** Printed before the list of the scenario's values when the page is printed. */
  printLead: Text,
  /** Said in place of the introduction and the controls where the page runs without JavaScript
   *  (the controls would move and change nothing). */
  withoutScript: Text,
  /** What a screen reader hears once a slider is let go. */
  announce: Text,
  results: listOf('result', 'results', ResultCard),
  chart: fields({
    title: Text,
    legend: fields({ out: Text, revenue: Text, back: Text, net: Text }),
    /** The chart's text alternative. */
    description: Text,
    /** Label of the break-even marker, drawn only when the cash comes back. */
    breakEven: Text,
    /** Says what the bars rest on. */
    basisNote: Text
  }),
  howWeCompute: v.pipe(
    fields({
      title: Text,
      /** Markdown. */
      intro: Text,
      /** Heading of the list of inputs and their bases. */
      inputs: Text,
      formulas: listOf('formula', 'formulas', Formula)
    }),
    v.transform(({ intro, ...rest }) => ({ ...rest, introHtml: renderMarkdown(intro) }))
  )
});

// --- The types the code uses --------------------------------------------------------------

export type StoryMeta = v.InferOutput<typeof StoryMeta>;
export type Source = v.InferOutput<typeof Source>;
export type SourceKind = Source['kind'];
export type Company = v.InferOutput<typeof Company>;
export type Point = Company['position']['wide'];
export type Flow = v.InferOutput<typeof Flow>;
export type FlowKind = Flow['kind'];
export type FlowStatus = Flow['status'];
export type FlowDating = NonNullable<Flow['dated']>;
export type AmountQualifier = Flow['qualifier'];
export type FigureBasis = Flow['basis'];
export type Market = v.InferOutput<typeof Market>;
export type Web = v.InferOutput<typeof Web>;
export type WebFlow = v.InferOutput<typeof WebFlow>;
export type WebCompany = v.InferOutput<typeof WebCompany>;
export type FlowChange = v.InferOutput<typeof FlowChange>;
export type FlowEnd = v.InferOutput<typeof FlowEnd>;
export type FlowHistory = v.InferOutput<typeof FlowHistory>;
export type MarketFigure = Market['figures']['target'];
export type Update = v.InferOutput<typeof Update>;
export type Scene = v.InferOutput<typeof Scene>;
export type SceneChart = Scene['chart'];
export type Step = v.InferOutput<typeof StepFrontMatter> & {
  /** The step text rendered from markdown at build time. */
  html: string;
  /** Plain text of the step, for descriptions and tests. */
  text: string;
};
export type SliderSpec = v.InferOutput<typeof Slider>;
export type SliderId = SliderSpec['id'];
export type SliderUnit = SliderSpec['unit'];
export type Preset = Omit<v.InferOutput<typeof Preset>, 'values'> & {
  /** Values that differ from the reported ones; the rest stay at their reported values. */
  values: Partial<Record<SliderId, number>>;
};
export type ResultCard = v.InferOutput<typeof ResultCard>;
export type Formula = v.InferOutput<typeof Formula>;
export type CalculatorCopy = v.InferOutput<typeof Calculator>;

export interface Content {
  meta: StoryMeta;
  /** The calculator's sliders and presets (content/sliders.yaml, content/presets.yaml). */
  sliders: SliderSpec[];
  presets: Preset[];
  /** The calculator's words (content/calculator.yaml). */
  calculator: CalculatorCopy;
  steps: Step[];
  companies: Company[];
  flows: Flow[];
  sources: Source[];
  market: Market;
  updates: Update[];
  /** The whole web of deals (content/web.yaml): more companies, flows and the flows' history. */
  web: Web;
}
