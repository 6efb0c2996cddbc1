// Arrowheads: every band ends in one, its tip on the edge of the receiving company's box, and
// the stroked band stops a little inside the arrowhead's base (15% of its length) so no seam
// shows. Hand-worked on straight curves, where length and parameter are proportional.
import { describe, expect, it } from 'vitest';
import { arrowLength, arrowMargin, bandGeometry, cubicUntil, parameterFromEnd } from '$lib/flow/arrows';
import { layoutFlows } from '$lib/flow/layout';
import { diagramSize } from '$lib/flow/sizing';
import { pointAt, type Box, type Cubic } from '$lib/flow/geometry';
import { companies, flows, scenes } from './fixtures';

/** From (0, 0) to (90, 0) at constant speed. */
const straight: Cubic = { x0: 0, y0: 0, x1: 30, y1: 0, x2: 60, y2: 0, x3: 90, y3: 0 };
const arch: Cubic = { x0: 0, y0: 0, x1: 0, y1: 100, x2: 100, y2: 100, x3: 100, y3: 0 };

describe('arrowhead size', () => {
  it.each([
    { width: 2, margin: 3, length: 8 },
    { width: 20, margin: 4.4, length: 15 },
    { width: 50, margin: 8, length: 26 },
    { width: 128, margin: 8, length: 26 }
  ])('a $width px band: $margin px beyond each edge, $length px long', ({ width, margin, length }) => {
    expect(arrowMargin(width)).toBeCloseTo(margin, 9);
    expect(arrowLength(width)).toBeCloseTo(length, 9);
  });
});

describe('cutting a curve', () => {
  it('keeps the first half of a straight cubic as a straight cubic to its middle', () =>
    expect(cubicUntil(straight, 0.5)).toEqual({ x0: 0, y0: 0, x1: 15, y1: 0, x2: 30, y2: 0, x3: 45, y3: 0 }));

  it('splits the arch at its middle by de Casteljau', () =>
    // Midpoints of the legs (0, 50), (50, 100), (100, 50); of those (25, 75), (75, 75); then (50, 75).
    expect(cubicUntil(arch, 0.5)).toEqual({ x0: 0, y0: 0, x1: 0, y1: 50, x2: 25, y2: 75, x3: 50, y3: 75 }));

  it('ends where the original is at that parameter', () => {
    const part = cubicUntil(arch, 0.3);
    const end = pointAt(arch, 0.3);
    expect(part.x3).toBeCloseTo(end.x, 9);
    expect(part.y3).toBeCloseTo(end.y, 9);
  });

  it.each([
    { fromEnd: 22.5, t: 0.75 },
    { fromEnd: 45, t: 0.5 },
    { fromEnd: 0, t: 1 },
    { fromEnd: 90, t: 0 },
    { fromEnd: 200, t: 0 }
  ])('on a 90 px straight cubic, $fromEnd px from the end is t = $t', ({ fromEnd, t }) =>
    expect(parameterFromEnd(straight, fromEnd)).toBeCloseTo(t, 9)
  );
});

describe('bandGeometry', () => {
  it('ends a rightward band in an arrowhead whose tip is the curve’s end', () => {
    // 10 px band: arrowhead 10.5 px long (0.45 × 10 + 6), 5 + 3 = 8 px either side of the centre
    // line; the band stops 0.85 × 10.5 = 8.925 px before the tip, 1.575 px inside the base.
    const band = bandGeometry(straight, 10);
    expect(band.arrow).toEqual({ x: 90, y: 0, points: '90,0 79.5,8 79.5,-8' });
    expect(band.curve.x3).toBeCloseTo(90 - 8.925, 6);
    expect(band.curve.y3).toBe(0);
    expect(band.d.startsWith('M0,0C')).toBe(true);
  });

  it('points a downward arrowhead down', () => {
    // 20 px band: 15 px long, 10 + 4.4 = 14.4 px either side.
    const down: Cubic = { x0: 100, y0: 0, x1: 100, y1: 30, x2: 100, y2: 60, x3: 100, y3: 90 };
    expect(bandGeometry(down, 20).arrow).toEqual({ x: 100, y: 90, points: '100,90 85.6,75 114.4,75' });
  });
});

describe('in the drawing, every arrowhead’s tip lies on the edge of the receiving box', () => {
  const onEdge = (p: { x: number; y: number }, box: Box) => {
    const within = (v: number, lo: number, hi: number) => v >= lo - 1e-6 && v <= hi + 1e-6;
    const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;
    return (
      ((near(p.x, box.x) || near(p.x, box.x + box.width)) && within(p.y, box.y, box.y + box.height)) ||
      ((near(p.y, box.y) || near(p.y, box.y + box.height)) && within(p.x, box.x, box.x + box.width))
    );
  };
  const cases = (['roundTrip', 'anthropic', 'web'] as const).flatMap((scene) =>
    [375, 1280].map((width) => ({ scene, width }))
  );
  it.each(cases)('$scene at $width px', ({ scene, width }) => {
    const size = diagramSize(width, 640);
    const layout = layoutFlows(companies, flows, scenes[scene], size, size.arrangement);
    const boxes = new Map(layout.nodes.map((n) => [n.id, n.box]));
    const visible = layout.links.filter((l) => l.visible);
    expect(visible.length).toBeGreaterThan(0);
    for (const link of visible) {
      expect(onEdge(link.arrow, boxes.get(link.flow.to)!), `${link.id} tip`).toBe(true);
      expect(onEdge({ x: link.full.x0, y: link.full.y0 }, boxes.get(link.flow.from)!), `${link.id} start`).toBe(true);
    }
  });
});
