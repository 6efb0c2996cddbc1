// The money-flow diagram for one scene: where each company's box sits and how big it is, the
// band, arrowhead and label of each flow, and the step's annotation. A pure function of its
// inputs that never writes into them (d3-sankey does both, and cannot draw the cycle that a
// round trip of money is). The steps, each in its own module:
//   sizing (type, widest band) → lanes (sides, ports, box sizes) → curves (centre lines, loop
//   heights) → arrows (band ends) → labels and annotation (placement by rules).
import type { Company, Flow, Scene } from '$lib/content/types';
import { placeAnnotation, type PlacedAnnotation } from './annotation';
import { arrowMargin, bandGeometry, type Arrow } from './arrows';
import { buildCurves } from './curves';
import { KIND_STYLES, dashArray, openEdge, storyMaxAmount, treatmentOf, widthScale, type Treatment } from './encoding';
import { firstBaseline, pointAt, textSize, type Box, type Cubic, type Vec } from './geometry';
import { assignLanes, loopPairs, type NodeBox } from './lanes';
import { labelLines, mayShorten, placeLabels, prepared, type LabelBand, type LabelRequest } from './labels';
import { metricsFor, type Arrangement, type Metrics, type Size } from './sizing';

export type { Arrangement, Size } from './sizing';

export interface NodeLayout {
  id: string;
  company: Company;
  /** Centre of the box. */
  x: number;
  y: number;
  box: Box;
  label: string;
  /** Baseline of the label (centred on x). */
  labelY: number;
  visible: boolean;
  highlighted: boolean;
  /** Shown, but out of focus because the scene points at something else. */
  faded: boolean;
  opacity: number;
}

export interface LinkLabel {
  /** The flows this label names: the flow itself, and its twin lanes when they share it. */
  names: string[];
  lines: string[];
  box: Box;
  /** Centre of the text and baseline of its first line. */
  x: number;
  y: number;
  inside: boolean;
}

export interface LinkLayout {
  id: string;
  flow: Flow;
  treatment: Treatment;
  /** CSS colour of the flow's kind. */
  color: string;
  width: number;
  /** Width of the hollow inside an open band; 0 for the other treatments. */
  inner: number;
  dash: string | null;
  /** Port to port, arrowhead included. */
  full: Cubic;
  /** The stroked part, up to the arrowhead. */
  curve: Cubic;
  d: string;
  arrow: Arrow;
  label: LinkLabel | null;
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
  metrics: Metrics;
  maxAmount: number;
  nodes: NodeLayout[];
  links: LinkLayout[];
  /** The step's annotation, where it found a place in the drawing. */
  annotation: PlacedAnnotation | null;
  /** The annotation's text, placed or not (a figure shows an unplaced one under the drawing). */
  annotationText: string | null;
  /** 1 when the annotation is drawn; between 0 and 1 during transitions. */
  annotationOpacity: number;
}

export interface LayoutOptions {
  /** Largest amount of the whole story; defaults to the largest of `flows`. */
  maxAmount?: number;
}

/** Opacity of what the scene does not point at: quiet, but every line still reads. */
export const FADED_LINK = 0.32;
export const FADED_NODE = 0.55;

const ZERO: Cubic = { x0: 0, y0: 0, x1: 0, y1: 0, x2: 0, y2: 0, x3: 0, y3: 0 };
/** The band of a flow the scene does not draw, worked out once: most of a step's flows are
 *  hidden, and their geometry was a good part of every layout's time. */
const HIDDEN_BAND = bandGeometry(ZERO, 0);

function centreOf(
  p: { x: number; y: number },
  box: { width: number; height: number },
  size: Size,
  margin: number
): Vec {
  // The unit square is spread so that a box at 0 touches the left margin and one at 1 the
  // right: the drawing uses its whole width whatever the boxes' sizes.
  return {
    x: margin + box.width / 2 + p.x * Math.max(0, size.width - 2 * margin - box.width),
    y: margin + box.height / 2 + p.y * Math.max(0, size.height - 2 * margin - box.height)
  };
}

