// The diagram's encodings: width for amount, colour and glyph for kind, dashes and opacity for
// status. Every function here is a plain function of its inputs, shared by the diagram, the
// legend and the exports so that they cannot disagree.
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { Flow, FlowKind, FlowStatus } from '$lib/content/types';
import { usdBillions } from '$lib/format';

/** Stroke width of a flow whose amount was not disclosed: a hairline, labelled "undisclosed". */
export const HAIRLINE = 1;

/**
 * Thinnest stroke for a disclosed amount. Below 2 px a dashed stroke stops reading as a line;
 * the floor is the one exception to strict proportionality and only touches amounts under
 * about 7% of the largest flow (the legend's width key shows it).
 */
export const MIN_WIDTH = 2;

/** The largest disclosed amount among all the story's flows (USD billions); 1 if none. */
export function storyMaxAmount(flows: readonly Flow[]): number {
  return max(flows, (flow) => flow.amount ?? undefined) ?? 1;
}

/** The widest stroke for a drawing of this size, in px: wider drawings get wider links. */
export function maxLinkWidth(size: { width: number; height: number }): number {
  return Math.round(Math.min(30, Math.max(10, Math.min(size.width, size.height) * 0.045)));
}

/**
 * Width in px for an amount in USD billions, on one scale for the whole story: the domain is
 * the largest amount in all the content, not in the current step, so a $38B link is the same
 * width at every step. The scale is linear from zero because the area of a link is what the eye
 * compares: a square-root scale would flatter the small deals (a $10B cheque would look half as
 * big as a $38B contract instead of a quarter), and the story is about their relative size.
 */
export function widthScale(maxAmount: number, maxWidth: number): (amount: number | null) => number {
  const scale = scaleLinear()
    .domain([0, Math.max(maxAmount, 1e-9)])
    .range([0, maxWidth])
    .clamp(true);
  return (amount) => (amount === null ? HAIRLINE : Math.max(MIN_WIDTH, scale(amount)));
}

export interface StatusStyle {
  /** Dash and gap lengths in multiples of the dash unit (see dashArray); empty for solid. */
  dashes: readonly number[];
  opacity: number;
  /** Words for the legend and descriptions. */
  label: string;
}

/**
 * Status by dash and opacity: a done deal is solid, and the less certain a flow is, the more
 * broken and lighter its line. Opacity stays at 0.7 or more so that every line keeps 3:1
 * contrast against the background (WCAG 1.4.11); the dashes carry most of the difference.
 */
export const STATUS_STYLES: Record<FlowStatus, StatusStyle> = {
  completed: { dashes: [], opacity: 1, label: 'completed' },
  committed: { dashes: [4, 1], opacity: 0.92, label: 'committed' },
  pledged: { dashes: [2, 1.2], opacity: 0.82, label: 'pledged' },
  'letter-of-intent': { dashes: [2, 1.2], opacity: 0.82, label: 'letter of intent' },
  'in-talks': { dashes: [0.7, 1.1], opacity: 0.72, label: 'in talks' }
};

/** The SVG dash array for a status at a stroke width: dashes grow with the stroke so a wide
 *  band still looks dashed rather than striped. `null` for a solid line. */
export function dashArray(status: FlowStatus, width: number): string | null {
  const { dashes } = STATUS_STYLES[status];
  if (dashes.length === 0) return null;
  const unit = Math.min(12, Math.max(3, width * 0.7));
  return dashes.map((d) => Math.round(d * unit * 10) / 10).join(' ');
}

export type KindGlyph = 'none' | 'square' | 'diamond';

export interface KindStyle {
  /** CSS colour: the token with a fallback. */
  color: string;
  /** Name of the CSS variable that themes this kind. */
  token: string;
  /** A glyph drawn at the middle of the link, so kinds differ in greyscale and for colour blindness. */
  glyph: KindGlyph;
  /** A thin background-coloured stripe along the middle of the link ("a pipe"). */
  doubleLine: boolean;
  /** Words for the legend and descriptions. */
  label: string;
}

// The fallbacks are Okabe–Ito colours, which stay distinct under the common colour-vision
// deficiencies; the glyph and double line keep the kinds apart in greyscale print.
export const KIND_STYLES: Record<FlowKind, KindStyle> = {
  equity: {
    color: 'var(--kind-equity, #0072b2)',
    token: '--kind-equity',
    glyph: 'none',
    doubleLine: false,
    label: 'equity investment'
  },
  'cloud-compute': {
    color: 'var(--kind-cloud-compute, #d55e00)',
    token: '--kind-cloud-compute',
    glyph: 'square',
    doubleLine: true,
    label: 'cloud computing spending'
  },
  chips: {
    color: 'var(--kind-chips, #009e73)',
    token: '--kind-chips',
    glyph: 'diamond',
    doubleLine: false,
    label: 'chip purchases'
  }
};

/** Width of the background stripe of a double line, or 0 when the link is too thin for one. */
export function stripeWidth(kind: FlowKind, width: number): number {
  if (!KIND_STYLES[kind].doubleLine || width < 4) return 0;
  return Math.max(1, Math.round(width * 0.3 * 10) / 10);
}

/** The path of a kind's glyph centred on (0, 0), `size` px across. */
export function glyphPath(glyph: KindGlyph, size: number): string | null {
  const h = Math.round((size / 2) * 10) / 10;
  if (glyph === 'square') return `M${-h},${-h}h${2 * h}v${2 * h}h${-2 * h}Z`;
  if (glyph === 'diamond') return `M0,${-h * 1.3}L${h * 1.3},0L0,${h * 1.3}L${-h * 1.3},0Z`;
  return null;
}

export interface WidthKeyEntry {
  amount: number | null;
  width: number;
  label: string;
}

/** A few sample widths for the legend: the largest amount, a round middle value, $10B, and undisclosed. */
export function widthKey(maxAmount: number, maxWidth: number): WidthKeyEntry[] {
  const width = widthScale(maxAmount, maxWidth);
  const ticks = scaleLinear().domain([0, maxAmount]).ticks(3);
  const middle = ticks.filter((t) => t > 10 && t < maxAmount * 0.7).at(-1);
  const amounts = [...new Set([maxAmount, middle, 10].filter((a): a is number => a !== undefined && a <= maxAmount))];
  return [
    ...amounts.map((amount) => ({ amount, width: width(amount), label: usdBillions(amount) })),
    { amount: null, width: HAIRLINE, label: 'undisclosed' }
  ];
}
