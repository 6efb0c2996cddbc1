// Curves: the centre line of each band, from the port where it leaves one company's box to the
// port where it reaches the other's. Each end leaves straight out of its side (the control
// points lie on the side's normal), so lanes that are parallel at the ports stay parallel.
// Loops (the round trip) rise over, or dip under, the pair by a height chosen to keep clear of
// the other companies and of the drawing's edge.
import { curveToBox, curveToCurve, grow, samplePoints, type Box, type Cubic } from './geometry';
import { NORMALS, type Port, type Route } from './lanes';

/**
 * A curve between two ports that leaves and enters each side along its normal. `shift` is the
 * lane's offset from the middle of its bundle, across the direction of travel: where the bundle
 * must bend sideways (an S), a lane on the inside of the first bend turns earlier and one on the
 * outside later, as the strands of a cable do, so the lanes stay apart through the bends.
 */
export function facingCurve(from: Port, to: Port, shift = 0): Cubic {
  const n0 = NORMALS[from.side];
  const n3 = NORMALS[to.side];
  const vertical = n0.x === 0;
  const along = Math.abs(vertical ? to.y - from.y : to.x - from.x);
  const sideways = vertical ? to.x - from.x : to.y - from.y;
  const base = Math.max(14, along * 0.5);
  const turn = Math.sign(sideways) * shift;
  const reach0 = Math.max(6, base - turn);
  const reach3 = Math.max(6, base + turn);
  return {
    x0: from.x,
    y0: from.y,
    x1: from.x + n0.x * reach0,
    y1: from.y + n0.y * reach0,
    x2: to.x + n3.x * reach3,
    y2: to.y + n3.y * reach3,
    x3: to.x,
    y3: to.y
  };
}

/** The same curve, travelled the other way. */
export function reverse(c: Cubic): Cubic {
  return { x0: c.x3, y0: c.y3, x1: c.x2, y1: c.y2, x2: c.x1, y2: c.y1, x3: c.x0, y3: c.y0 };
}

/**
 * A loop from one port to the other that rises (over) or dips (under) `height` px beyond the
 * ports. A cubic whose control points sit 4/3 of the height out reaches the height itself
 * at its middle.
 */
export function loopCurve(from: Port, to: Port, way: 'over' | 'under', height: number): Cubic {
  const sign = way === 'over' ? -1 : 1;
  const reach = (4 / 3) * height;
  const base = way === 'over' ? Math.min(from.y, to.y) : Math.max(from.y, to.y);
  return {
    x0: from.x,
    y0: from.y,
    x1: from.x,
    y1: base + sign * reach,
    x2: to.x,
    y2: base + sign * reach,
    x3: to.x,
    y3: to.y
  };
}

export interface CurveInput {
  route: Route;
  width: number;
  /** Companies at the two ends (excluded from the clearance check). */
  ends: readonly [string, string];
}

export interface CurveOptions {
  /** The drawing's bounds; loops stay inside with room for their labels. */
  bounds: Box;
  /** Boxes of every company drawn, by id. */
  boxes: ReadonlyMap<string, Box>;
  /** Room a loop keeps beyond its outer edge, for its label. */
  labelRoom: number;
  /** Distance kept from other companies' boxes. */
  clearance: number;
}

/** How strongly a bundle's lanes bend apart in an S, tried in turn (1: as a cable does). */
const BEND_FACTORS = [1, 1.6, 2.4, 0.6, 3.2, 0];

/** The smallest gap between the strokes of any two lanes of a bundle, px. */
function narrowestGap(curves: ReadonlyMap<string, Cubic>, widths: ReadonlyMap<string, number>): number {
  const entries = [...curves];
  let gap = Infinity;
  for (let i = 0; i < entries.length; i++)
    for (let j = i + 1; j < entries.length; j++) {
      const [a, ca] = entries[i]!;
      const [b, cb] = entries[j]!;
      gap = Math.min(gap, curveToCurve(ca, cb, 24) - (widths.get(a) ?? 0) / 2 - (widths.get(b) ?? 0) / 2);
    }
  return gap;
}

/** How much higher each outer lane of a loop rises, per px of its distance from the innermost. */
const LOOP_SPREADS = [1, 1.4, 1.9, 2.6];

/** Shares of the pair's distance tried as loop heights, tallest first. */
const LOOP_HEIGHTS = [0.36, 0.31, 0.26, 0.22, 0.18, 0.14, 0.1, 0.07, 0.04];

function loopFits(
  curve: Cubic,
  width: number,
  way: 'over' | 'under',
  ends: readonly string[],
  options: CurveOptions
): boolean {
  const { bounds, boxes, labelRoom, clearance } = options;
  const extreme = samplePoints(curve, 24).reduce(
    (m, p) => (way === 'over' ? Math.min(m, p.y) : Math.max(m, p.y)),
    way === 'over' ? Infinity : -Infinity
  );
  const edge = way === 'over' ? extreme - width / 2 - labelRoom : extreme + width / 2 + labelRoom;
  if (edge < bounds.y || edge > bounds.y + bounds.height) return false;
  for (const [id, box] of boxes)
    if (!ends.includes(id) && curveToBox(curve, grow(box, clearance + width / 2), 32) === 0) return false;
  return true;
}

