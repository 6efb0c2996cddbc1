// The drawing's rules as checks on a finished layout, for the tests (unit tests run them on
// every step at every width without a browser; the end-to-end tests check the same rules on
// the rendered SVG). Each returns what breaks a rule, in words; an empty list means none.
import { curveToCurve, inside, overlaps, type Box, type Cubic } from './geometry';
import { labelProblem } from './labels';
import type { FlowLayout } from './layout';

/** Every label within reach of its own line and clear of everything else. */
export function labelViolations(layout: FlowLayout): string[] {
  const nodes = layout.nodes.filter((n) => n.visible).map((n) => n.box);
  const links = layout.links.filter((l) => l.visible);
  const bands = links.map((l) => ({ id: l.id, curve: l.full, width: l.width }));
  const bounds: Box = { x: 0, y: 0, width: layout.width, height: layout.height };
  const problems: string[] = [];
  for (const link of links) {
    if (!link.label) continue;
    const taken = [
      ...links.filter((other) => other !== link && other.label).map((other) => other.label!.box),
      ...(layout.annotation ? [layout.annotation.box] : [])
    ];
    const twins = links.filter((l) => link.label!.names.includes(l.id));
    const curve = twins.length > 1 ? midCurve(twins.map((l) => l.full)) : link.full;
    const width = twins.reduce((s, l) => s + l.width, 0) + (twins.length - 1) * (layout.metrics.laneGap + 1);
    const problem = labelProblem(
      { id: link.id, curve, width, also: link.label.names.filter((id) => id !== link.id) },
      link.label.box,
      link.label.inside,
      { bounds, nodes, bands, taken, fontSize: layout.metrics.linkFont }
    );
    if (problem) problems.push(`${link.id}: label ${problem}`);
  }
  if (layout.annotation) {
    const box = layout.annotation.box;
    const hit = nodes.some((n) => overlapsBox(box, n)) || links.some((l) => l.label && overlapsBox(box, l.label.box));
    if (hit) problems.push('annotation over a company or a label');
  }
  return problems;
}

function midCurve(curves: readonly Cubic[]): Cubic {
  const keys = ['x0', 'y0', 'x1', 'y1', 'x2', 'y2', 'x3', 'y3'] as const;
  return Object.fromEntries(
    keys.map((k) => [k, curves.reduce((s, c) => s + c[k], 0) / curves.length])
  ) as unknown as Cubic;
}

function overlapsBox(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Flows between the same two companies keep a visible gap between their strokes. */
export function laneViolations(layout: FlowLayout, minGap = 1): string[] {
  const links = layout.links.filter((l) => l.visible);
  const problems: string[] = [];
  for (let i = 0; i < links.length; i++)
    for (let j = i + 1; j < links.length; j++) {
      const a = links[i]!;
      const b = links[j]!;
      const samePair =
        (a.flow.from === b.flow.from && a.flow.to === b.flow.to) ||
        (a.flow.from === b.flow.to && a.flow.to === b.flow.from);
      if (!samePair) continue;
      const gap = curveToCurve(a.curve, b.curve, 40) - a.width / 2 - b.width / 2;
      if (gap < minGap) problems.push(`${a.id} and ${b.id}: ${gap.toFixed(1)} px apart`);
    }
  return problems;
}

/** Every company's box clear of every other's (at least `gap` px apart) and inside the drawing. */
export function nodeViolations(layout: FlowLayout, gap = 2): string[] {
  const nodes = layout.nodes.filter((n) => n.visible);
  const bounds: Box = { x: 0, y: 0, width: layout.width, height: layout.height };
  const problems: string[] = [];
  for (const [i, a] of nodes.entries()) {
    if (!inside(a.box, bounds)) problems.push(`${a.id}: outside the drawing`);
    for (const b of nodes.slice(i + 1))
      if (overlaps(a.box, b.box, gap)) problems.push(`${a.id} and ${b.id}: boxes touch`);
  }
  return problems;
}

/** Which highlighted flows carry no label. */
export function unlabelledHighlights(layout: FlowLayout): string[] {
  const named = new Set(layout.links.flatMap((l) => l.label?.names ?? []));
  return layout.links.filter((l) => l.visible && l.highlighted && !named.has(l.id)).map((l) => l.id);
}

/** Company boxes that overlap another's (with `gap` px to spare). */
export function boxViolations(layout: FlowLayout, gap = 2): string[] {
  const nodes = layout.nodes.filter((n) => n.visible);
  const problems: string[] = [];
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i]!.box;
      const b = nodes[j]!.box;
      if (
        a.x < b.x + b.width + gap &&
        b.x < a.x + a.width + gap &&
        a.y < b.y + b.height + gap &&
        b.y < a.y + a.height + gap
      )
        problems.push(`${nodes[i]!.id} and ${nodes[j]!.id}: boxes overlap`);
    }
  return problems;
}
