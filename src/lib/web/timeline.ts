// The web over time: the months from the first dated flow to the last, and which flows exist in
// a month and in what state. A flow enters in the month it was announced (or reported), takes
// each change from the month of that change, and leaves from the month it ends. Pure.
import { shortDate } from '$lib/format';
import type { Flow, FlowStatus } from '$lib/content/types';
import { STATUS_WORDS } from '$lib/flow/encoding';
import type { Month, TimedFlow } from './types';

/** The month of a date: "2025-09-22" → "2025-09". */
export function monthOf(date: string): Month {
  return date.slice(0, 7);
}

/** "2025-09" → "Sep 2025". */
export function monthName(month: Month): string {
  return shortDate(month);
}

/** The month after: "2025-12" → "2026-01". */
export function nextMonth(month: Month): Month {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Every date a flow has: its start, its changes, its end. */
function datesOf(flow: TimedFlow): string[] {
  return [flow.date, ...flow.changes.map((c) => c.date), ...(flow.ends ? [flow.ends.date] : [])];
}

/** Every month from the first date of any flow to the last, in order; [] without flows. */
export function monthsOf(flows: readonly TimedFlow[]): Month[] {
  const months = flows.flatMap(datesOf).map(monthOf).sort();
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return [];
  const list: Month[] = [first];
  while (list.at(-1)! < last) list.push(nextMonth(list.at(-1)!));
  return list;
}

/** One step of a flow's history, as the table tells it. */
export interface Stage {
  date: string;
  status: FlowStatus;
  amount: number | null;
  tag?: string;
}

/** A flow as it stood in a month: its current state, when it took it, and how it got there. */
export interface FlowAsOf extends Flow {
  /** When the flow first appeared (its own `date`). */
  start: string;
  /** Date of the last change applied, or null if none yet. */
  changed: string | null;
  /** Its states up to the month, oldest first (the current one last). */
  stages: Stage[];
}

/**
 * The flows that exist in `month`, in content order, each in the state it had then: status,
 * amount, qualifier, tag, label and note after every change dated in or before the month, and
 * the sources of the start and of those changes. A new status clears the earlier tag unless the
 * change gives one ("walked back" belongs to the letter of intent, not to the signed $30B).
 */
export function asOf(flows: readonly TimedFlow[], month: Month): FlowAsOf[] {
  const result: FlowAsOf[] = [];
  for (const flow of flows) {
    if (monthOf(flow.date) > month) continue;
    if (flow.ends && monthOf(flow.ends.date) <= month) continue;
    const { changes: _changes, ends: _ends, ...base } = flow;
    let state: Flow = { ...base, sources: [...base.sources] };
    const stages: Stage[] = [{ date: flow.date, status: flow.status, amount: flow.amount, tag: flow.tag }];
    let changed: string | null = null;
    for (const change of flow.changes) {
      if (monthOf(change.date) > month) break;
      const tag = change.tag ?? (change.status !== undefined ? undefined : state.tag);
      state = {
        ...state,
        status: change.status ?? state.status,
        amount: change.amount !== undefined ? change.amount : state.amount,
        qualifier: change.qualifier ?? state.qualifier,
        label: change.label ?? state.label,
        note: change.note ?? state.note,
        sources: [...new Set([...state.sources, ...change.sources])]
      };
      if (tag === undefined) delete state.tag;
      else state.tag = tag;
      stages.push({ date: change.date, status: state.status, amount: state.amount, tag: state.tag });
      changed = change.date;
    }
    result.push({ ...state, start: flow.date, changed, stages });
  }
  return result;
}

/** How a stage reads: "pledged", "letter of intent, walked back". */
export function stageWords(stage: Pick<Stage, 'status' | 'tag'>): string {
  return stage.tag ? `${STATUS_WORDS[stage.status]}, ${stage.tag}` : STATUS_WORDS[stage.status];
}
