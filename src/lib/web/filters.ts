// What the reader asks to see: kinds of money and how sure it must be. By default everything.
import { FLOW_KINDS, type Flow, type FlowKind, type FlowStatus } from '$lib/content/types';
import type { Certainty } from './types';

export const CERTAINTIES = ['firm', 'pledges', 'talks'] as const satisfies readonly Certainty[];

/** Words for the filter's choices. */
export const CERTAINTY_LABELS: Record<Certainty, string> = {
  firm: 'Paid and contracted only',
  pledges: 'Also pledges and letters of intent',
  talks: 'Also talks (everything)'
};

/** The least sure level at which a status is shown. */
const LEVEL_OF: Record<FlowStatus, Certainty> = {
  completed: 'firm',
  committed: 'firm',
  pledged: 'pledges',
  'letter-of-intent': 'pledges',
  'in-talks': 'talks'
};

export const DEFAULT_KINDS: readonly FlowKind[] = FLOW_KINDS;
export const DEFAULT_CERTAINTY: Certainty = 'talks';

/** Whether a flow (in its state of the month) passes the filters. */
export function passes(flow: Pick<Flow, 'kind' | 'status'>, kinds: readonly FlowKind[], certainty: Certainty): boolean {
  return kinds.includes(flow.kind) && CERTAINTIES.indexOf(LEVEL_OF[flow.status]) <= CERTAINTIES.indexOf(certainty);
}

/** The flows that pass, in their order. */
export function filterFlows<F extends Pick<Flow, 'kind' | 'status'>>(
  flows: readonly F[],
  kinds: readonly FlowKind[],
  certainty: Certainty
): F[] {
  return flows.filter((f) => passes(f, kinds, certainty));
}
