// The web's words: the table's rows (From, To, Kind, Amount, Date, Status, Sources) and the
// drawing's accessible name and description. One row per flow drawn, in the drawing's order.
import type { Company, Flow } from '$lib/content/types';
import { describeFlow, kindName } from '$lib/flow/describe';
import { flowAmount, shortDate, usdBillions } from '$lib/format';
import { monthName, stageWords, type FlowAsOf } from './timeline';
import type { Month, WebSource } from './types';

export interface WebRow {
  id: string;
  from: string;
  to: string;
  kind: string;
  amount: string;
  date: string;
  status: string;
  sources: WebSource[];
}

function nameOf(companies: readonly Company[], id: string): string {
  return companies.find((c) => c.id === id)?.name ?? id;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A flow's amount in words, gigawatts as gigawatts: "6 GW, value undisclosed", "$300B over 5
 * years (4.5 GW)", with "(our estimate)" on any amount of ours.
 */
export function webAmount(flow: Pick<Flow, 'amount' | 'qualifier' | 'period' | 'gigawatts' | 'basis'>): string {
  const gw = flow.gigawatts ? `${flow.gigawatts} GW` : null;
  if (flow.amount === null) return gw ? `${gw}, value undisclosed` : 'Undisclosed';
  // The table gives the figure as reported: $1.25B, not the drawing's rounded $1.3B.
  const exact = Number.isInteger(flow.amount * 10) ? null : `$${flow.amount}B`;
  const rounded =
    flow.qualifier === 'assumed' ? usdBillions(flow.amount) : capitalise(flowAmount(flow.amount, flow.qualifier));
  const amount = exact ? rounded.replace(usdBillions(flow.amount), exact) : rounded;
  const term = flow.period ? ` over ${flow.period} years` : '';
  const ours = flow.basis === 'derived' ? ' (our estimate)' : flow.basis === 'assumed' ? ' (our assumption)' : '';
  return `${amount}${term}${gw ? ` (${gw})` : ''}${ours}`;
}

/** When: "Sep 22, 2025", "Sep 2023", "reported Feb 20, 2024", "total as of Oct 28, 2025". */
export function webDate(flow: FlowAsOf): string {
  const when = shortDate(flow.start);
  if (flow.dated === 'as-of') return `Total as of ${when}`;
  if (flow.dated === 'reported' && flow.status !== 'in-talks') return `Reported ${when}`;
  return when;
}

/** Status now, with how it got there: "Committed since Feb 27, 2026 (letter of intent Sep 22, 2025 → …)". */
export function webStatus(flow: FlowAsOf): string {
  const now = capitalise(stageWords(flow));
  if (flow.stages.length < 2) return now;
  const before = flow.stages
    .slice(0, -1)
    .map((s) => `${stageWords(s)}${s.amount !== null ? ` ${usdBillions(s.amount)}` : ''} ${shortDate(s.date)}`);
  return `${now} since ${shortDate(flow.changed!)} (before: ${before.join('; ')})`;
}

export function webRows(
  flows: readonly FlowAsOf[],
  companies: readonly Company[],
  sources: readonly WebSource[]
): WebRow[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return flows.map((flow) => ({
    id: flow.id,
    from: nameOf(companies, flow.from),
    to: nameOf(companies, flow.to),
    kind: capitalise(kindName(flow)),
    amount: webAmount(flow),
    date: webDate(flow),
    status: webStatus(flow),
    sources: flow.sources.map((id) => byId.get(id)).filter((s): s is WebSource => s !== undefined)
  }));
}

/** The drawing's accessible name and description. */
export function describeWeb(
  flows: readonly FlowAsOf[],
  companies: readonly Company[],
  sources: readonly WebSource[],
  month: Month,
  focus: string | null
): { name: string; description: string } {
  const focusName = focus ? `, ${nameOf(companies, focus)} in focus` : '';
  const name = `The AI money web as of ${monthName(month)}${focusName}: ${flows.length} ${flows.length === 1 ? 'flow' : 'flows'}`;
  const sentences = flows.map((f) => describeFlow({ ...f, date: f.changed ?? f.start }, companies, sources));
  return { name, description: sentences.length ? `${sentences.join('. ')}.` : 'No flows drawn for these choices.' };
}
