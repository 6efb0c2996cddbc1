// Plane geometry for the diagram: cubic Bézier bands, boxes and the distances between them.
// Bands are cubic curves because each end can then leave its company's box straight out of
// the side it is attached to (the control point lies on the side's normal), which is what
// keeps parallel lanes parallel and lets a wide band meet a box edge cleanly.
import { pathRound } from 'd3-path';

export interface Vec {
  x: number;
  y: number;
}

/** A cubic Bézier curve from p0 to p3, pulled towards p1 and p2. */
export interface Cubic {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  x3: number;
  y3: number;
}

/** An axis-aligned box: top-left corner, width and height, in px. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function pointAt(c: Cubic, t: number): Vec {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const d = 3 * u * t * t;
  const e = t * t * t;
  return { x: a * c.x0 + b * c.x1 + d * c.x2 + e * c.x3, y: a * c.y0 + b * c.y1 + d * c.y2 + e * c.y3 };
}

/** Unit tangent at t (the direction of travel); falls back to the chord where it vanishes. */
export function tangentAt(c: Cubic, t: number): Vec {
  const u = 1 - t;
  let dx = 3 * u * u * (c.x1 - c.x0) + 6 * u * t * (c.x2 - c.x1) + 3 * t * t * (c.x3 - c.x2);
  let dy = 3 * u * u * (c.y1 - c.y0) + 6 * u * t * (c.y2 - c.y1) + 3 * t * t * (c.y3 - c.y2);
  if (Math.hypot(dx, dy) < 1e-9) {
    dx = c.x3 - c.x0;
    dy = c.y3 - c.y0;
  }
  const length = Math.hypot(dx, dy) || 1;
  return { x: dx / length, y: dy / length };
}

/** Unit normal at t: the tangent turned a quarter to the left (in screen coordinates). */
export function normalAt(c: Cubic, t: number): Vec {
  const d = tangentAt(c, t);
  return { x: d.y, y: -d.x };
}

/** The SVG path of a curve, rounded to 0.1 px to keep the markup (and exports) small. */
export function cubicPath(c: Cubic): string {
  const p = pathRound(1);
  p.moveTo(c.x0, c.y0);
  p.bezierCurveTo(c.x1, c.y1, c.x2, c.y2, c.x3, c.y3);
  return p.toString();
}

/** `n + 1` points along the curve, evenly in t. */
export function samplePoints(c: Cubic, n: number): Vec[] {
  return Array.from({ length: n + 1 }, (_, i) => pointAt(c, i / n));
}

/** The curve's length, from `samples` chords. */
export function curveLength(c: Cubic, samples = 32): number {
  const points = samplePoints(c, samples);
  let total = 0;
  for (let i = 1; i < points.length; i++)
    total += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
  return total;
}

/** Smallest distance from a point to the curve's centre line, from `samples` chords. */
export function distanceToCurve(p: Vec, c: Cubic, samples = 48): number {
  return distanceToPoints(p, samplePoints(c, samples));
}

/** Smallest distance from a point to the chords joining `points` in turn. */
function distanceToPoints(p: Vec, points: readonly Vec[]): number {
  let best = Infinity;
  for (let i = 1; i < points.length; i++) best = Math.min(best, distanceToSegment(p, points[i - 1]!, points[i]!));
  return best;
}

export function distanceToSegment(p: Vec, a: Vec, b: Vec): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Distance from a point to a box (0 inside it). */
export function distanceToBox(p: Vec, box: Box): number {
  const dx = Math.max(box.x - p.x, 0, p.x - (box.x + box.width));
  const dy = Math.max(box.y - p.y, 0, p.y - (box.y + box.height));
  return Math.hypot(dx, dy);
}

/** Smallest distance from a curve's centre line to a box (0 where it runs through it). */
export function curveToBox(c: Cubic, box: Box, samples = 48): number {
  const points = samplePoints(c, samples);
  let best = Infinity;
  for (const p of points) best = Math.min(best, distanceToBox(p, box));
  // Between samples the curve can cut a corner of a small box; the segments settle that.
  if (best > 0) for (let i = 1; i < points.length; i++) if (segmentHitsBox(points[i - 1]!, points[i]!, box)) return 0;
  return best;
}

function segmentHitsBox(a: Vec, b: Vec, box: Box): boolean {
  // Liang–Barsky clipping: does the segment enter the box at all? (The four edges in turn, with
  // no array of them built per call: this runs tens of thousands of times per layout, and that
  // array showed in the profile.)
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const clip = { t0: 0, t1: 1 };
  return (
    clipEdge(clip, -dx, a.x - box.x) &&
    clipEdge(clip, dx, box.x + box.width - a.x) &&
    clipEdge(clip, -dy, a.y - box.y) &&
    clipEdge(clip, dy, box.y + box.height - a.y)
  );
}

