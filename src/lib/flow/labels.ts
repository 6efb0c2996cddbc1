// Labels that belong to their lines. The rules, which the tests check for every step at every
// width (see `labelViolations`):
//   1. a flow's label lies within 24 px of its own band (beside it, or inside a wide one);
//   2. it never touches another flow's band, a company's box, another label or the annotation;
//   3. it lies wholly inside the drawing.
// Placement is greedy, in priority order (what the step points at first, then larger
// amounts): the nearest candidate that breaks no rule wins; a label that finds no place is left
// off the drawing (its flow stays in the table and in the details on focus).
import type { Flow } from '$lib/content/types';
import { qualifiedAmount, usdBillions, yearsShort } from '$lib/format';
import { certaintyWords } from './encoding';
import {
  boxAround,
  inside,
  normalAt,
  overlaps,
  pointAt,
  pointToPolyline,
  polyline,
  polylineNearBox,
  distanceToBox,
  textSize,
  type Box,
  type Cubic,
  type Polyline,
  type Vec
} from './geometry';

/** Furthest a label may sit from the edge of its own band, px. */
export const LABEL_REACH = 24;

/**
 * Whether a flow's label may be its amount alone where two lines find no room (a phone's
 * drawing): only where the amount's words and the line's treatment say how sure it is without
 * the second line, as the key tells. A solid line is "paid or signed" (paid or committed, as
 * reported); a hollow line with "up to" is a pledge. What must always be said in words keeps
 * them: our assumptions and estimates, a letter of intent, a tag ("conditional"), talks, a
 * pledge without "up to", and an amount that was not disclosed.
 */
export function mayShorten(flow: Pick<Flow, 'status' | 'basis' | 'tag' | 'amount' | 'qualifier'>): boolean {
  if (flow.basis !== 'reported' || flow.tag || flow.amount === null) return false;
  if (flow.status === 'pledged') return flow.qualifier === 'up-to';
  return flow.status === 'completed' || flow.status === 'committed';
}

/** The lines of a flow's label: the amount (with its term), then how sure it is. */
export function labelLines(flow: Flow): string[] {
  const certainty = certaintyWords(flow);
  // A deal counted in gigawatts says so; no dollar figure is made up for it.
  if (flow.amount === null) return [flow.gigawatts ? `${flow.gigawatts} GW ($ undisclosed)` : 'undisclosed', certainty];
  // An assumed amount is not qualified ("assumed $5B"): the second line says whose it is.
  const amount = flow.qualifier === 'assumed' ? usdBillions(flow.amount) : qualifiedAmount(flow.amount, flow.qualifier);
  return [flow.period ? `${amount} over ${yearsShort(flow.period)}` : amount, certainty];
}

export interface LabelBand {
  id: string;
  /** The band's centre line, port to port. */
  curve: Cubic;
  width: number;
  /** The centre line sampled once, for the many distance checks of placement. */
  line?: Polyline;
  /** Flows whose lines this label also names (twin lanes sharing one label). */
  also?: readonly string[];
}

/** The band with its sampled centre line. */
export function prepared<T extends LabelBand>(band: T): T & { line: Polyline } {
  return band.line ? (band as T & { line: Polyline }) : { ...band, line: polyline(band.curve, 24) };
}

export interface LabelRequest extends LabelBand {
  lines: string[];
  /** A label may sit inside the band when the band is solid or hollow and wide enough. */
  insideAllowed: boolean;
  /** The side to try first: a direction away from the crowd (e.g. from the drawing's centre). */
  away: Vec;
  /** A quiet flow's label is tried only close by, in its usual words: it may go without. */
  quiet?: boolean;
  /** Where neither the lines nor their narrow setting find room, the amount alone may stand
   *  (see `mayShorten`): tried last. */
  short?: boolean;
}

export interface PlacedLabel {
  box: Box;
  lines: string[];
  /** Drawn inside its band (light text on a solid band). */
  inside: boolean;
}

