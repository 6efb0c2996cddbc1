// Transitions between two layouts of the diagram, for svelte/motion's Tween. Every number that
// places or weighs a mark is interpolated (box positions and sizes, curves, widths,
// opacities), and what is derived from them (the stroked band, the arrowhead, the dashes) is
// derived again from the interpolated values, so a frame is always a consistent drawing.
// Labels do not fly: one that stays put stays, one that moves or appears fades in over the
// second half. A jump across several steps interpolates from what is on screen straight to the
// target: there is never a queue of scenes.
import { interpolateNumber } from 'd3-interpolate';
import { bandGeometry } from './arrows';
import { dashArray, openEdge } from './encoding';
import type { Box, Cubic } from './geometry';
import type { FlowLayout, LinkLayout, NodeLayout } from './layout';

/** Duration of a scene change, ms (zero under reduced motion). */
export const TRANSITION_MS = 500;

/** Cubic ease in and out: gentle start and end, as most newsroom graphics use. */
export function easeCubicInOut(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
}

function lerp(a: number, b: number): (t: number) => number {
  return a === b ? () => b : interpolateNumber(a, b);
}

const CURVE_KEYS = ['x0', 'y0', 'x1', 'y1', 'x2', 'y2', 'x3', 'y3'] as const;

function lerpCurve(a: Cubic, b: Cubic): (t: number) => Cubic {
  const fns = CURVE_KEYS.map((key) => lerp(a[key], b[key]));
  return (t) => Object.fromEntries(CURVE_KEYS.map((key, i) => [key, fns[i]!(t)])) as unknown as Cubic;
}

function lerpBox(a: Box, b: Box): (t: number) => Box {
  const x = lerp(a.x, b.x);
  const y = lerp(a.y, b.y);
  const width = lerp(a.width, b.width);
  const height = lerp(a.height, b.height);
  return (t) => ({ x: x(t), y: y(t), width: width(t), height: height(t) });
}

function sameBox(a: Box | undefined, b: Box | undefined): boolean {
  return !!a && !!b && Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1;
}

/** Opacity of a label that fades in over the second half of a transition. */
function fadeIn(t: number): number {
  return Math.max(0, Math.min(1, (t - 0.5) * 2));
}

/** Same place, size and opacity: nothing to interpolate. */
function sameNode(a: NodeLayout, b: NodeLayout): boolean {
  return (
    a.opacity === b.opacity &&
    a.box.x === b.box.x &&
    a.box.y === b.box.y &&
    a.box.width === b.box.width &&
    a.box.height === b.box.height
  );
}

function sameLink(a: LinkLayout, b: LinkLayout): boolean {
  return (
    a.width === b.width &&
    a.opacity === b.opacity &&
    a.labelOpacity === b.labelOpacity &&
    a.label?.x === b.label?.x &&
    a.label?.y === b.label?.y &&
    CURVE_KEYS.every((key) => a.full[key] === b.full[key])
  );
}

// A mark that does not change (hidden before and after, or drawn the same) is the target itself
// in every frame, not a copy: a frame then does no work for it, and the drawing's keyed blocks
// skip it. Most of the story's flows are hidden at any one step.
function interpolateNode(a: NodeLayout | undefined, b: NodeLayout): (t: number) => NodeLayout {
  if ((a ? !a.visible : true) && !b.visible) return () => b;
  if (a && a.visible && b.visible && sameNode(a, b)) return () => b;
  const from = a && a.visible ? a : { ...b, opacity: 0 };
  const box = lerpBox(from.box, b.box);
  const opacity = lerp(from.opacity, b.opacity);
  const labelOffset = b.labelY - b.y;
  return (t) => {
    const current = box(t);
    const y = current.y + current.height / 2;
    return { ...b, box: current, x: current.x + current.width / 2, y, labelY: y + labelOffset, opacity: opacity(t) };
  };
}

function interpolateLink(a: LinkLayout | undefined, b: LinkLayout): (t: number) => LinkLayout {
  if ((a ? !a.visible : true) && !b.visible) return () => b;
  if (a && a.visible && b.visible && sameLink(a, b)) return () => b;
  // A band that appears grows from nothing where it will be; one that leaves thins out where
  // it was.
  const from = a && a.visible ? a : { ...b, width: 0, opacity: 0 };
  const to = b.visible ? b : { ...b, full: from.full, width: 0 };
  const full = lerpCurve(from.full, to.full);
  const width = lerp(from.width, to.width);
  const opacity = lerp(from.opacity, b.opacity);
  const labelStays = sameBox(a?.label?.box, b.label?.box);
  return (t) => {
    const w = width(t);
    const curve = full(t);
    const band = bandGeometry(curve, w);
    return {
      ...b,
      full: curve,
      curve: band.curve,
      d: band.d,
      arrow: band.arrow,
      width: w,
      inner: b.treatment === 'open' ? Math.max(0, w - 2 * openEdge(w)) : 0,
      dash: dashArray(b.treatment, w),
      opacity: opacity(t),
      labelOpacity: b.label ? (labelStays ? 1 : fadeIn(t)) : 0
    };
  };
}

/**
 * Interpolator from layout `a` to layout `b`, for t in [0, 1]; at t = 1 it returns `b` itself.
 * Marks are matched by id; marks only in `b` fade and grow in, marks only in `a` are dropped.
 */
export function interpolateLayout(a: FlowLayout, b: FlowLayout): (t: number) => FlowLayout {
  // A new width is a new drawing (a resize): no tween. A new height (the key under the drawing
  // grew or shrank by a line) is tweened like any other change.
  if (a.width !== b.width) return () => b;
  const nodesA = new Map(a.nodes.map((n) => [n.id, n]));
  const linksA = new Map(a.links.map((l) => [l.id, l]));
  const nodes = b.nodes.map((n) => interpolateNode(nodesA.get(n.id), n));
  const links = b.links.map((l) => interpolateLink(linksA.get(l.id), l));
  const annotationStays = sameBox(a.annotation?.box, b.annotation?.box);
  return (t) => {
    if (t >= 1) return b;
    return {
      ...b,
      nodes: nodes.map((f) => f(t)),
      links: links.map((f) => f(t)),
      annotationOpacity: b.annotation ? (annotationStays ? 1 : fadeIn(t)) : 0
    };
  };
}
