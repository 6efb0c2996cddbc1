// A company's totals as of a month: money in, money out and net, each split by how sure it is
// (paid, committed, pledged, in talks) and by basis (reported, or our estimate). Amounts are
// added as they were given: "more than $10B" and "up to $5B" count as $10B and $5B, which the
// page says beside the totals. Flows without a dollar figure are counted, not guessed; their
// gigawatts, where given, are added up as gigawatts, never converted into dollars.
import type { Flow, FlowStatus } from '$lib/content/types';

export const TOTAL_GROUPS = ['paid', 'committed', 'pledged', 'talks'] as const;
export type TotalGroup = (typeof TOTAL_GROUPS)[number];

export const GROUP_OF: Record<FlowStatus, TotalGroup> = {
  completed: 'paid',
  committed: 'committed',
  pledged: 'pledged',
  'letter-of-intent': 'pledged',
  'in-talks': 'talks'
};

export const GROUP_LABELS: Record<TotalGroup, string> = {
  paid: 'Paid',
  committed: 'Committed',
  pledged: 'Pledged, letters of intent',
  talks: 'In talks'
};

export interface Sum {
  /** USD billions the sources give. */
  reported: number;
  /** USD billions of our own (derived or assumed amounts). */
  estimated: number;
  /** Flows without a dollar figure. */
  undisclosed: number;
  /** Gigawatts of the flows without a dollar figure, where given. */
  gigawatts: number;
  /** How many flows went into it. */
  flows: number;
}

export interface Row {
  in: Sum;
  out: Sum;
  /** In minus out, in USD billions, by basis. Flows without a figure are left out. */
  net: { reported: number; estimated: number };
}

export interface CompanyTotals {
  company: string;
  groups: Record<TotalGroup, Row>;
  all: Row;
}

const zero = (): Sum => ({ reported: 0, estimated: 0, undisclosed: 0, gigawatts: 0, flows: 0 });

function add(sum: Sum, flow: Flow): void {
  sum.flows += 1;
  if (flow.amount === null) {
    sum.undisclosed += 1;
    sum.gigawatts += flow.gigawatts ?? 0;
  } else if (flow.basis === 'reported') sum.reported += flow.amount;
  else sum.estimated += flow.amount;
}

function net(row: Omit<Row, 'net'>): Row {
  return {
    ...row,
    net: { reported: row.in.reported - row.out.reported, estimated: row.in.estimated - row.out.estimated }
  };
}

/** A company's totals over `flows` (the flows of a month, as filtered). */
export function companyTotals(flows: readonly Flow[], company: string): CompanyTotals {
  const parts = Object.fromEntries(TOTAL_GROUPS.map((g) => [g, { in: zero(), out: zero() }])) as Record<
    TotalGroup,
    { in: Sum; out: Sum }
  >;
  const all = { in: zero(), out: zero() };
  for (const flow of flows) {
    const side = flow.to === company ? 'in' : flow.from === company ? 'out' : null;
    if (!side) continue;
    add(parts[GROUP_OF[flow.status]][side], flow);
    add(all[side], flow);
  }
  const groups = Object.fromEntries(TOTAL_GROUPS.map((g) => [g, net(parts[g])])) as Record<TotalGroup, Row>;
  return { company, groups, all: net(all) };
}
