// The money-flow diagram's layout: where each company sits, the curve, width and arrowhead of
// each flow, and where every label goes. It is a pure function of its inputs and never writes
// into them (d3-sankey does both, and cannot draw the cycle that a round trip of money is).
//
// Nodes sit where the content places them (a unit square per arrangement, scaled to the
// drawing). Flows between the same two companies share a "road": each flow gets its own lane,
// one side of the centre line per direction, and all lanes of a pair bow the same way, so they
// run parallel and a round trip (Amazon → OpenAI → Amazon) reads as two lanes of one road.
import type { Company, Flow, Scene } from '$lib/content/types';
import { flowAmount, qualifiedAmount, perYear, usdBillions, yearsShort } from '$lib/format';
import {
  arcTable,
  clampInside,
  curvePath,
  curveUntil,
  firstBaseline,
  inside,
  overlaps,
  parameterFromEnd,
  pointAt,
  tangentAt,
  textSize,
  type Box,
  type Curve,
  type Vec
} from './geometry';
import {
  KIND_STYLES,
  STATUS_STYLES,
  dashArray,
  glyphPath,
  maxLinkWidth,
  storyMaxAmount,
  stripeWidth,
  widthScale
} from './scales';

export type Arrangement = 'wide' | 'narrow';

export interface Size {
  width: number;
  height: number;
}

export interface LayoutOptions {
  /** Largest amount of the whole story; defaults to the largest of `flows`. */
  maxAmount?: number;
  /** Widest stroke in px; defaults to one derived from the size. */
  maxWidth?: number;
  /** Node radius in px. */
  nodeRadius?: number;
  nodeFontSize?: number;
  linkFontSize?: number;
}

export interface NodeLayout {
  id: string;
  company: Company;
  x: number;
  y: number;
  r: number;
  label: string;
  /** CSS colour of the company (token with fallback). */
  color: string;
  /** Centre of the label and baseline of its first line (text-anchor middle). */
  labelX: number;
  labelY: number;
  labelBox: Box;
  /** 1 when the label is drawn; between 0 and 1 during transitions. */
  labelOpacity: number;
  visible: boolean;
  highlighted: boolean;
  /** Shown, but out of focus because the scene highlights something else. */
  faded: boolean;
  opacity: number;
}

export interface ArrowHead {
  /** The tip, on the edge of the target node. */
  x: number;
  y: number;
  /** Direction of travel at the tip, degrees clockwise from the x axis. */
  angle: number;
  /** The triangle as SVG polygon points. */
  points: string;
}

export interface Glyph {
  x: number;
  y: number;
  angle: number;
  /** Path centred on (0, 0); null for kinds drawn without a glyph. */
  d: string | null;
}

export interface LinkLayout {
  id: string;
  flow: Flow;
  from: string;
  to: string;
  /** From the source's edge to the arrow's tip. */
  full: Curve;
  /** The stroked part: `full` cut where the arrowhead starts. */
  curve: Curve;
  /** SVG path of `curve`. */
  d: string;
  width: number;
  /** Lane within the pair: ±1, ±2, …; the sign is the side of the pair's centre line. */
  lane: number;
  /** Signed distance of the lane from the pair's centre line, px. */
  offset: number;
  color: string;
  dash: string | null;
  /** Width of the background stripe that makes a double line; 0 for none. */
  stripe: number;
  glyph: Glyph;
  arrow: ArrowHead;
  labelLines: string[];
  labelText: string;
  labelX: number;
  labelY: number;
  labelBox: Box;
  /** Whether the label found a place; a link without one keeps its details on demand. */
  labelVisible: boolean;
  /** 1 when the label is drawn; between 0 and 1 during transitions. */
  labelOpacity: number;
  visible: boolean;
  highlighted: boolean;
  faded: boolean;
  opacity: number;
}

export interface FlowLayout {
  width: number;
  height: number;
  arrangement: Arrangement;
  nodeFontSize: number;
  linkFontSize: number;
  maxAmount: number;
  maxWidth: number;
  nodes: NodeLayout[];
  links: LinkLayout[];
}

const COMPANY_FALLBACKS: Record<string, string> = {
  amazon: '#b45f06',
  openai: '#0f7b5f',
  microsoft: '#0067b8',
  anthropic: '#b5522f',
  google: '#3a6fd8',
  nvidia: '#5a8a00'
};

