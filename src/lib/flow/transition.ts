// Transitions between two layouts of the diagram: every number that places or weighs a mark
// is interpolated (positions, curves, widths, opacities), and what is derived from them (path,
// arrowhead, dashes) is derived again from the interpolated values, so a frame is always a
// consistent drawing. A jump across several steps interpolates from what is on screen straight
// to the target: there is never a queue of scenes.
import { interpolateNumber } from 'd3-interpolate';
import type { Curve } from './geometry';
import { glyphSize, linkGeometry, type FlowLayout, type LinkLayout, type NodeLayout } from './layout';
import { dashArray, glyphPath, KIND_STYLES, stripeWidth } from './scales';

/** Duration of a scene change, ms (zero under reduced motion). */
export const TRANSITION_MS = 500;

/** Cubic ease in and out: gentle start and end, as most newsroom graphics use. */
export function easeCubicInOut(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
}

function lerp(a: number, b: number): (t: number) => number {
  return a === b ? () => b : interpolateNumber(a, b);
}

function lerpCurve(a: Curve, b: Curve): (t: number) => Curve {
  const keys = ['x0', 'y0', 'cx', 'cy', 'x1', 'y1'] as const;
  const fns = keys.map((key) => lerp(a[key], b[key]));
  return (t) => {
    const [x0, y0, cx, cy, x1, y1] = fns.map((f) => f(t)) as [number, number, number, number, number, number];
    return { x0, y0, cx, cy, x1, y1 };
  };
}

function interpolateNode(a: NodeLayout | undefined, b: NodeLayout): (t: number) => NodeLayout {
  const from = a ?? { ...b, opacity: 0, labelOpacity: 0 };
  const x = lerp(from.x, b.x);
  const y = lerp(from.y, b.y);
  const r = lerp(from.r, b.r);
  const opacity = lerp(from.opacity, b.opacity);
  const labelX = lerp(from.visible ? from.labelX : b.labelX, b.labelX);
  const labelY = lerp(from.visible ? from.labelY : b.labelY, b.labelY);
  const labelOpacity = lerp(from.labelOpacity, b.labelOpacity);
  return (t) => ({
    ...b,
    x: x(t),
    y: y(t),
    r: r(t),
    opacity: opacity(t),
    labelX: labelX(t),
    labelY: labelY(t),
    labelOpacity: labelOpacity(t)
  });
}

function interpolateLink(a: LinkLayout | undefined, b: LinkLayout): (t: number) => LinkLayout {
  // A link that appears grows from zero width where it will be; one that leaves thins out.
  const from = a && a.visible ? a : { ...b, width: 0, opacity: 0, labelOpacity: 0 };
  const to = b.visible ? b : { ...b, full: from.full, width: 0 };
  const full = lerpCurve(from.full, to.full);
  const width = lerp(from.width, to.width);
  const opacity = lerp(from.opacity, b.opacity);
  const labelX = lerp(from.labelVisible ? from.labelX : b.labelX, b.labelX);
  const labelY = lerp(from.labelVisible ? from.labelY : b.labelY, b.labelY);
  const labelOpacity = lerp(from.labelOpacity, b.labelOpacity);
  return (t) => {
    const w = width(t);
    const curve = full(t);
    const geometry = linkGeometry(curve, w);
    return {
      ...b,
      full: curve,
      curve: geometry.curve,
      d: geometry.d,
      width: w,
      dash: dashArray(b.flow.status, w),
      stripe: stripeWidth(b.flow.kind, w),
      glyph: { ...geometry.glyphAt, d: glyphPath(KIND_STYLES[b.flow.kind].glyph, glyphSize(w)) },
      arrow: geometry.arrow,
      opacity: opacity(t),
      labelX: labelX(t),
      labelY: labelY(t),
      labelOpacity: labelOpacity(t)
    };
  };
}

/**
 * Interpolator from layout `a` to layout `b`, for t in [0, 1]; at t = 1 it returns `b` itself.
 * Marks are matched by id; marks only in `b` fade and grow in, marks only in `a` are dropped.
 */
export function interpolateLayout(a: FlowLayout, b: FlowLayout): (t: number) => FlowLayout {
  const nodesA = new Map(a.nodes.map((n) => [n.id, n]));
  const linksA = new Map(a.links.map((l) => [l.id, l]));
  const nodes = b.nodes.map((n) => interpolateNode(nodesA.get(n.id), n));
  const links = b.links.map((l) => interpolateLink(linksA.get(l.id), l));
  return (t) => {
    if (t >= 1) return b;
    return { ...b, nodes: nodes.map((f) => f(t)), links: links.map((f) => f(t)) };
  };
}
