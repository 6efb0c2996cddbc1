// The diagram's visual language, one meaning per channel, shared by the drawing, its key, the
// table and the exports so that they cannot disagree:
//   colour    = kind of money (equity, cloud and compute, chips);
//   treatment = how sure it is (paid or signed: solid; pledged or a letter of intent: hollow;
//               in talks: dashed; our own assumption: dotted);
//   width     = amount, on one linear scale for the whole story;
//   arrowhead (and, live, motion) = direction.
// Companies are drawn in neutral ink so that they never compete with the colours of money.
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { Flow, FlowKind, FlowStatus } from '$lib/content/types';
import { usdBillions } from '$lib/format';

export interface KindStyle {
  /** CSS colour of the kind: a token defined once, in app.css. */
  color: string;
  /** Words for sentences and the table: "equity investment". */
  label: string;
  /** Words for the key: "Equity (shares)". */
  short: string;
  /** Words for a phone's key: "Shares". */
  tiny: string;
}

export const KIND_STYLES: Record<FlowKind, KindStyle> = {
  equity: { color: 'var(--kind-equity)', label: 'equity investment', short: 'Equity (shares)', tiny: 'Shares' },
  'cloud-compute': {
    color: 'var(--kind-cloud-compute)',
    label: 'cloud and computing',
    short: 'Cloud and compute',
    tiny: 'Cloud'
  },
  chips: { color: 'var(--kind-chips)', label: 'chip purchases', short: 'Chips', tiny: 'Chips' }
};

/** How a line is drawn, from how sure the flow is. */
export type Treatment = 'solid' | 'open' | 'talks' | 'assumed';

export const TREATMENTS = ['solid', 'open', 'talks', 'assumed'] as const satisfies readonly Treatment[];

/** Words for the key. */
export const TREATMENT_LABELS: Record<Treatment, string> = {
  solid: 'paid or signed',
  open: 'pledge or letter of intent, not paid',
  talks: 'in talks',
  assumed: 'our assumption'
};

/** Shorter words for the key on a phone, where every line of key is a line less of drawing. */
export const TREATMENT_SHORT: Record<Treatment, string> = {
  solid: 'paid, signed',
  open: 'pledged, not paid',
  talks: 'in talks',
  assumed: 'our assumption'
};

/**
 * Our assumptions are drawn as ours whatever their status; otherwise the status decides:
 * money paid and signed contracts are solid, "up to" pledges, conditional tranches and
 * letters of intent are hollow (they are not cash, and must never look like it), talks are
 * broken lines.
 */
export function treatmentOf(flow: Pick<Flow, 'status' | 'basis'>): Treatment {
  if (flow.basis === 'assumed') return 'assumed';
  if (flow.status === 'in-talks') return 'talks';
  if (flow.status === 'pledged' || flow.status === 'letter-of-intent') return 'open';
  return 'solid';
}

/** A status in words, for labels, the table and descriptions. */
export const STATUS_WORDS: Record<FlowStatus, string> = {
  completed: 'paid',
  committed: 'committed',
  pledged: 'pledged',
  'letter-of-intent': 'letter of intent',
  'in-talks': 'in talks'
};

/**
 * The second line of a flow's label: how sure it is, in words. Assumed amounts always say
 * "our assumption" and derived ones "our estimate", beside the amount, so that no figure of
 * ours can be read as reported.
 */
export function certaintyWords(flow: Pick<Flow, 'status' | 'basis' | 'tag'>): string {
  if (flow.basis === 'assumed') return 'our assumption';
  const words = flow.tag ?? STATUS_WORDS[flow.status];
  return flow.basis === 'derived' ? `${words}, our estimate` : words;
}

/** Widths, in px, below which a line stops reading as its treatment. */
export const FLOORS = {
  /** A solid, dashed or dotted line thinner than this stops reading as a line. */
  line: 2,
  /** A hollow line needs room for two edges and the gap between them. */
  open: 5,
  /** An amount that was not disclosed: a thin line, labelled "undisclosed". */
  undisclosed: 2
} as const;

/** The largest disclosed amount among all the story's flows (USD billions); 1 if none. */
export function storyMaxAmount(flows: readonly Flow[]): number {
  return max(flows, (flow) => flow.amount ?? undefined) ?? 1;
}

/**
 * Width in px for a flow, on one scale for the whole story: the domain is the largest amount
 * in all the content, not in the current step, so a $38B line is as wide at every step. The
 * scale is linear from zero because the length × width of a band is what the eye compares: a
 * square-root scale would flatter the small deals (a $10B cheque would look half as big as the
 * $38B contract instead of about a quarter), and the story is about their relative size. The
 * floors are the one exception, and the key says which amounts sit on them.
 */
export function widthScale(
  maxAmount: number,
  maxBand: number
): (flow: Pick<Flow, 'amount' | 'status' | 'basis'>) => number {
  const scale = scaleLinear()
    .domain([0, Math.max(maxAmount, 1e-9)])
    .range([0, maxBand])
    .clamp(true);
  return (flow) => {
    if (flow.amount === null) return FLOORS.undisclosed;
    const floor = treatmentOf(flow) === 'open' ? FLOORS.open : FLOORS.line;
    return Math.max(floor, scale(flow.amount));
  };
}

/** The amount (USD billions) below which a treatment's lines sit on its floor. */
export function floorAmount(maxAmount: number, maxBand: number, treatment: Treatment): number {
  return ((treatment === 'open' ? FLOORS.open : FLOORS.line) / maxBand) * maxAmount;
}

/** Width of each edge of a hollow band. */
export function openEdge(width: number): number {
  return Math.min(3, Math.max(1.25, width * 0.16));
}

/** The SVG dash array of a treatment at a width; null for a continuous line. */
export function dashArray(treatment: Treatment, width: number): string | null {
  if (treatment === 'talks') {
    const dash = Math.min(24, Math.max(6, width * 1.2));
    return `${round(dash)} ${round(Math.max(4, dash * 0.6))}`;
  }
  // Dots: zero-length dashes with round caps are circles as wide as the line.
  if (treatment === 'assumed') return `0 ${round(Math.max(4, width * 1.9))}`;
  return null;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

export interface WidthSample {
  amount: number;
  width: number;
  label: string;
}

/** Sample widths for the key: $10B, $38B and the largest amount, as drawn. */
export function widthSamples(maxAmount: number, maxBand: number): WidthSample[] {
  const width = widthScale(maxAmount, maxBand);
  const amounts = [...new Set([10, 38, 100, maxAmount].filter((a) => a <= maxAmount))];
  return amounts.map((amount) => ({
    amount,
    width: width({ amount, status: 'completed', basis: 'reported' }),
    label: usdBillions(amount)
  }));
}
