// Arrowheads: every band ends in one, its tip on the edge of the receiving company's box, so
// the direction of the money reads in a still picture, in print and with motion turned off.
import { cubicPath, round1, samplePoints, tangentAt, type Cubic } from './geometry';

/** How far an arrowhead reaches beyond each edge of its band. */
export function arrowMargin(width: number): number {
  return Math.min(8, Math.max(3, width * 0.22));
}

/** Length of the arrowhead along the band. */
export function arrowLength(width: number): number {
  return Math.min(26, Math.max(8, width * 0.45 + 6));
}

/** The part of the curve from its start to parameter t (de Casteljau). */
export function cubicUntil(c: Cubic, t: number): Cubic {
  const lerp = (a: number, b: number) => a + (b - a) * t;
  const ax = lerp(c.x0, c.x1);
  const ay = lerp(c.y0, c.y1);
  const bx = lerp(c.x1, c.x2);
  const by = lerp(c.y1, c.y2);
  const cx = lerp(c.x2, c.x3);
  const cy = lerp(c.y2, c.y3);
  const dx = lerp(ax, bx);
  const dy = lerp(ay, by);
  const end = { x: lerp(dx, lerp(bx, cx)), y: lerp(dy, lerp(by, cy)) };
  return { x0: c.x0, y0: c.y0, x1: ax, y1: ay, x2: dx, y2: dy, x3: end.x, y3: end.y };
}

/** The parameter at which `fromEnd` px of the curve's length remain. */
export function parameterFromEnd(c: Cubic, fromEnd: number, samples = 48): number {
  const points = samplePoints(c, samples);
  const lengths = [0];
  for (let i = 1; i < points.length; i++)
    lengths.push(lengths[i - 1]! + Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y));
  const total = lengths.at(-1)!;
  const target = total - fromEnd;
  if (target <= 0) return 0;
  for (let i = 1; i < lengths.length; i++)
    if (lengths[i]! >= target) {
      const span = lengths[i]! - lengths[i - 1]! || 1;
      return (i - 1 + (target - lengths[i - 1]!) / span) / samples;
    }
  return 1;
}

export interface Arrow {
  /** The tip, on the edge of the receiving box. */
  x: number;
  y: number;
  /** The triangle as SVG polygon points. */
  points: string;
}

export interface Band {
  /** The stroked part of the curve: up to where the arrowhead begins. */
  curve: Cubic;
  d: string;
  arrow: Arrow;
}

/**
 * The band and arrowhead of a full curve at a width. The band stops a little inside the
 * arrowhead's base so no seam shows between them. Shared with the transitions, so every frame
 * of an animation is a consistent drawing.
 */
export function bandGeometry(full: Cubic, width: number): Band {
  const length = arrowLength(width);
  const half = width / 2 + arrowMargin(width);
  const curve = cubicUntil(full, parameterFromEnd(full, length * 0.85));
  const dir = tangentAt(full, 1);
  const tip = { x: full.x3, y: full.y3 };
  const base = { x: tip.x - dir.x * length, y: tip.y - dir.y * length };
  const points = [
    [tip.x, tip.y],
    [base.x - dir.y * half, base.y + dir.x * half],
    [base.x + dir.y * half, base.y - dir.x * half]
  ]
    .map(([x, y]) => `${round1(x!)},${round1(y!)}`)
    .join(' ');
  return { curve, d: cubicPath(curve), arrow: { x: tip.x, y: tip.y, points } };
}
