// Lanes: which side of each company's box a band leaves or reaches, and where along that side.
// Every band gets its own stretch of the side, with a gap to its neighbours, so that flows
// between the same two companies never touch; a company's box grows to hold the bands that
// meet it (a $250B band needs a wide box).
//
// Sides follow the geometry: companies side by side are joined left-right, one above the
// other top-bottom. The one exception is the round trip: a pair with money going both ways
// on the same row is drawn as a loop, out over the top and back underneath, so the circle the
// story describes is the shape on the page, and the two directions can never be confused.
import type { Flow } from '$lib/content/types';
import type { Vec } from './geometry';

export type Side = 'top' | 'bottom' | 'left' | 'right';

/** Outward unit normal of each side. */
export const NORMALS: Record<Side, Vec> = {
  top: { x: 0, y: -1 },
  bottom: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 }
};

export interface Port {
  side: Side;
  x: number;
  y: number;
}

/** A band in a loop: which way round, and how far out from the innermost lane of its group. */
export interface LoopLane {
  way: 'over' | 'under';
  /** Distance of this lane's centre from the innermost lane's centre, px. */
  rank: number;
}

export interface Route {
  flowId: string;
  from: Port;
  to: Port;
  loop: LoopLane | null;
}

export interface LaneInput {
  flow: Flow;
  width: number;
  /** Half the extra width of the arrowhead beyond the band, at the arriving end. */
  arrowMargin: number;
}

export interface NodeInput {
  id: string;
  x: number;
  y: number;
  /** The box the label needs. */
  minWidth: number;
  minHeight: number;
  /** Whether the company sits on the drawing's top or bottom edge, or between them. */
  row: 'top' | 'middle' | 'bottom';
  /** The box's size as far as it is known (the label's, or an earlier pass's). */
  width: number;
  height: number;
}

export interface NodeBox {
  id: string;
  /** Centre. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaneOptions {
  laneGap: number;
  groupGap: number;
  /**
   * Gap between the two directions of a pair joined side to side (left and right): room for a
   * label between them, so money going one way and money coming back read as two flows, each
   * with its words. (Labels are wider than tall, so lanes running up and down get no such gap.)
   */
  directionGap: number;
  /** Room at the ends of a side, beyond the outermost bands. */
  pad: number;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Pairs drawn as loops: money goes both ways between them somewhere in the story. */
export function loopPairs(flows: readonly Flow[]): Set<string> {
  const directions = new Map<string, Set<string>>();
  for (const flow of flows) {
    const key = pairKey(flow.from, flow.to);
    const set = directions.get(key) ?? new Set<string>();
    set.add(flow.from);
    directions.set(key, set);
  }
  return new Set([...directions].filter(([, from]) => from.size === 2).map(([key]) => key));
}

interface End {
  flowId: string;
  node: string;
  side: Side;
  role: 'from' | 'to';
  width: number;
  /** Extra room the arrowhead takes on each side of the band at an arriving end. */
  margin: number;
  /** Sort key along the side: the position of the other company, then the lane order. */
  along: number;
  order: number;
  group: string;
  pair: string;
  loop: boolean;
}

/** Same row: closer in height than this share of their horizontal distance. */
const SAME_ROW = 0.25;

function sidesFor(a: NodeInput, b: NodeInput, loop: boolean): { from: Side; to: Side; way: 'over' | 'under' | null } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  // A loop needs room above and below the pair: only a pair on a middle row loops.
  const middle = a.row === 'middle' && b.row === 'middle';
  if (loop && middle && Math.abs(dy) <= Math.abs(dx) * SAME_ROW) {
    // Clockwise: rightward money goes over the top, leftward money comes back underneath.
    return dx > 0 ? { from: 'top', to: 'top', way: 'over' } : { from: 'bottom', to: 'bottom', way: 'under' };
  }
  // Join the sides with the wider gap between the two boxes: lanes between boxes that are
  // nearly level but close would otherwise have to turn too sharply to stay apart.
  const gapX = Math.abs(dx) - (a.width + b.width) / 2;
  const gapY = Math.abs(dy) - (a.height + b.height) / 2;
  if (gapX > gapY) return dx > 0 ? { from: 'right', to: 'left', way: null } : { from: 'left', to: 'right', way: null };
  return dy > 0 ? { from: 'bottom', to: 'top', way: null } : { from: 'top', to: 'bottom', way: null };
}

/**
 * Sides, ports and box sizes for the visible lanes. `nodes` holds every company drawn (at its
 * centre); `lanes` the visible flows in content order with their widths. Pure: the inputs are
 * not changed.
 */
