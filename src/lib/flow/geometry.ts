// Plane geometry for the diagram: quadratic Bézier links, their lengths, and label boxes.
// Links are quadratic curves because a single control point is enough to bow a link to one
// side (which is what separates the two directions of a pair) and because its points,
// tangents and sub-curves have closed forms, so the particles need no DOM measurement.
import { pathRound } from 'd3-path';

export interface Vec {
  x: number;
  y: number;
}

/** A quadratic Bézier curve from (x0, y0) to (x1, y1) pulled towards (cx, cy). */
export interface Curve {
  x0: number;
  y0: number;
  cx: number;
  cy: number;
  x1: number;
  y1: number;
}

/** An axis-aligned box: top-left corner, width and height, in px. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function pointAt(c: Curve, s: number): Vec {
  const a = (1 - s) * (1 - s);
  const b = 2 * (1 - s) * s;
  const d = s * s;
  return { x: a * c.x0 + b * c.cx + d * c.x1, y: a * c.y0 + b * c.cy + d * c.y1 };
}

/** Unit tangent at parameter s (direction of travel). */
export function tangentAt(c: Curve, s: number): Vec {
  const dx = 2 * (1 - s) * (c.cx - c.x0) + 2 * s * (c.x1 - c.cx);
  const dy = 2 * (1 - s) * (c.cy - c.y0) + 2 * s * (c.y1 - c.cy);
  const length = Math.hypot(dx, dy) || 1;
  return { x: dx / length, y: dy / length };
}

/** The part of the curve from parameter 0 to s, itself a quadratic curve (de Casteljau). */
export function curveUntil(c: Curve, s: number): Curve {
  const end = pointAt(c, s);
  return {
    x0: c.x0,
    y0: c.y0,
    cx: c.x0 + s * (c.cx - c.x0),
    cy: c.y0 + s * (c.cy - c.y0),
    x1: end.x,
    y1: end.y
  };
}

/** The SVG path of a curve, rounded to 0.1 px to keep the markup (and exports) small. */
export function curvePath(c: Curve): string {
  const p = pathRound(1);
  p.moveTo(c.x0, c.y0);
  p.quadraticCurveTo(c.cx, c.cy, c.x1, c.y1);
  return p.toString();
}

/** Points sampled along a curve with their cumulative lengths, for walking it at a given speed. */
export interface ArcTable {
  xs: number[];
  ys: number[];
  /** Cumulative length at each sample; the last entry is the curve's length. */
  lengths: number[];
  length: number;
}

export function arcTable(c: Curve, samples = 32): ArcTable {
  const xs: number[] = [];
  const ys: number[] = [];
  const lengths: number[] = [];
  let total = 0;
  for (let i = 0; i <= samples; i++) {
    const p = pointAt(c, i / samples);
    if (i > 0) total += Math.hypot(p.x - xs[i - 1]!, p.y - ys[i - 1]!);
    xs.push(p.x);
    ys.push(p.y);
    lengths.push(total);
  }
  return { xs, ys, lengths, length: total };
}

/** The point at a distance along the sampled curve (clamped to its ends). */
export function pointAtLength(table: ArcTable, distance: number): Vec {
  const { xs, ys, lengths } = table;
  const last = lengths.length - 1;
  if (distance <= 0) return { x: xs[0]!, y: ys[0]! };
  if (distance >= table.length) return { x: xs[last]!, y: ys[last]! };
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (lengths[mid]! < distance) lo = mid;
    else hi = mid;
  }
  const span = lengths[hi]! - lengths[lo]! || 1;
  const f = (distance - lengths[lo]!) / span;
  return { x: xs[lo]! + f * (xs[hi]! - xs[lo]!), y: ys[lo]! + f * (ys[hi]! - ys[lo]!) };
}

/** The parameter s at which the remaining length to the curve's end is `fromEnd`. */
export function parameterFromEnd(table: ArcTable, fromEnd: number): number {
  const target = table.length - fromEnd;
  const { lengths } = table;
  const n = lengths.length - 1;
  if (target <= 0) return 0;
  for (let i = 1; i <= n; i++) {
    if (lengths[i]! >= target) {
      const span = lengths[i]! - lengths[i - 1]! || 1;
      return (i - 1 + (target - lengths[i - 1]!) / span) / n;
    }
  }
  return 1;
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap
  );
}

export function inside(box: Box, bounds: Box): boolean {
  return (
    box.x >= bounds.x &&
    box.y >= bounds.y &&
    box.x + box.width <= bounds.x + bounds.width &&
    box.y + box.height <= bounds.y + bounds.height
  );
}

/** Move a box the least distance that puts it inside the bounds (if it fits at all). */
export function clampInside(box: Box, bounds: Box): Box {
  const x = Math.min(Math.max(box.x, bounds.x), bounds.x + bounds.width - box.width);
  const y = Math.min(Math.max(box.y, bounds.y), bounds.y + bounds.height - box.height);
  return { ...box, x: Math.max(bounds.x, x), y: Math.max(bounds.y, y) };
}

/**
 * Text is measured approximately, as characters × font size × 0.66, lines × 1.2 font size.
 * 0.66 rather than the usual 0.6: the bold node labels in the wide sans-serif fonts that
 * Linux and Android fall back to measure about that, and an estimate short of the real width
 * lets a flow's label touch a company's name.
 */
export const CHAR_WIDTH = 0.66;
export const LINE_HEIGHT = 1.2;

export function textSize(lines: readonly string[], fontSize: number): { width: number; height: number } {
  const chars = Math.max(0, ...lines.map((line) => line.length));
  return { width: chars * fontSize * CHAR_WIDTH, height: lines.length * fontSize * LINE_HEIGHT };
}

/** Baseline of the first line of text whose box starts at `top` (see LINE_HEIGHT). */
export function firstBaseline(top: number, fontSize: number): number {
  return top + fontSize * 0.95;
}
