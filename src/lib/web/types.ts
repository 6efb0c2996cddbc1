// The shapes the whole-web explorer works with. Plain types: the data is built at build time
// (src/lib/server/web.ts) and sent to the browser as JSON (/web.json), never the parsers.
import type { Company, Flow, FlowChange, FlowEnd, FlowKind, Source } from '$lib/content/types';

/** A flow of the web with its history: the state it started in, then dated changes. */
export interface TimedFlow extends Flow {
  /** Later changes, oldest first (status, amount, words), each with its sources. */
  changes: FlowChange[];
  /** From this date on the flow is no longer drawn (it became other flows). */
  ends?: FlowEnd;
}

/** A source as the web's table cites it: outlet, title and address. */
export type WebSource = Pick<Source, 'id' | 'outlet' | 'title' | 'url' | 'date'>;

/** Everything the explorer needs: companies placed for the web, every dated flow, their sources. */
export interface WebData {
  /** Every company of the web, with its position in the web's two drawings. */
  companies: Company[];
  flows: TimedFlow[];
  sources: WebSource[];
}

/** A month, written YYYY-MM. */
export type Month = string;

/** How sure a flow must be to be shown: paid and contracted only; also pledges and letters of
 *  intent; also talks (everything). */
export type Certainty = 'firm' | 'pledges' | 'talks';

/** What the reader chose: the month, a company in focus, the kinds and certainty shown. */
export interface WebState {
  month: Month;
  focus: string | null;
  kinds: FlowKind[];
  certainty: Certainty;
}
