// How big the diagram is drawn: the drawing's size for a container, the type sizes, the
// widest band and the gaps, all from the drawing's own size so that a phone and a laptop get
// the same picture at their own scale. The SVG is drawn at its on-screen size (one unit of
// the view box is one CSS pixel), so these sizes are the sizes a reader sees.
export type Arrangement = 'wide' | 'narrow';

export interface Size {
  width: number;
  height: number;
}

export interface Metrics {
  /** Below this width the drawing is a phone's: smaller type, labels only where the step points. */
  small: boolean;
  nodeFont: number;
  linkFont: number;
  annotationFont: number;
  /** Padding inside a company's box. */
  nodePadX: number;
  nodePadY: number;
  /** The widest band, for the largest amount of the story. */
  maxBand: number;
  /** Gap between the strokes of two lanes of the same group, and between groups. */
  laneGap: number;
  groupGap: number;
  /** Gap between the two directions of a pair drawn face to face (room for a label). */
  directionGap: number;
  /** Room kept free at the drawing's edges. */
  margin: number;
}

/** Width under which the drawing counts as a phone's. */
export const SMALL_WIDTH = 520;

export function metricsFor(size: Size): Metrics {
  const small = size.width < SMALL_WIDTH;
  // The widest band is about a sixth of the drawing's smaller side: at 1280 px it is wide
  // enough that $10B, $38B and $250B are told apart by width alone, and $10B (a 25th of it)
  // still clears the floor of a hollow line.
  const maxBand = Math.round(Math.min(128, Math.max(36, Math.min(size.width, size.height * 1.25) * 0.17)));
  return {
    small,
    nodeFont: small ? 12 : 14,
    linkFont: small ? 11 : 12,
    annotationFont: small ? 12 : 14,
    nodePadX: small ? 7 : 10,
    nodePadY: small ? 5 : 7,
    maxBand,
    laneGap: small ? 3 : 4,
    groupGap: small ? 6 : 9,
    // Two lines of label and some air; in a short drawing (under about 280 px: a phone's embed or
    // sticky box) no more than a sixth of its height, else the boxes that hold such pairs grow
    // into their neighbours; never under 18 px (24 on a laptop).
    directionGap: Math.round(Math.min((small ? 11 : 12) * 2 * 1.25 + 18, Math.max(small ? 18 : 24, size.height / 6))),
    margin: 4
  };
}

/** Default drawing width for server rendering, before the container can be measured. */
export const SSR_WIDTH = 560;

/**
 * The drawing's size and arrangement for a container width and a height limit. The portrait
 * arrangement is used where the box is clearly taller than wide; otherwise the landscape one.
 * The drawing takes the height it is given (up to a shape that still reads), so the sticky box
 * is used rather than left half empty; it never exceeds the limit.
 */
export function diagramSize(
  width: number,
  maxHeight: number,
  arrangement: Arrangement | 'auto' = 'auto'
): Size & { arrangement: Arrangement } {
  const w = Math.max(200, Math.round(width));
  // Never taller than the box it is given (it would run under the key below it), down to 120 px,
  // the least that holds a company row with a label above and below a line.
  const limit = Math.max(120, Math.round(maxHeight));
  // Phones get the portrait arrangement: its rows leave the bottom companies room for labels.
  const chosen: Arrangement =
    arrangement !== 'auto' ? arrangement : w < SMALL_WIDTH || limit > w * 1.3 ? 'narrow' : 'wide';
  const tallest = chosen === 'narrow' ? w * 1.5 : w * 1.05;
  const shortest = w < SMALL_WIDTH ? w * 0.78 : w * 0.5;
  const height = Math.round(Math.min(limit, Math.max(Math.min(shortest, limit), Math.min(tallest, limit))));
  return { width: w, height, arrangement: chosen };
}