export function companyColor(company: Company): string {
  return `var(--company-${company.color}, ${COMPANY_FALLBACKS[company.color] ?? '#777777'})`;
}

/** Short nouns for kinds, for labels that need them. */
const KIND_NOUNS: Record<Flow['kind'], string> = { equity: 'stake', 'cloud-compute': 'compute', chips: 'chips' };

/** Gap between lanes of the same pair, px. */
const LANE_GAP = 3;
/** Opacity multipliers for what the scene does not highlight. */
const FADED_LINK = 0.25;
const FADED_NODE = 0.35;

/** The lines of a link's label: the amount, and for a term the yearly rate on a second line. */
export function linkLabelLines(flow: Flow, nameKind = false): string[] {
  // Where two undisclosed flows run side by side, their labels name the kind to tell them apart.
  if (flow.amount === null) return [nameKind ? `${KIND_NOUNS[flow.kind]}: undisclosed` : 'undisclosed'];
  const amount = qualifiedAmount(flow.amount, flow.qualifier);
  if (!flow.period) return [amount];
  return [`${amount} over ${yearsShort(flow.period)}`, perYear(flow.amount, flow.period)];
}

function scale(p: { x: number; y: number }, size: Size, pad: Vec): Vec {
  return {
    x: pad.x + p.x * Math.max(0, size.width - 2 * pad.x),
    y: pad.y + p.y * Math.max(0, size.height - 2 * pad.y)
  };
}

function unit(a: Vec, b: Vec): { u: Vec; length: number } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  return { u: { x: dx / length, y: dy / length }, length };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A point on the edge of a circle, `offset` to the side of the line towards `u`. */
function edgePoint(centre: Vec, r: number, u: Vec, n: Vec, offset: number, forward: 1 | -1): Vec {
  const side = Math.max(-0.8 * r, Math.min(0.8 * r, offset));
  const along = Math.sqrt(Math.max(0, r * r - side * side)) + 1;
  return { x: centre.x + n.x * side + forward * u.x * along, y: centre.y + n.y * side + forward * u.y * along };
}

/** Arrowhead and stroked curve for a full curve and stroke width. Shared with the transitions. */
export function linkGeometry(
  full: Curve,
  width: number
): { curve: Curve; d: string; arrow: ArrowHead; glyphAt: { x: number; y: number; angle: number } } {
  const table = arcTable(full, 24);
  const length = Math.min(table.length * 0.35, Math.min(22, Math.max(8, width * 0.8 + 7)));
  const half = width / 2 + Math.min(9, Math.max(3.5, width * 0.25 + 3));
  const cut = parameterFromEnd(table, length * 0.85);
  const curve = curveUntil(full, cut);
  const dir = tangentAt(full, 1);
  const tip = { x: full.x1, y: full.y1 };
  const base = { x: tip.x - dir.x * length, y: tip.y - dir.y * length };
  const points = [
    [tip.x, tip.y],
    [base.x - dir.y * half, base.y + dir.x * half],
    [base.x + dir.y * half, base.y - dir.x * half]
  ]
    .map(([x, y]) => `${round(x!)},${round(y!)}`)
    .join(' ');
  const mid = pointAt(curve, 0.5);
  const t = tangentAt(curve, 0.5);
  return {
    curve,
    d: curvePath(curve),
    arrow: { x: tip.x, y: tip.y, angle: (Math.atan2(dir.y, dir.x) * 180) / Math.PI, points },
    glyphAt: { x: mid.x, y: mid.y, angle: (Math.atan2(t.y, t.x) * 180) / Math.PI }
  };
}

/** Size of the kind glyph drawn on a link of this width. */
export function glyphSize(width: number): number {
  return Math.min(14, Math.max(7, width * 0.5 + 6));
}

interface Lane {
  flow: Flow;
  width: number;
  visible: boolean;
  /** Signed offset of the lane from the pair's centre line (along the pair's normal). */
  offset: number;
  lane: number;
  /** Offset of the outermost lane on the same side, for placing labels beyond it. */
  outer: number;
}