/** The curve through the middle of parallel lanes: the mean of their control points. */
function averageCurve(curves: readonly Cubic[]): Cubic {
  const keys = ['x0', 'y0', 'x1', 'y1', 'x2', 'y2', 'x3', 'y3'] as const;
  return Object.fromEntries(
    keys.map((k) => [k, curves.reduce((s, c) => s + c[k], 0) / curves.length])
  ) as unknown as Cubic;
}

function boxOf(node: NodeBox): Box {
  return { x: node.x - node.width / 2, y: node.y - node.height / 2, width: node.width, height: node.height };
}

/** The flows a scene draws: those it names whose two companies it shows. */
export function drawnFlows(flows: readonly Flow[], scene: Scene): Flow[] {
  if (scene.chart !== 'flows') return [];
  const shown = new Set(scene.show);
  const named = new Set(scene.flows);
  return flows.filter((f) => named.has(f.id) && shown.has(f.from) && shown.has(f.to));
}

/** Every flow a story's scenes draw, each once, in order: what a key for the whole story lists. */
export function storyFlows(flows: readonly Flow[], scenes: readonly Scene[]): Flow[] {
  return [...new Set(scenes.flatMap((scene) => drawnFlows(flows, scene)))];
}

/**
 * Lay out the diagram for one scene. Every company and every flow of the story is in the
 * result (hidden ones with `visible: false` and opacity 0), so that transitions can fade
 * things in and out between scenes; lanes, curves and labels are computed for the visible ones.
 */