/**
 * The full centre line of every band (port to port; the arrowhead is cut off later). Loop
 * groups get one base height each, the tallest that fits for their outermost lane with the lanes
 * apart (or, where none does, the fitting one whose lanes stay furthest apart); every lane adds
 * its distance from the innermost one, so the lanes of a loop are concentric.
 */
export function buildCurves(inputs: readonly CurveInput[], options: CurveOptions): Map<string, Cubic> {
  const curves = new Map<string, Cubic>();
  const groups = new Map<string, CurveInput[]>();
  // Bundles: the lanes between the same two sides of the same two companies.
  const bundles = new Map<string, Route[]>();
  const bundleKey = (r: Route, ends: readonly string[]) => {
    const sides = ends[0]! < ends[1]! ? [r.from.side, r.to.side] : [r.to.side, r.from.side];
    return `${[...ends].sort().join('|')}|${sides.join('|')}`;
  };
  for (const { route, ends } of inputs)
    if (!route.loop) bundles.set(bundleKey(route, ends), [...(bundles.get(bundleKey(route, ends)) ?? []), route]);
  // Every lane of a bundle is shaped from the same end (the first company's), so that lanes
  // going either way bend alike; a lane running the other way is that curve reversed.
  const canonical = (route: Route, ends: readonly string[]) =>
    ends[0]! < ends[1]!
      ? { start: route.from, end: route.to, reversed: false }
      : { start: route.to, end: route.from, reversed: true };
  const widths = new Map(inputs.map((i) => [i.route.flowId, i.width]));
  const bundleCurves = new Map<string, Map<string, Cubic>>();
  const endsOf = new Map(inputs.map((i) => [i.route, i.ends]));
  for (const [key, routes] of bundles) {
    // Each lane by its own ends: a lane running the other way is shaped from the same end.
    const lanes = routes.map((r) => ({ route: r, ...canonical(r, endsOf.get(r)!) }));
    const vertical = lanes[0]!.start.side === 'top' || lanes[0]!.start.side === 'bottom';
    const across = (p: { x: number; y: number }) => (vertical ? p.x : p.y);
    const middle = lanes.reduce((s, l) => s + across(l.start), 0) / lanes.length;
    const shape = (k: number) =>
      new Map(
        lanes.map((l) => {
          const curve = facingCurve(l.start, l.end, k * (across(l.start) - middle));
          return [l.route.flowId, l.reversed ? reverse(curve) : curve] as const;
        })
      );
    // How much the lanes bend apart: the first of these that keeps every pair apart wins.
    let best = shape(1);
    if (lanes.length > 1) {
      let bestGap = -Infinity;
      for (const k of BEND_FACTORS) {
        const candidate = shape(k);
        const gap = narrowestGap(candidate, widths);
        if (gap > bestGap) [best, bestGap] = [candidate, gap];
        if (gap >= 2) break;
      }
    }
    bundleCurves.set(key, best);
  }
  for (const input of inputs) {
    const { route } = input;
    if (!route.loop) {
      curves.set(route.flowId, bundleCurves.get(bundleKey(route, input.ends))!.get(route.flowId)!);
      continue;
    }
    const key = `${[...input.ends].sort().join('|')}|${route.loop.way}`;
    const list = groups.get(key) ?? [];
    list.push(input);
    groups.set(key, list);
  }
  for (const list of groups.values()) {
    const way = list[0]!.route.loop!.way;
    // Concentric lanes: each rises its distance from the innermost lane higher, times a
    // spread that grows where the loop is flat and the lanes would crowd on its shoulders.
    const shape = (base: number, spread: number) =>
      new Map(
        list.map(({ route }) => [route.flowId, loopCurve(route.from, route.to, way, base + spread * route.loop!.rank)])
      );
    const outer = list.reduce((a, b) => (b.route.loop!.rank + b.width / 2 > a.route.loop!.rank + a.width / 2 ? b : a));
    const span = Math.abs(outer.route.to.x - outer.route.from.x);
    // The first shape that fits with its lanes apart; failing that (a short drawing), the fitting
    // shape whose lanes stay furthest apart on their shoulders; failing that, the lowest loop
    // with each outer lane rising a third further than its distance from the innermost (at a
    // spread of 1 they touch on the shoulders; any higher and the outer lane leaves the drawing
    // sooner, with its label).
    let chosen = shape(LOOP_HEIGHTS.at(-1)! * span, 4 / 3);
    let chosenGap = -Infinity;
    let fitted = false;
    search: for (const spread of LOOP_SPREADS)
      for (const share of LOOP_HEIGHTS) {
        const candidate = shape(share * span, spread);
        if (!loopFits(candidate.get(outer.route.flowId)!, outer.width, way, outer.ends, options)) continue;
        const gap = list.length > 1 ? narrowestGap(candidate, widths) : Infinity;
        if (!fitted || gap > chosenGap) [chosen, chosenGap, fitted] = [candidate, gap, true];
        if (gap >= 2) break search;
      }
    for (const [id, curve] of chosen) curves.set(id, curve);
  }
  return curves;
}
