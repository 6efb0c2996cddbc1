// The drawing's rules, checked on the SVG as Chromium renders it (the unit tests check the same
// rules on the layout numbers): labels within 24 px of their own line and clear of every other
// line, box and label, inside the drawing, at a readable size; lanes between the same two
// companies apart. Runs inside the page: `page.evaluate(drawingProblems, args)`.

export interface RuleArgs {
  /** CSS selector of the drawing's <svg>. */
  svg: string;
  /** Each flow's two companies, by flow id: lanes are compared within a pair. */
  pairs: Record<string, string>;
  /** Smallest rendered text size allowed, px. */
  minFont: number;
}

export interface RuleReport {
  problems: string[];
  /** Flow ids named by a label. */
  labelled: string[];
  /** Flow ids drawn. */
  drawn: string[];
  /** Flow ids drawn and brought forward (not faded). */
  highlighted: string[];
}

export function drawingProblems({ svg: selector, pairs, minFont }: RuleArgs): RuleReport {
  const svg = document.querySelector<SVGSVGElement>(selector);
  if (!svg) return { problems: [`no drawing at ${selector}`], labelled: [], drawn: [], highlighted: [] };
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  type Box = { x: number; y: number; width: number; height: number };
  const box = (el: SVGGraphicsElement): Box => {
    const b = el.getBBox();
    return { x: b.x, y: b.y, width: b.width, height: b.height };
  };
  const overlap = (a: Box, b: Box) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const distance = (p: DOMPoint, b: Box) =>
    Math.hypot(Math.max(b.x - p.x, 0, p.x - b.x - b.width), Math.max(b.y - p.y, 0, p.y - b.y - b.height));

  const bands = [...svg.querySelectorAll<SVGGElement>('g.flow[data-flow]')].map((g) => {
    const path = g.querySelector<SVGPathElement>('path.band')!;
    const arrow = g.querySelector<SVGPolygonElement>('polygon.arrow');
    const length = path.getTotalLength();
    const points = Array.from({ length: 61 }, (_, i) => path.getPointAtLength((length * i) / 60));
    const width = Number(path.getAttribute('stroke-width'));
    const opacity = Number(g.getAttribute('opacity') ?? 1);
    return { id: g.dataset.flow!, points, width, arrow: arrow ? box(arrow) : null, opacity };
  });
  const nodes = [...svg.querySelectorAll<SVGGElement>('g.node[data-company]')].map((g) => ({
    id: g.dataset.company!,
    box: box(g.querySelector('rect')!)
  }));
  const labels = [...svg.querySelectorAll<SVGTextElement>('text.flow-label[data-flow]')].map((t) => ({
    ids: t.dataset.flow!.split(' '),
    box: box(t),
    inside: t.classList.contains('inside'),
    font: parseFloat(getComputedStyle(t).fontSize) * scale
  }));
  const annotation = svg.querySelector<SVGTextElement>('text.annotation');
  const view: Box = { x: 0, y: 0, width: svg.viewBox.baseVal.width, height: svg.viewBox.baseVal.height };
  const problems: string[] = [];

  for (const label of labels) {
    const name = label.ids.join(' + ');
    const b = label.box;
    if (
      b.x < view.x - 0.5 ||
      b.y < view.y - 0.5 ||
      b.x + b.width > view.width + 0.5 ||
      b.y + b.height > view.height + 0.5
    )
      problems.push(`${name}: label cut by the drawing's edge`);
    if (label.font < minFont - 0.01) problems.push(`${name}: label text ${label.font.toFixed(1)} px`);
    for (const node of nodes) if (overlap(b, node.box)) problems.push(`${name}: label over ${node.id}'s box`);
    for (const other of labels)
      if (other !== label && overlap(b, other.box))
        problems.push(`${name}: label over ${other.ids.join(' + ')}'s label`);
    if (annotation && overlap(b, box(annotation))) problems.push(`${name}: label over the annotation`);
    for (const band of bands) {
      const own = label.ids.includes(band.id);
      const nearest = Math.min(...band.points.map((p) => distance(p, b)));
      if (own && !label.inside && nearest - band.width / 2 > 24)
        problems.push(`${name}: label ${(nearest - band.width / 2).toFixed(0)} px from its line`);
      if (!own && nearest < band.width / 2) problems.push(`${name}: label on the line of ${band.id}`);
    }
  }
  // Lanes of the same pair: the gap between their strokes, sampled along both.
  for (let i = 0; i < bands.length; i++)
    for (let j = i + 1; j < bands.length; j++) {
      const a = bands[i]!;
      const c = bands[j]!;
      if (pairs[a.id] !== pairs[c.id]) continue;
      let gap = Infinity;
      for (const p of a.points) for (const q of c.points) gap = Math.min(gap, Math.hypot(p.x - q.x, p.y - q.y));
      gap -= a.width / 2 + c.width / 2;
      if (gap < 0.5) problems.push(`${a.id} and ${c.id}: lanes ${gap.toFixed(1)} px apart`);
    }
  for (const node of nodes) {
    const font =
      parseFloat(getComputedStyle(svg.querySelector(`g.node[data-company="${node.id}"] text`)!).fontSize) * scale;
    if (font < minFont - 0.01) problems.push(`${node.id}: name ${font.toFixed(1)} px`);
  }
  return {
    problems,
    labelled: labels.flatMap((l) => l.ids),
    drawn: bands.map((b) => b.id),
    highlighted: bands.filter((b) => b.opacity > 0.9).map((b) => b.id)
  };
}