export function assignLanes(
  nodes: readonly NodeInput[],
  lanes: readonly LaneInput[],
  loops: ReadonlySet<string>,
  options: LaneOptions
): { boxes: Map<string, NodeBox>; routes: Map<string, Route> } {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const ends: End[] = [];
  const ways = new Map<string, 'over' | 'under' | null>();
  // Lanes of a pair, numbered per direction in content order: the same numbers at both ends
  // keep them parallel.
  const laneIndex = new Map<string, number>();
  const counters = new Map<string, number>();
  for (const { flow, width, arrowMargin } of lanes) {
    const a = byId.get(flow.from);
    const b = byId.get(flow.to);
    if (!a || !b) continue;
    const key = pairKey(flow.from, flow.to);
    const sides = sidesFor(a, b, loops.has(key));
    ways.set(flow.id, sides.way);
    const group = `${key}|${flow.from}`;
    const index = counters.get(group) ?? 0;
    counters.set(group, index + 1);
    laneIndex.set(flow.id, index);
    const horizontalSide = (side: Side) => side === 'top' || side === 'bottom';
    for (const [role, self, other, side] of [
      ['from', a, b, sides.from],
      ['to', b, a, sides.to]
    ] as const) {
      const along = horizontalSide(side) ? other.x : other.y;
      // Facing lanes run in the same order at both ends. Loop lanes nest: on the company to
      // the left the outer lanes sit further left, on the one to the right further right.
      // Across a pair (one direction against the other) the first direction comes first.
      const direction = flow.from < flow.to ? 0 : 1;
      const nested = sides.way ? (self.x < other.x ? -index : index) : index;
      ends.push({
        flowId: flow.id,
        node: self.id,
        side,
        role,
        width,
        margin: role === 'to' ? arrowMargin : 0,
        along,
        order: direction * 1000 + nested,
        group,
        pair: key,
        loop: sides.way !== null
      });
    }
  }

  const runs = new Map<string, End[]>();
  for (const end of ends) {
    const key = `${end.node}|${end.side}`;
    const list = runs.get(key) ?? [];
    list.push(end);
    runs.set(key, list);
  }
  // Offsets along each side (from its centre) and the length each run needs.
  const offsets = new Map<string, number>();
  const runLength = new Map<string, number>();
  for (const [key, list] of runs) {
    list.sort((p, q) => p.along - q.along || p.order - q.order);
    let cursor = 0;
    const centres: number[] = [];
    list.forEach((end, i) => {
      if (i > 0) {
        const previous = list[i - 1]!;
        cursor +=
          previous.group === end.group
            ? options.laneGap
            : previous.pair === end.pair && !end.loop && (end.side === 'left' || end.side === 'right')
              ? options.directionGap
              : options.groupGap;
        cursor += previous.margin + end.margin;
      }
      centres.push(cursor + end.width / 2 + end.margin);
      cursor += end.width + 2 * end.margin;
    });
    const length = cursor;
    runLength.set(key, length);
    list.forEach((end, i) => offsets.set(`${end.flowId}|${end.role}`, centres[i]! - length / 2));
  }

  const boxes = new Map<string, NodeBox>();
  for (const node of nodes) {
    const run = (side: Side) => (runLength.get(`${node.id}|${side}`) ?? 0) + 2 * options.pad;
    boxes.set(node.id, {
      id: node.id,
      x: node.x,
      y: node.y,
      width: Math.max(node.minWidth, run('top'), run('bottom')),
      height: Math.max(node.minHeight, run('left'), run('right'))
    });
  }

  const port = (end: End): Port => {
    const box = boxes.get(end.node)!;
    const offset = offsets.get(`${end.flowId}|${end.role}`) ?? 0;
    if (end.side === 'top') return { side: 'top', x: box.x + offset, y: box.y - box.height / 2 };
    if (end.side === 'bottom') return { side: 'bottom', x: box.x + offset, y: box.y + box.height / 2 };
    if (end.side === 'left') return { side: 'left', x: box.x - box.width / 2, y: box.y + offset };
    return { side: 'right', x: box.x + box.width / 2, y: box.y + offset };
  };

  const routes = new Map<string, Route>();
  const endsOf = new Map<string, { from?: End; to?: End }>();
  for (const end of ends) {
    const entry = endsOf.get(end.flowId) ?? {};
    entry[end.role] = end;
    endsOf.set(end.flowId, entry);
  }
  // How far each loop lane sits outside the innermost one of its group, at its start.
  const innermost = new Map<string, number>();
  for (const [flowId, { from }] of endsOf)
    if (from && ways.get(flowId) && laneIndex.get(flowId) === 0)
      innermost.set(from.group, offsets.get(`${flowId}|from`)!);
  for (const [flowId, { from, to }] of endsOf) {
    if (!from || !to) continue;
    const way = ways.get(flowId) ?? null;
    const inner = innermost.get(from.group);
    const rank = way && inner !== undefined ? Math.abs(offsets.get(`${flowId}|from`)! - inner) : 0;
    routes.set(flowId, { flowId, from: port(from), to: port(to), loop: way ? { way, rank } : null });
  }
  return { boxes, routes };
}