export interface LabelContext {
  bounds: Box;
  /** Company boxes. */
  nodes: readonly Box[];
  /** Every visible band, the label's own included. */
  bands: readonly LabelBand[];
  /** Boxes already taken (other labels, the annotation). */
  taken: readonly Box[];
  fontSize: number;
}

/** Gap between a label and a company's box, another label or the drawing's edge. */
const GAP = 2;

/** Why a label box breaks the rules, or null when it keeps them all. */
export function labelProblem(request: LabelBand, box: Box, isInside: boolean, context: LabelContext): string | null {
  if (!inside(box, context.bounds)) return 'outside the drawing';
  if (context.nodes.some((node) => overlaps(box, node, GAP))) return "over a company's box";
  if (context.taken.some((other) => overlaps(box, other, GAP))) return 'over another label';
  const own = prepared(request);
  for (const band of context.bands) {
    if (band.id === request.id) continue;
    // A twin lane named by the same label may run beside it, never under it.
    const margin = request.also?.includes(band.id) ? band.width / 2 + 1 : band.width / 2 + GAP;
    if (polylineNearBox(prepared(band).line, box, margin)) return `on the line of ${band.id}`;
  }
  if (isInside) {
    const corners: Vec[] = [
      { x: box.x, y: box.y },
      { x: box.x + box.width, y: box.y },
      { x: box.x, y: box.y + box.height },
      { x: box.x + box.width, y: box.y + box.height }
    ];
    if (corners.some((p) => pointToPolyline(p, own.line) > request.width / 2 - 2)) return 'not inside its band';
    return null;
  }
  // Candidates are built beside their line, so the nearest sampled point is close enough here;
  // the checks in checks.ts measure exactly.
  const fromCentre = own.line.points.reduce((m, p) => Math.min(m, distanceToBox(p, box)), Infinity);
  if (fromCentre < request.width / 2 + 1) return 'on its own line';
  if (fromCentre - request.width / 2 > LABEL_REACH) return `more than ${LABEL_REACH} px from its line`;
  return null;
}

/** How many places are kept per label for trying other orders of placement. */
const MAX_PLACES = 8;

/** Where along the band labels are tried: the middle first. */
const STOPS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82];
/** Gaps between band edge and label tried, nearest first; all within LABEL_REACH. */
const RINGS = [3, 9, 17];

/** The places to try for a label, nearest first; made one at a time, since most labels take
 *  the first few and the rest need not be computed. */
function* candidates(
  request: LabelRequest,
  size: { width: number; height: number },
  compact: { width: number; height: number }
): Generator<{ box: Box; inside: boolean; compact?: boolean }> {
  if (request.insideAllowed && request.width >= size.height + 6)
    for (const t of STOPS.slice(0, 5)) yield { box: boxAround(pointAt(request.curve, t), size), inside: true };
  // Inside a band too narrow for both lines, the amount alone: the band's own fill already
  // says how sure it is.
  if (request.insideAllowed && request.width >= compact.height + 6)
    for (const t of STOPS.slice(0, 5))
      yield { box: boxAround(pointAt(request.curve, t), compact), inside: true, compact: true };
  const stops = request.quiet ? STOPS.slice(0, 5) : STOPS;
  for (const gap of request.quiet ? RINGS.slice(0, 2) : RINGS)
    for (const preferred of [true, false])
      for (const t of stops) {
        const p = pointAt(request.curve, t);
        let n = normalAt(request.curve, t);
        const towardsAway = n.x * request.away.x + n.y * request.away.y >= 0;
        if (towardsAway !== preferred) n = { x: -n.x, y: -n.y };
        const extent = Math.abs(n.x) * (size.width / 2) + Math.abs(n.y) * (size.height / 2);
        const distance = request.width / 2 + gap + extent;
        yield { box: boxAround({ x: p.x + n.x * distance, y: p.y + n.y * distance }, size), inside: false };
      }
}

/**
 * The same words set narrower, for places where the two-line label is too wide: a term and a
 * qualifier each move to a line of their own ("more than" / "$3B" / "paid").
 */
