// Words for the diagram: its accessible name and description, one sentence per flow, and the
// rows of the data table. Generated from the same scene as the drawing, so a screen reader
// hears exactly what a sighted reader sees.
import type { Company, Flow, FlowStatus, Market, Scene, SourceName } from '$lib/content/types';
import { count, flowAmount, percent, shortDate, usdBillions, usdPrice, years } from '$lib/format';
import { KIND_STYLES, STATUS_WORDS } from './encoding';

/** The flows a scene draws, in the scene's order: listed in `scene.flows`, both ends shown. */
export function sceneFlows(flows: readonly Flow[], scene: Scene): Flow[] {
  if (scene.chart !== 'flows') return [];
  const shown = new Set(scene.show);
  const byId = new Map(flows.map((f) => [f.id, f]));
  return scene.flows
    .map((id) => byId.get(id))
    .filter((f): f is Flow => f !== undefined && shown.has(f.from) && shown.has(f.to));
}

/** The companies a scene draws, in the scene's order. */
export function sceneCompanies(companies: readonly Company[], scene: Scene): Company[] {
  if (scene.chart !== 'flows') return [];
  const byId = new Map(companies.map((c) => [c.id, c]));
  return scene.show.map((id) => byId.get(id)).filter((c): c is Company => c !== undefined);
}

/** Outlet names of a list of source ids, each once, in order: ["The Information", "FT"]. */
export function outlets(ids: readonly string[], sources: readonly SourceName[]): string[] {
  const byId = sourcesById(sources);
  return [...new Set(ids.map((id) => byId.get(id)?.outlet ?? id))];
}

/** The sources by id, indexed once per list: a step's description asks for every flow's
 *  outlets, and indexing the whole list each time was 3 ms of a step change at 1×. */
const indexes = new WeakMap<readonly SourceName[], Map<string, SourceName>>();
function sourcesById(sources: readonly SourceName[]): Map<string, SourceName> {
  let byId = indexes.get(sources);
  if (!byId) indexes.set(sources, (byId = new Map(sources.map((s) => [s.id, s]))));
  return byId;
}

export function kindName(flow: Flow): string {
  return KIND_STYLES[flow.kind].label;
}

export function statusName(status: FlowStatus): string {
  return STATUS_WORDS[status];
}

/** Where the amount comes from, in words: "reported", "our assumption", "our estimate". */
export function basisName(flow: Flow): string {
  return flow.basis === 'assumed' ? 'our assumption' : flow.basis === 'derived' ? 'our estimate' : 'reported';
}

function nameOf(companies: readonly Company[], id: string): string {
  return companies.find((c) => c.id === id)?.name ?? id;
}

/**
 * What the flow's date is, as content/flows.yaml says (`dated`): "as of" for a running total,
 * else "reported" for talks and "announced" for everything agreed.
 */
function dateVerb(flow: Flow): string {
  const dated = flow.dated ?? (flow.status === 'in-talks' ? 'reported' : 'announced');
  return dated === 'as-of' ? 'as of' : dated;
}

/**
 * How a flow's amount reads in a sentence: "more than $10B", "$38B over 7 years" or "$5B over
 * 7 years (our assumption)". A yearly rate is our even spread of the total, so it is said to
 * be ours.
 */
export function spokenAmount(flow: Flow): string {
  if (flow.amount === null)
    return flow.gigawatts ? `${flow.gigawatts} gigawatts, amount undisclosed` : 'amount undisclosed';
  const amount = flow.qualifier === 'assumed' ? usdBillions(flow.amount) : flowAmount(flow.amount, flow.qualifier);
  const term = flow.period ? ` over ${years(flow.period)}` : '';
  const basis = flow.basis === 'reported' ? '' : ` (${basisName(flow)})`;
  return `${amount}${term}${basis}`;
}