/** Lanes for the flows between each pair: visible flows innermost, in content order. */
function assignLanes(flows: readonly Flow[], visible: Set<string>, widthOf: (flow: Flow) => number): Map<string, Lane> {
  const sides = new Map<string, Flow[]>();
  for (const flow of flows) {
    const forward = flow.from < flow.to;
    const key = `${forward ? flow.from : flow.to}|${forward ? flow.to : flow.from}|${forward ? '+' : '-'}`;
    const list = sides.get(key) ?? [];
    list.push(flow);
    sides.set(key, list);
  }
  const lanes = new Map<string, Lane>();
  for (const [key, list] of sides) {
    const sign = key.endsWith('+') ? 1 : -1;
    const ordered = [...list.filter((f) => visible.has(f.id)), ...list.filter((f) => !visible.has(f.id))];
    let running = LANE_GAP / 2;
    const side: Lane[] = [];
    ordered.forEach((flow, index) => {
      const width = widthOf(flow);
      const entry = {
        flow,
        width,
        visible: visible.has(flow.id),
        offset: sign * (running + width / 2),
        lane: sign * (index + 1),
        outer: 0
      };
      running += width + LANE_GAP;
      side.push(entry);
    });
    const shown = side.filter((l) => l.visible);
    const outerVisible = shown.at(-1);
    for (const lane of side) {
      const outer = lane.visible && outerVisible ? outerVisible : lane;
      lane.outer = outer.offset + (Math.sign(outer.offset) * outer.width) / 2;
      lanes.set(lane.flow.id, lane);
    }
  }
  return lanes;
}

interface PairGeometry {
  a: Vec;
  b: Vec;
  /** Unit vector from the pair's first company (by id) to its second, and its normal. */
  u: Vec;
  n: Vec;
  length: number;
}

function fullCurve(pair: PairGeometry, ra: number, rb: number, lane: Lane, bow: number, forward: boolean): Curve {
  const { a, b, u, n } = pair;
  const start = forward ? edgePoint(a, ra, u, n, lane.offset, 1) : edgePoint(b, rb, u, n, lane.offset, -1);
  const end = forward ? edgePoint(b, rb, u, n, lane.offset, -1) : edgePoint(a, ra, u, n, lane.offset, 1);
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  // A quadratic curve reaches half of its control point's offset, hence the factor 2.
  const control = { x: mid.x + n.x * (lane.offset + 2 * bow), y: mid.y + n.y * (lane.offset + 2 * bow) };
  return { x0: start.x, y0: start.y, cx: control.x, cy: control.y, x1: end.x, y1: end.y };
}

/** Smallest distance from a curve to the edges of nodes it does not connect (negative = crosses). */
function clearance(curve: Curve, width: number, others: readonly { x: number; y: number; r: number }[]): number {
  let best = Infinity;
  for (let i = 1; i < 16; i++) {
    const p = pointAt(curve, i / 16);
    for (const o of others) best = Math.min(best, Math.hypot(p.x - o.x, p.y - o.y) - o.r - width / 2);
  }
  return best;
}

interface Obstacle extends Box {
  soft: boolean;
}

/**
 * Greedy label placement: the first candidate that fits. Candidates come in groups, nearest
 * first; within a group a place clear of strokes is preferred, but a near place over a stroke
 * (the label has a halo) beats a far one, which a reader could take for another link's.
 */
function place(
  groups: readonly (readonly Box[])[],
  bounds: Box,
  obstacles: readonly Obstacle[],
  clamp: boolean
): Box | null {
  for (const group of groups) {
    for (const avoidStrokes of [true, false]) {
      for (const box of group) {
        if (!inside(box, bounds)) continue;
        const blocked = obstacles.some((o) => (avoidStrokes || !o.soft) && overlaps(box, o, o.soft ? 0 : 2));
        if (!blocked) return box;
      }
    }
  }
  if (clamp) {
    for (const group of groups)
      for (const raw of group) {
        const box = clampInside(raw, bounds);
        if (inside(box, bounds) && !obstacles.some((o) => !o.soft && overlaps(box, o, 2))) return box;
      }
  }
  return null;
}

function boxAround(centre: Vec, size: { width: number; height: number }): Box {
  return { x: centre.x - size.width / 2, y: centre.y - size.height / 2, width: size.width, height: size.height };
}

/**
 * Lay out the diagram for one scene. Every company and every flow of the story is in the
 * result (hidden ones with `visible: false` and opacity 0), so that transitions can fade
 * things in and out between scenes; lanes and labels are computed for the visible ones.
 */