export function narrowLines(lines: readonly string[]): string[] | null {
  const [first, ...rest] = lines;
  if (!first) return null;
  const parts = first
    .replace(/ over /, '\n over ')
    .replace(/^(more than|up to|about) /, '$1\n')
    .split('\n')
    .map((part) => part.trim());
  return parts.length > 1 ? [...parts, ...rest] : null;
}

/**
 * Every place for a label that keeps the rules against what does not move (the drawing's edge,
 * the companies, every band), nearest first. Other labels are checked later, cheaply, so that
 * different orders of placement can be tried.
 */
export function labelPlaces(request: LabelRequest, context: Omit<LabelContext, 'taken'>): PlacedLabel[] {
  const narrow = request.quiet ? null : narrowLines(request.lines);
  const places: PlacedLabel[] = [];
  // The words in full (and set narrower), then, where the request allows, the amount alone
  // (and set narrower): each group with a budget of its own, so the nearest places of the
  // full words cannot crowd out the shorter ones, which may be the only ones left free once
  // other labels are placed.
  const groups = [[request.lines, ...(narrow ? [narrow] : [])]];
  if (request.short && !request.quiet && request.lines.length > 1) {
    const amount = request.lines.slice(0, 1);
    const amountNarrow = narrowLines(amount);
    groups.push([amount, ...(amountNarrow ? [amountNarrow] : [])]);
  }
  for (const settings of groups) placesFor(request, settings, context, places);
  return places;
}

/** Add the places of `settings` (label texts, tried in order) to `places`, up to the budget. */
function placesFor(
  request: LabelRequest,
  settings: readonly string[][],
  context: Omit<LabelContext, 'taken'>,
  places: PlacedLabel[]
): void {
  const pad = (s: { width: number; height: number }) => ({ width: s.width + 4, height: s.height + 2 });
  const fixed = { ...context, taken: [] };
  const budget = places.length + (request.quiet ? 2 : MAX_PLACES);
  for (const lines of settings) {
    const full = pad(textSize(lines, context.fontSize));
    const compact = pad(textSize(lines.slice(0, 1), context.fontSize));
    for (const candidate of candidates({ ...request, lines }, full, compact)) {
      if (labelProblem(request, candidate.box, candidate.inside, fixed) !== null) continue;
      places.push({
        box: candidate.box,
        lines: candidate.compact ? lines.slice(0, 1) : lines,
        inside: candidate.inside
      });
      // A handful of good places is enough to try other orders; the nearest come first.
      if (places.length >= budget) return;
    }
  }
}

/** Place one label: the first candidate that keeps every rule, or null. */
export function placeLabel(request: LabelRequest, context: LabelContext): PlacedLabel | null {
  const free = (box: Box) => !context.taken.some((other) => overlaps(box, other, GAP));
  return labelPlaces(request, context).find((place) => free(place.box)) ?? null;
}

function placeInOrder(
  order: readonly { id: string; places: PlacedLabel[] }[],
  taken0: readonly Box[]
): Map<string, PlacedLabel> {
  const placed = new Map<string, PlacedLabel>();
  const taken = [...taken0];
  for (const { id, places } of order) {
    const place = places.find((p) => !taken.some((other) => overlaps(p.box, other, GAP)));
    if (!place) continue;
    placed.set(id, place);
    taken.push(place.box);
  }
  return placed;
}

/**
 * Place labels in the given order; each placed label becomes an obstacle for the next. Where
 * a label finds no place, the ones it lost to may have had other places: it is tried first
 * instead, a few times, and the order that places the most labels wins.
 */
export function placeLabels(requests: readonly LabelRequest[], context: LabelContext): Map<string, PlacedLabel> {
  const bands = context.bands.map(prepared);
  const options = requests.map((request) => ({
    id: request.id,
    places: labelPlaces(prepared(request), { ...context, bands })
  }));
  let order = options;
  let best = placeInOrder(order, context.taken);
  for (let attempt = 0; attempt < 4 && best.size < options.length; attempt++) {
    order = [...order.filter((o) => !best.has(o.id)), ...order.filter((o) => best.has(o.id))];
    const next = placeInOrder(order, context.taken);
    if (next.size > best.size) best = next;
  }
  return best;
}