/** A yearly rate if the total were spread evenly over the term, said to be our arithmetic. */
export function evenSpread(flow: Flow): string | null {
  if (flow.amount === null || !flow.period) return null;
  return `about ${usdBillions(flow.amount / flow.period)} a year if spread evenly (our arithmetic)`;
}

/**
 * One flow as a sentence: "Amazon to OpenAI, equity investment, more than $10B, in talks,
 * reported Dec 16, 2025 (The Information, FT)".
 */
export function describeFlow(flow: Flow, companies: readonly Company[], sources: readonly SourceName[]): string {
  const who = `${nameOf(companies, flow.from)} to ${nameOf(companies, flow.to)}`;
  const when = `${dateVerb(flow)} ${shortDate(flow.date)}`;
  const from = outlets(flow.sources, sources);
  const cite = from.length ? ` (${from.join(', ')})` : '';
  return `${who}, ${kindName(flow)}, ${spokenAmount(flow)}, ${flow.tag ?? statusName(flow.status)}, ${when}${cite}`;
}

export interface SceneText {
  /** Short accessible name: "Money flows, step 3: 2 companies, 1 flow". */
  name: string;
  /** Full description: one sentence per flow, then what the step brings to the front. */
  description: string;
}

/** Accessible name and description of a flows scene. */
export function describeScene(
  companies: readonly Company[],
  flows: readonly Flow[],
  scene: Scene,
  sources: readonly SourceName[],
  stepLabel: string
): SceneText {
  const shown = sceneCompanies(companies, scene);
  const drawn = sceneFlows(flows, scene);
  const name = `Money flows, ${stepLabel}: ${count(shown.length, 'company', 'companies')}, ${count(drawn.length, 'flow')}`;
  const sentences = drawn.map((f) => describeFlow(f, companies, sources));
  const lonely = shown.filter((c) => !drawn.some((f) => f.from === c.id || f.to === c.id));
  if (lonely.length) sentences.push(`Also shown: ${lonely.map((c) => c.name).join(', ')}`);
  const highlight = new Set(scene.highlight);
  const inFocus = [
    ...drawn
      .filter((f) => highlight.has(f.id))
      .map((f) => `${nameOf(companies, f.from)} to ${nameOf(companies, f.to)} (${kindName(f)})`),
    ...shown.filter((c) => highlight.has(c.id)).map((c) => c.name)
  ];
  // Focus only means something when part of the drawing stays out of it.
  const everything = drawn.length > 0 && drawn.every((f) => highlight.has(f.id));
  if (inFocus.length && !everything) sentences.push(`In focus: ${inFocus.join('; ')}`);
  if (drawn.length === 0 && shown.length === 0) sentences.push('Nothing is drawn at this step');
  return { name, description: `${sentences.join('. ')}.` };
}