export function layoutFlows(
  companies: readonly Company[],
  flows: readonly Flow[],
  scene: Scene,
  size: Size,
  arrangement: Arrangement,
  options: LayoutOptions = {}
): FlowLayout {
  const { width: W, height: H } = size;
  const small = W < 480;
  const nodeFontSize = options.nodeFontSize ?? (small ? 12 : 14);
  const linkFontSize = options.linkFontSize ?? (small ? 11 : 12);
  const r = options.nodeRadius ?? Math.round(Math.min(20, Math.max(9, Math.min(W, H) * 0.035)));
  const maxAmount = options.maxAmount ?? storyMaxAmount(flows);
  const maxWidth = options.maxWidth ?? maxLinkWidth(size);
  const widthOf = widthScale(maxAmount, maxWidth);
  const bounds: Box = { x: 2, y: 2, width: W - 4, height: H - 4 };

  // Room at the edges for a node and a line of label beside or above it.
  const pad = { x: r + 6, y: r + 6 + nodeFontSize * 1.2 };
  const shown = new Set(scene.show);
  const centres = new Map(companies.map((c) => [c.id, scale(c.position[arrangement], size, pad)]));
  const sceneFlows = new Set(scene.flows);
  const visibleFlows = new Set(
    flows.filter((f) => sceneFlows.has(f.id) && shown.has(f.from) && shown.has(f.to)).map((f) => f.id)
  );

  // Emphasis: flows named in `highlight`, or, if it names only companies, their flows.
  const highlight = new Set(scene.highlight);
  const namesFlows = flows.some((f) => highlight.has(f.id) && visibleFlows.has(f.id));
  const linkHighlighted = (f: Flow): boolean =>
    visibleFlows.has(f.id) && (highlight.has(f.id) || (!namesFlows && (highlight.has(f.from) || highlight.has(f.to))));
  const highlightedFlows = flows.filter(linkHighlighted);
  const emphasis = highlight.size > 0 && flows.some((f) => visibleFlows.has(f.id) || shown.has(f.from));
  const nodeHighlighted = (id: string): boolean =>
    shown.has(id) && (highlight.has(id) || highlightedFlows.some((f) => f.from === id || f.to === id));

  const nodeList = companies.map((company) => {
    const centre = centres.get(company.id)!;
    const visible = shown.has(company.id);
    const highlighted = nodeHighlighted(company.id);
    const faded = visible && emphasis && !highlighted;
    return { company, centre, visible, highlighted, faded };
  });
  const visibleNodes = nodeList.filter((n) => n.visible).map((n) => ({ id: n.company.id, ...n.centre, r }));

  // Lanes, then one bow per pair chosen to keep the pair's visible lanes clear of other nodes.
  const lanes = assignLanes(flows, visibleFlows, (f) => widthOf(f.amount));
  const pairs = new Map<string, PairGeometry & { bow: number }>();
  for (const flow of flows) {
    const [first, second] = flow.from < flow.to ? [flow.from, flow.to] : [flow.to, flow.from];
    const key = `${first}|${second}`;
    if (pairs.has(key)) continue;
    const a = centres.get(first);
    const b = centres.get(second);
    if (!a || !b) continue;
    const { u, length } = unit(a, b);
    const geometry = { a, b, u, n: { x: -u.y, y: u.x }, length };
    const pairFlows = flows.filter(
      (f) => (f.from === first && f.to === second) || (f.from === second && f.to === first)
    );
    const visibleLanes = pairFlows.filter((f) => visibleFlows.has(f.id)).map((f) => lanes.get(f.id)!);
    const others = visibleNodes.filter((node) => node.id !== first && node.id !== second);
    const base = Math.min(40, length * 0.06);
    let best = { bow: base, clearance: -Infinity };
    for (const bow of [base, -base, 2 * base, -2 * base, 3.5 * base, -3.5 * base, 0]) {
      const worst = Math.min(
        Infinity,
        ...visibleLanes.map((lane) =>
          clearance(fullCurve(geometry, r, r, lane, bow, lane.flow.from === first), lane.width, others)
        )
      );
      if (worst > best.clearance) best = { bow, clearance: worst };
      if (worst >= 4) break;
    }
    pairs.set(key, { ...geometry, bow: best.bow });
  }

  const linkParts = flows.map((flow) => {
    const lane = lanes.get(flow.id)!;
    const forward = flow.from < flow.to;
    const pair = pairs.get(forward ? `${flow.from}|${flow.to}` : `${flow.to}|${flow.from}`);
    const visible = visibleFlows.has(flow.id);
    const highlighted = linkHighlighted(flow);
    const faded = visible && emphasis && !highlighted;
    const full = pair ? fullCurve(pair, r, r, lane, pair.bow, forward) : { x0: 0, y0: 0, cx: 0, cy: 0, x1: 0, y1: 0 };
    return { flow, lane, pair, visible, highlighted, faded, full, width: lane.width };
  });

  // Obstacles for labels: nodes (hard), strokes and arrowheads (soft: avoided when possible).
  const obstacles: Obstacle[] = visibleNodes.map((n) => ({
    x: n.x - n.r,
    y: n.y - n.r,
    width: 2 * n.r,
    height: 2 * n.r,
    soft: false
  }));
  for (const part of linkParts) {
    if (!part.visible) continue;
    const half = part.width / 2 + 1;
    for (let i = 0; i <= 20; i++) {
      const p = pointAt(part.full, i / 20);
      obstacles.push({ x: p.x - half, y: p.y - half, width: 2 * half, height: 2 * half, soft: true });
    }
  }

  // Node labels first: they are never dropped.
  const nodes: NodeLayout[] = nodeList.map(({ company, centre, visible, highlighted, faded }) => {
    const text = textSize([company.label], nodeFontSize);
    const vertical = r + 3 + text.height / 2;
    const horizontal = r + 4 + text.width / 2;
    const upper = centre.y < H / 2;
    const right = centre.x > W / 2;
    const offsets: Vec[] = [
      { x: 0, y: upper ? -vertical : vertical },
      { x: right ? horizontal : -horizontal, y: 0 },
      { x: 0, y: upper ? vertical : -vertical },
      { x: right ? -horizontal : horizontal, y: 0 }
    ];
    const candidates = offsets.map((o) => boxAround({ x: centre.x + o.x, y: centre.y + o.y }, text));
    const box = (visible && place([candidates], bounds, obstacles, true)) || clampInside(candidates[0]!, bounds);
    if (visible) obstacles.push({ ...box, soft: false });
    return {
      id: company.id,
      company,
      x: centre.x,
      y: centre.y,
      r,
      label: company.label,
      color: companyColor(company),
      labelX: box.x + box.width / 2,
      labelY: firstBaseline(box.y, nodeFontSize),
      labelBox: box,
      labelOpacity: visible ? 1 : 0,
      visible,
      highlighted,
      faded,
      opacity: visible ? (faded ? FADED_NODE : 1) : 0
    };
  });

  // Link labels by priority: highlighted, then larger amounts; faded links go unlabelled.
  const order = linkParts
    .map((part, index) => ({ part, index }))
    .sort(
      (p, q) =>
        Number(q.part.highlighted) - Number(p.part.highlighted) ||
        (q.part.flow.amount ?? -1) - (p.part.flow.amount ?? -1) ||
        p.index - q.index
    );
  const undisclosed = new Map<string, number>();
  for (const part of linkParts)
    if (part.visible && part.flow.amount === null) {
      const key = `${part.flow.from}|${part.flow.to}`;
      undisclosed.set(key, (undisclosed.get(key) ?? 0) + 1);
    }
  const lineCache = new Map(
    linkParts.map((part) => [
      part.flow.id,
      linkLabelLines(part.flow, (undisclosed.get(`${part.flow.from}|${part.flow.to}`) ?? 0) > 1)
    ])
  );
  const labels = new Map<string, { box: Box; visible: boolean }>();
  for (const { part } of order) {
    const lines = lineCache.get(part.flow.id)!;
    const text = textSize(lines, linkFontSize);
    const side = Math.sign(part.lane.offset) || 1;
    const beyond = Math.abs(part.lane.outer) - Math.abs(part.lane.offset) + part.width / 2 + 3;
    const n = part.pair ? { x: part.pair.n.x * side, y: part.pair.n.y * side } : { x: 0, y: -1 };
    // Candidates: beside the link on its own side (the outer side of its lanes), then on the
    // inner side; along the middle of the link first. Highlighted links may also push their
    // label a row or two further out; other links keep theirs close or go without, since a
    // label far from its link in a busy scene would be read as another link's.
    const rings: readonly (readonly [1 | -1, number])[] = part.highlighted
      ? [
          [1, 0],
          [1, 1],
          [-1, 0],
          [1, 2],
          [-1, 1]
        ]
      : [
          [1, 0],
          [-1, 0]
        ];
    const groups: Box[][] = [];
    const stops = part.highlighted ? [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85] : [0.5, 0.4, 0.6, 0.3, 0.7];
    for (const [direction, ring] of rings) {
      const candidates: Box[] = [];
      groups.push(candidates);
      for (const s of stops) {
        const p = pointAt(part.full, s);
        const t = tangentAt(part.full, s);
        let normal = { x: -t.y, y: t.x };
        if (normal.x * n.x + normal.y * n.y < 0) normal = { x: -normal.x, y: -normal.y };
        normal = { x: normal.x * direction, y: normal.y * direction };
        const extent = Math.abs(normal.x) * (text.width / 2) + Math.abs(normal.y) * (text.height / 2);
        const distance = (direction === 1 ? beyond : part.width / 2 + 3) + extent * (1 + 2 * ring) + 2 * ring;
        candidates.push(boxAround({ x: p.x + normal.x * distance, y: p.y + normal.y * distance }, text));
      }
    }
    // On a phone only the flows the step is about carry a label; the rest are still a tap away
    // (details) and in the table, and a dozen labels in 340 px would hide the links they name.
    const labelled = part.visible && !part.faded && (part.highlighted || !small);
    const box = labelled ? place(groups, bounds, obstacles, false) : null;
    if (box) obstacles.push({ ...box, soft: false });
    labels.set(part.flow.id, { box: box ?? groups[0]![0]!, visible: box !== null });
  }

  const links: LinkLayout[] = linkParts.map((part) => {
    const { flow, lane, visible, highlighted, faded, full, width } = part;
    const geometry = linkGeometry(full, width);
    const label = labels.get(flow.id)!;
    const lines = lineCache.get(flow.id)!;
    const status = STATUS_STYLES[flow.status];
    const kind = KIND_STYLES[flow.kind];
    return {
      id: flow.id,
      flow,
      from: flow.from,
      to: flow.to,
      full,
      curve: geometry.curve,
      d: geometry.d,
      width,
      lane: lane.lane,
      offset: lane.offset,
      color: kind.color,
      dash: dashArray(flow.status, width),
      stripe: stripeWidth(flow.kind, width),
      glyph: { ...geometry.glyphAt, d: glyphPath(kind.glyph, glyphSize(width)) },
      arrow: geometry.arrow,
      labelLines: lines,
      labelText: lines.join(' '),
      labelX: label.box.x + label.box.width / 2,
      labelY: firstBaseline(label.box.y, linkFontSize),
      labelBox: label.box,
      labelVisible: label.visible,
      labelOpacity: label.visible ? 1 : 0,
      visible,
      highlighted,
      faded,
      opacity: visible ? status.opacity * (faded ? FADED_LINK : 1) : 0
    };
  });

  return { width: W, height: H, arrangement, nodeFontSize, linkFontSize, maxAmount, maxWidth, nodes, links };
}