/** One edge of segmentHitsBox's clipping: narrows [t0, t1]; false once nothing is left. */
function clipEdge(clip: { t0: number; t1: number }, p: number, q: number): boolean {
  if (p === 0) return q >= 0;
  const r = q / p;
  if (p < 0) clip.t0 = Math.max(clip.t0, r);
  else clip.t1 = Math.min(clip.t1, r);
  return clip.t0 <= clip.t1;
}

/** Smallest distance between the centre lines of two curves. */
export function curveToCurve(a: Cubic, b: Cubic, samples = 48): number {
  const along = samplePoints(b, samples);
  let best = Infinity;
  for (const p of samplePoints(a, samples)) best = Math.min(best, distanceToPoints(p, along));
  return best;
}

/** A curve as a polyline with its bounding box, for many quick distance checks. */
export interface Polyline {
  points: Vec[];
  bounds: Box;
  /** The bounding boxes of runs of CHUNK segments (the first run starts at points[0]). */
  chunks: Box[];
}

/** Segments per run in a polyline's `chunks`. */
const CHUNK = 6;

function boundsOf(points: readonly Vec[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export function polyline(c: Cubic, samples = 48): Polyline {
  const points = samplePoints(c, samples);
  const chunks: Box[] = [];
  for (let i = 0; i < points.length - 1; i += CHUNK) chunks.push(boundsOf(points.slice(i, i + CHUNK + 1)));
  return { points, bounds: boundsOf(points), chunks };
}

/**
 * Whether a polyline comes within `margin` of a box (touches the box grown by `margin`). Only
 * the runs of segments whose bounds come that near are tested segment by segment: a label is
 * checked against every band, and most bands pass far from it along most of their length.
 */
export function polylineNearBox(line: Polyline, box: Box, margin: number): boolean {
  if (!overlaps(line.bounds, box, margin)) return false;
  const grown = grow(box, margin);
  const { points, chunks } = line;
  for (let c = 0; c < chunks.length; c++) {
    // (A hair of slack: a segment that only grazes the box counts as a hit, as it does below.)
    if (!overlaps(chunks[c]!, grown, 1e-6)) continue;
    const end = Math.min(points.length, (c + 1) * CHUNK + 1);
    for (let i = c * CHUNK + 1; i < end; i++) if (segmentHitsBox(points[i - 1]!, points[i]!, grown)) return true;
  }
  return false;
}

/** Smallest distance from a polyline to a box (0 where it runs through it). */
export function polylineToBox(line: Polyline, box: Box): number {
  const { points } = line;
  let best = Infinity;
  for (let i = 1; i < points.length; i++) {
    if (segmentHitsBox(points[i - 1]!, points[i]!, box)) return 0;
    best = Math.min(best, distanceToBox(points[i]!, box));
  }
  const corners: Vec[] = [
    { x: box.x, y: box.y },
    { x: box.x + box.width, y: box.y },
    { x: box.x, y: box.y + box.height },
    { x: box.x + box.width, y: box.y + box.height }
  ];
  for (let i = 1; i < points.length; i++)
    for (const corner of corners) best = Math.min(best, distanceToSegment(corner, points[i - 1]!, points[i]!));
  return best;
}

/** Smallest distance from a point to a polyline. */
export function pointToPolyline(p: Vec, line: Polyline): number {
  return distanceToPoints(p, line.points);
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap
  );
}

export function inside(box: Box, bounds: Box): boolean {
  return (
    box.x >= bounds.x - 1e-6 &&
    box.y >= bounds.y - 1e-6 &&
    box.x + box.width <= bounds.x + bounds.width + 1e-6 &&
    box.y + box.height <= bounds.y + bounds.height + 1e-6
  );
}

/** A box of `size` centred on a point. */
export function boxAround(centre: Vec, size: { width: number; height: number }): Box {
  return { x: centre.x - size.width / 2, y: centre.y - size.height / 2, width: size.width, height: size.height };
}

export function grow(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

/**
 * Text is measured approximately: characters × font size × CHAR_WIDTH, lines × LINE_HEIGHT ×
 * font size. 0.6 fits the system sans-serif faces at the weights used here (measured in
 * Chromium on Linux, where DejaVu Sans is the widest fallback); the end-to-end tests measure
 * the real boxes, so an estimate that runs short shows up as a failing overlap test.
 */
export const CHAR_WIDTH = 0.6;
export const BOLD_CHAR_WIDTH = 0.66;
export const LINE_HEIGHT = 1.25;

export function textSize(lines: readonly string[], fontSize: number, bold = false): { width: number; height: number } {
  const chars = Math.max(0, ...lines.map((line) => line.length));
  return {
    width: chars * fontSize * (bold ? BOLD_CHAR_WIDTH : CHAR_WIDTH),
    height: lines.length * fontSize * LINE_HEIGHT
  };
}

/** Baseline of the first line of text whose box starts at `top` (see LINE_HEIGHT). */
export function firstBaseline(top: number, fontSize: number): number {
  return top + fontSize * 0.98;
}

/** Break text into lines of at most `maxChars` characters, at spaces. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