export interface FlowRow {
  id: string;
  from: string;
  to: string;
  kind: string;
  amount: string;
  status: string;
  /** Reported, our assumption or our estimate, with the reason where it is ours. */
  basis: string;
  source: string;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Rows of the data table for a scene: From, To, Kind, Amount, Status, Basis, Source. */
export function tableRows(
  companies: readonly Company[],
  flows: readonly Flow[],
  scene: Scene,
  sources: readonly SourceName[]
): FlowRow[] {
  return sceneFlows(flows, scene).map((flow) => ({
    id: flow.id,
    from: nameOf(companies, flow.from),
    to: nameOf(companies, flow.to),
    kind: capitalise(kindName(flow)),
    amount: capitalise(spokenAmount(flow)),
    status: capitalise(flow.tag ?? statusName(flow.status)),
    basis: flow.basis === 'reported' ? 'Reported' : `${capitalise(basisName(flow))}: ${flow.basisNote ?? ''}`.trim(),
    source: outlets(flow.sources, sources).join(', ')
  }));
}

/** Upside from the price to the analysts' average target, as a share: 297.5 / 223 − 1 ≈ 0.334. */
export function upside(market: Market): number {
  return market.target / market.price - 1;
}

export interface StockRow {
  measure: string;
  before: string;
  now: string;
}

/** Rows of the table for the stock step: ratings a month earlier and now, price and target. */
export function stockRows(market: Market): StockRow[] {
  const { before, now } = market.ratings;
  return [
    { measure: 'Buy ratings', before: String(before.buy), now: String(now.buy) },
    { measure: 'Hold ratings', before: String(before.hold), now: String(now.hold) },
    { measure: 'Sell ratings', before: String(before.sell), now: String(now.sell) },
    { measure: 'Share price (implied)', before: '–', now: `about ${usdPrice(market.price)}` },
    {
      measure: 'Average analyst target',
      before: '–',
      now: `${usdPrice(market.target)} (${percent(upside(market), 0)} above the price)`
    }
  ];
}

/** Accessible name and description of the stock step's chart. */
export function describeStock(market: Market, sources: readonly SourceName[], stepLabel: string): SceneText {
  const { before, now } = market.ratings;
  const from = outlets(market.sources, sources).join(', ');
  const name = `Amazon stock and analysts' ratings, ${stepLabel}`;
  const description =
    `Analysts' ratings a month earlier and now: buy ${before.buy} to ${now.buy}, ` +
    `hold ${before.hold} to ${now.hold}, sell ${before.sell} to ${now.sell}. ` +
    `The share price, about ${usdPrice(market.price)}, against the average target of ${usdPrice(market.target)}, ` +
    `${percent(upside(market), 0)} above it, about a third. ` +
    `Figures as given by ${from || 'the article'}; other sources could not confirm them.`;
  return { name, description };
}

/** The scene's flows leaving and reaching a company. */
export function companyFlows(id: string, flows: readonly Flow[], scene: Scene): { out: Flow[]; in: Flow[] } {
  const drawn = sceneFlows(flows, scene);
  return { out: drawn.filter((f) => f.from === id), in: drawn.filter((f) => f.to === id) };
}

/** A company as a sentence for its focus target: "Amazon: Cloud provider. In this step: 1 flow out, 2 flows in". */
export function describeCompany(company: Company, flows: readonly Flow[], scene: Scene): string {
  const { out, in: incoming } = companyFlows(company.id, flows, scene);
  return `${company.name}: ${company.role}. In this step: ${count(out.length, 'flow')} out, ${count(incoming.length, 'flow')} in`;
}

export interface Details {
  title: string;
  lines: string[];
  rows: [string, string][];
  note?: string;
}

/** The details card of a flow: what it is, how much, how sure, when, from whom. */
export function flowDetails(flow: Flow, companies: readonly Company[], sources: readonly SourceName[]): Details {
  const spread = evenSpread(flow);
  return {
    title: `${nameOf(companies, flow.from)} → ${nameOf(companies, flow.to)}`,
    lines: [flow.label],
    rows: [
      ['Kind', kindName(flow)],
      ['Amount', spokenAmount(flow)],
      ...(spread ? ([['A year', spread]] as [string, string][]) : []),
      ['Status', flow.tag ?? statusName(flow.status)],
      ['Date', shortDate(flow.date)],
      ['Source', outlets(flow.sources, sources).join(', ')]
    ],
    note: [flow.basis !== 'reported' ? flow.basisNote : undefined, flow.note].filter(Boolean).join(' ') || undefined
  };
}

/** The details card of a company: its role and its flows in the scene. */
export function companyDetails(
  company: Company,
  flows: readonly Flow[],
  scene: Scene,
  companies: readonly Company[]
): Details {
  const { out, in: incoming } = companyFlows(company.id, flows, scene);
  const row = (label: string, f: Flow): [string, string] => [label, `${spokenAmount(f)}, ${kindName(f)}`];
  return {
    title: company.name,
    lines: [company.role],
    rows: [
      ...out.map((f) => row(`To ${nameOf(companies, f.to)}`, f)),
      ...incoming.map((f) => row(`From ${nameOf(companies, f.from)}`, f))
    ]
  };
}