/** Words for a flow's amount, for places that have room for one line (cards, tables). */
export function amountText(flow: Flow): string {
  return flowAmount(flow.amount, flow.qualifier, flow.period);
}

/** The amount as a short label without qualifier, for tight spots: 38 → "$38B". */
export function shortAmount(flow: Flow): string {
  return flow.amount === null ? 'undisclosed' : usdBillions(flow.amount);
}

/** Default drawing width for server rendering, before the container can be measured. */
export const SSR_WIDTH = 560;

/**
 * The drawing's size and arrangement for a container width and a height limit. The portrait
 * arrangement is used where the box is narrow and tall enough for it (a phone with a tall
 * graphic); otherwise the landscape one, a little taller on small screens where labels take
 * relatively more room. The height never exceeds the limit.
 */
export function diagramSize(
  width: number,
  maxHeight: number,
  arrangement: Arrangement | 'auto' = 'auto'
): Size & { arrangement: Arrangement } {
  const w = Math.max(200, Math.round(width));
  const chosen: Arrangement =
    arrangement !== 'auto' ? arrangement : w < 560 && maxHeight >= w * 1.1 ? 'narrow' : 'wide';
  const preferred = chosen === 'narrow' ? w * 1.3 : w * (w < 480 ? 0.8 : 0.6);
  const height = Math.round(Math.max(Math.min(preferred, maxHeight), Math.min(160, maxHeight)));
  return { width: w, height, arrangement: chosen };
}