export function layoutFlows(
  companies: readonly Company[],
  flows: readonly Flow[],
  scene: Scene,
  size: Size,
  arrangement: Arrangement,
  options: LayoutOptions = {}
): FlowLayout {
  const metrics = metricsFor(size);
  const maxAmount = options.maxAmount ?? storyMaxAmount(flows);
  const widthOf = widthScale(maxAmount, metrics.maxBand);
  const bounds: Box = {
    x: metrics.margin,
    y: metrics.margin,
    width: size.width - 2 * metrics.margin,
    height: size.height - 2 * metrics.margin
  };

  const shown = new Set(scene.chart === 'flows' ? scene.show : []);
  const visibleFlows = drawnFlows(flows, scene);
  const visibleIds = new Set(visibleFlows.map((f) => f.id));

  // Emphasis: flows named in `highlight`, or, if it names only companies, their flows.
  const highlight = new Set(scene.highlight);
  const namesFlows = visibleFlows.some((f) => highlight.has(f.id));
  const linkHighlighted = (f: Flow) =>
    visibleIds.has(f.id) && (highlight.has(f.id) || (!namesFlows && (highlight.has(f.from) || highlight.has(f.to))));
  const highlighted = visibleFlows.filter(linkHighlighted);
  const emphasis = highlight.size > 0;
  const nodeHighlighted = (id: string) =>
    shown.has(id) && (highlight.has(id) || highlighted.some((f) => f.from === id || f.to === id));

  // Boxes: the label's size first, then (second pass) what the bands meeting them need.
  const labelBox = new Map(
    companies.map((c) => {
      const text = textSize([c.label], metrics.nodeFont, true);
      return [c.id, { width: text.width + 2 * metrics.nodePadX, height: text.height + 2 * metrics.nodePadY }];
    })
  );
  const lanes = visibleFlows.map((flow) => {
    const width = widthOf(flow);
    return { flow, width, arrowMargin: arrowMargin(width) };
  });
  const loops = loopPairs(flows);
  const laneOptions = {
    laneGap: metrics.laneGap,
    groupGap: metrics.groupGap,
    directionGap: metrics.directionGap,
    pad: metrics.nodePadX
  };
  const place = (sizes: ReadonlyMap<string, { width: number; height: number }>) =>
    companies
      .filter((c) => shown.has(c.id))
      .map((c) => {
        const box = sizes.get(c.id) ?? labelBox.get(c.id)!;
        const centre = centreOf(c.position[arrangement], box, size, metrics.margin);
        const min = labelBox.get(c.id)!;
        const y = c.position[arrangement].y;
        const row = y < 0.15 ? 'top' : y > 0.85 ? 'bottom' : 'middle';
        return {
          id: c.id,
          ...centre,
          minWidth: min.width,
          minHeight: min.height,
          row,
          width: box.width,
          height: box.height
        } as const;
      });
  const first = assignLanes(place(labelBox), lanes, loops, laneOptions);
  const { boxes, routes } = assignLanes(place(first.boxes), lanes, loops, laneOptions);

  const nodeBoxes = new Map([...boxes].map(([id, node]) => [id, boxOf(node)]));
  const labelRoom = metrics.linkFont * 2.6 + 6;
  const curves = buildCurves(
    lanes.map(({ flow, width }) => ({ route: routes.get(flow.id)!, width, ends: [flow.from, flow.to] as const })),
    { bounds, boxes: nodeBoxes, labelRoom, clearance: 6 }
  );

  // Sampled once here for the labels' and the annotation's many distance checks.
  const bands: LabelBand[] = lanes.map(({ flow, width }) =>
    prepared({ id: flow.id, curve: curves.get(flow.id)!, width })
  );
  const centre = { x: size.width / 2, y: size.height / 2 };
  // Twin lanes (the same amount, term and certainty, side by side between the same two
  // companies) share one label: "$5B each over 7 yrs". Two labels for them would need room a
  // lane's width apart, which the drawing does not have.
  const twinKey = (f: Flow) =>
    f.amount === null
      ? f.id
      : [f.from, f.to, treatmentOf(f), f.amount, f.period, f.qualifier, f.basis, f.status].join('|');
  const twins = new Map<string, Flow[]>();
  for (const flow of visibleFlows) twins.set(twinKey(flow), [...(twins.get(twinKey(flow)) ?? []), flow]);
  const twinsOf = (flow: Flow) => twins.get(twinKey(flow)) ?? [flow];
  const request = (flow: Flow): LabelRequest => {
    const group = twinsOf(flow);
    const own = group.map((f) => curves.get(f.id)!);
    // A shared label sits by the group as a whole: its centre line, as wide as the group.
    const curve = averageCurve(own);
    const mid = pointAt(curve, 0.5);
    const away = { x: mid.x - centre.x, y: mid.y - centre.y };
    const treatment = treatmentOf(flow);
    const width = group.reduce((sum, f) => sum + widthOf(f), 0) + (group.length - 1) * (metrics.laneGap + 1);
    const lines = labelLines(flow);
    return {
      id: flow.id,
      also: group.slice(1).map((f) => f.id),
      curve,
      width,
      lines: group.length > 1 ? [lines[0]!.replace(/^(\S+)/, '$1 each'), ...lines.slice(1)] : lines,
      insideAllowed:
        group.length === 1 && (treatment === 'solid' || treatment === 'open') && !(emphasis && !linkHighlighted(flow)),
      away: Math.hypot(away.x, away.y) < 1 ? { x: 0, y: -1 } : away,
      // On a phone a highlighted amount is better on the drawing alone than not at all.
      short: metrics.small && group.every(mayShorten)
    };
  };
  const firstOfTwins = (f: Flow) => twinsOf(f)[0] === f;
  const byAmount = (a: Flow, b: Flow) => (b.amount ?? -1) - (a.amount ?? -1);
  // On a phone only what the step points at is labelled; the rest is drawn quietly, and is in
  // the table and a tap away. A dozen labels in 340 px would hide the lines they name.
  // Where the scene points at nothing in particular, every flow is what it is about.
  const primary = highlighted.length ? highlighted : visibleFlows;
  const quiet = highlighted.length && !metrics.small ? visibleFlows.filter((f) => !linkHighlighted(f)) : [];
  const context = { bounds, nodes: [...nodeBoxes.values()], bands, taken: [] as Box[], fontSize: metrics.linkFont };
  const labels = placeLabels([...primary].filter(firstOfTwins).sort(byAmount).map(request), context);

  let annotation: PlacedAnnotation | null = null;
  const annotationText = scene.chart === 'flows' ? (scene.annotation ?? null) : null;
  // On a phone the annotation goes beside the drawing (the step's card leads with it): the
  // drawing's room is for the labels.
  if (annotationText && !metrics.small) {
    const points = (highlighted.length ? highlighted : visibleFlows).map((f) => pointAt(curves.get(f.id)!, 0.5));
    const target = points.length
      ? {
          x: points.reduce((s, p) => s + p.x, 0) / points.length,
          y: points.reduce((s, p) => s + p.y, 0) / points.length
        }
      : centre;
    annotation = placeAnnotation(annotationText, {
      bounds,
      nodes: context.nodes,
      bands,
      taken: [...labels.values()].map((l) => l.box),
      fontSize: metrics.annotationFont,
      target
    });
  }
  const taken = [...[...labels.values()].map((l) => l.box), ...(annotation ? [annotation.box] : [])];
  const quietRequests = quiet
    .filter((f) => firstOfTwins(f) && !labels.has(f.id))
    .sort(byAmount)
    .map((f) => ({ ...request(f), quiet: true }));
  for (const [id, label] of placeLabels(quietRequests, { ...context, taken })) labels.set(id, label);

  const nodes: NodeLayout[] = companies.map((company) => {
    const node = boxes.get(company.id);
    const visible = shown.has(company.id);
    const isHighlighted = nodeHighlighted(company.id);
    const faded = visible && emphasis && !isHighlighted;
    const min = labelBox.get(company.id)!;
    const fallback = centreOf(company.position[arrangement], min, size, metrics.margin);
    const box = node ? boxOf(node) : { x: fallback.x - min.width / 2, y: fallback.y - min.height / 2, ...min };
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    return {
      id: company.id,
      company,
      x,
      y,
      box,
      label: company.label,
      labelY: y + metrics.nodeFont * 0.36,
      visible,
      highlighted: isHighlighted,
      faded,
      opacity: visible ? (faded ? FADED_NODE : 1) : 0
    };
  });

  const links: LinkLayout[] = flows.map((flow) => {
    const visible = visibleIds.has(flow.id);
    const isHighlighted = linkHighlighted(flow);
    const faded = visible && emphasis && !isHighlighted;
    const treatment = treatmentOf(flow);
    const width = visible ? widthOf(flow) : 0;
    const full = curves.get(flow.id) ?? ZERO;
    const band = visible ? bandGeometry(full, width) : HIDDEN_BAND;
    const placed = labels.get(flow.id);
    return {
      id: flow.id,
      flow,
      treatment,
      color: KIND_STYLES[flow.kind].color,
      width,
      inner: treatment === 'open' ? Math.max(0, width - 2 * openEdge(width)) : 0,
      dash: dashArray(treatment, width),
      full,
      curve: band.curve,
      d: band.d,
      arrow: band.arrow,
      label: placed
        ? {
            names: twinsOf(flow).map((f) => f.id),
            lines: placed.lines,
            box: placed.box,
            x: placed.box.x + placed.box.width / 2,
            y: firstBaseline(placed.box.y + 1, metrics.linkFont),
            inside: placed.inside
          }
        : null,
      labelOpacity: placed ? 1 : 0,
      visible,
      highlighted: isHighlighted,
      faded,
      opacity: visible ? (faded ? FADED_LINK : 1) : 0
    };
  });

  return {
    width: size.width,
    height: size.height,
    arrangement,
    metrics,
    maxAmount,
    nodes,
    links,
    annotation,
    annotationText,
    annotationOpacity: 1
  };
}

/**
 * A drawing with nothing in it, at a size: what a live diagram holds before its slot is
 * measured (its key reads the scale from it). The same as laying out a scene that shows
 * nothing, without laying out every company and flow to hide them: that was a few ms of the
 * mount, for a layout at a size about to be replaced by the measured one.
 */
export function blankLayout(
  flows: readonly Flow[],
  size: Size,
  arrangement: Arrangement,
  options: LayoutOptions = {}
): FlowLayout {
  return {
    width: size.width,
    height: size.height,
    arrangement,
    metrics: metricsFor(size),
    maxAmount: options.maxAmount ?? storyMaxAmount(flows),
    nodes: [],
    links: [],
    annotation: null,
    annotationText: null,
    annotationOpacity: 1
  };
}
