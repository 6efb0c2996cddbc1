import { describe, expect, it } from 'vitest';
import { overlaps, pointAt, type Box } from '$lib/flow/geometry';
import { diagramSize, layoutFlows, linkLabelLines, type Arrangement, type FlowLayout } from '$lib/flow/layout';
import { MIN_WIDTH } from '$lib/flow/scales';
import { companies, deepFreeze, flows, scenes } from './fixtures';

const WIDE = { width: 1280, height: 768 };

function link(layout: FlowLayout, id: string) {
  const found = layout.links.find((l) => l.id === id);
  if (!found) throw new Error(`no link ${id}`);
  return found;
}
function node(layout: FlowLayout, id: string) {
  const found = layout.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}
/** Signed distance of a point from the line through a → b (positive on the left of a → b). */
function side(a: { x: number; y: number }, b: { x: number; y: number }, p: { x: number; y: number }): number {
  return ((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)) / Math.hypot(b.x - a.x, b.y - a.y);
}

describe('layoutFlows', () => {
  it('never writes into its inputs', () => {
    const input = deepFreeze(structuredClone({ companies, flows, scene: scenes.roundTrip }));
    const before = JSON.stringify(input);
    expect(() => layoutFlows(input.companies, input.flows, input.scene, WIDE, 'wide')).not.toThrow();
    expect(JSON.stringify(input)).toBe(before);
  });

  it('is a function of its inputs: the same call gives the same layout', () => {
    const a = layoutFlows(companies, flows, scenes.web, WIDE, 'wide');
    const b = layoutFlows(companies, flows, scenes.web, WIDE, 'wide');
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it.each([
    ['wide', 'amazon', 0.2, 0.5],
    ['wide', 'microsoft', 0.8, 0.12],
    ['narrow', 'anthropic', 0.4, 0.78],
    ['narrow', 'nvidia', 0.8, 0.95]
  ] as const)('places %s %s at its content position scaled to the drawing', (arrangement, id, ux, uy) => {
    const size = arrangement === 'wide' ? WIDE : { width: 400, height: 600 };
    const layout = layoutFlows(companies, flows, scenes.web, size, arrangement);
    const n = node(layout, id);
    const pad = { x: n.r + 6, y: n.r + 6 + layout.nodeFontSize * 1.2 };
    expect(n.x).toBeCloseTo(pad.x + ux * (size.width - 2 * pad.x));
    expect(n.y).toBeCloseTo(pad.y + uy * (size.height - 2 * pad.y));
  });

  it('shows the scene and hides the rest (kept, at opacity 0, for transitions)', () => {
    const layout = layoutFlows(companies, flows, scenes.talks, WIDE, 'wide');
    expect(layout.nodes.filter((n) => n.visible).map((n) => n.id)).toEqual(['amazon', 'openai']);
    expect(layout.links.filter((l) => l.visible).map((l) => l.id)).toEqual(['amazon-openai-equity']);
    expect(layout.links).toHaveLength(flows.length);
    for (const l of layout.links.filter((l) => !l.visible)) expect(l.opacity).toBe(0);
  });

  it('drops a flow whose company is not shown', () => {
    const scene = { ...scenes.talks, show: ['amazon'] };
    const layout = layoutFlows(companies, flows, scene, WIDE, 'wide');
    expect(layout.links.some((l) => l.visible)).toBe(false);
  });

  it('highlights what the scene names and fades the rest', () => {
    const layout = layoutFlows(companies, flows, scenes.roundTrip, WIDE, 'wide');
    expect(link(layout, 'openai-aws-lease').highlighted).toBe(true);
    expect(link(layout, 'openai-azure').faded).toBe(true);
    expect(link(layout, 'openai-azure').opacity).toBeLessThan(link(layout, 'openai-aws-lease').opacity);
    expect(node(layout, 'microsoft').faded).toBe(true);
    expect(node(layout, 'amazon').highlighted).toBe(true);
  });

  it('highlighting a company brings its flows forward', () => {
    const layout = layoutFlows(companies, flows, scenes.microsoft, WIDE, 'wide');
    expect(link(layout, 'openai-azure').highlighted).toBe(true);
    expect(link(layout, 'amazon-openai-equity').faded).toBe(true);
  });

  describe.each(['wide', 'narrow'] as const)('lanes (%s)', (arrangement: Arrangement) => {
    const size = arrangement === 'wide' ? WIDE : { width: 360, height: 560 };
    const layout = layoutFlows(companies, flows, scenes.roundTrip, size, arrangement);
    const amazon = node(layout, 'amazon');
    const openai = node(layout, 'openai');
    const out = link(layout, 'amazon-openai-equity');
    const back = link(layout, 'openai-aws-lease');
    const chips = link(layout, 'openai-amazon-trainium');

    it('runs the two directions of a pair on either side of the line between the companies', () => {
      expect(Math.sign(out.offset)).toBe(-Math.sign(back.offset));
      expect(Math.sign(out.lane)).toBe(-Math.sign(back.lane));
      const a = side(amazon, openai, { x: out.full.x0, y: out.full.y0 });
      const b = side(amazon, openai, { x: back.full.x1, y: back.full.y1 });
      expect(Math.sign(a)).toBe(-Math.sign(b));
    });

    it('keeps the lanes apart along their whole length (no crossing)', () => {
      for (let i = 0; i <= 20; i++) {
        const s = i / 20;
        // Compare points across the road: the outbound lane at s and the return lane at 1 - s.
        const p = pointAt(out.full, s);
        const q = pointAt(back.full, 1 - s);
        expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan((out.width + back.width) / 2);
      }
    });

    it('gives several flows in the same direction their own lanes, outward', () => {
      expect(chips.lane).toBe(2 * Math.sign(back.lane));
      expect(Math.abs(chips.offset)).toBeGreaterThan(Math.abs(back.offset) + (back.width + chips.width) / 2 - 0.01);
    });

    it('ends every link with an arrowhead whose tip touches the target', () => {
      for (const l of layout.links.filter((l) => l.visible)) {
        const target = node(layout, l.to);
        const distance = Math.hypot(l.arrow.x - target.x, l.arrow.y - target.y);
        expect(distance).toBeGreaterThan(target.r);
        expect(distance).toBeLessThan(target.r + 2);
        expect(l.arrow.points.split(' ')).toHaveLength(3);
      }
    });
  });

  it('names the kind of undisclosed flows that run side by side', () => {
    const capacity = {
      ...flows.find((f) => f.id === 'openai-amazon-trainium')!,
      id: 'capacity',
      kind: 'cloud-compute' as const
    };
    const scene = { ...scenes.chips, flows: [...scenes.chips.flows, 'capacity'] };
    const layout = layoutFlows(companies, [...flows, capacity], scene, WIDE, 'wide');
    expect(link(layout, 'openai-amazon-trainium').labelLines).toEqual(['chips: undisclosed']);
    expect(link(layout, 'capacity').labelLines).toEqual(['compute: undisclosed']);
    expect(
      link(layoutFlows(companies, flows, scenes.chips, WIDE, 'wide'), 'openai-amazon-trainium').labelLines
    ).toEqual(['undisclosed']);
  });

  it('widths follow one linear scale set by the whole story', () => {
    const layout = layoutFlows(companies, flows, scenes.roundTrip, WIDE, 'wide');
    const lease = link(layout, 'openai-aws-lease');
    const azure = link(layout, 'openai-azure');
    expect(azure.width).toBe(layout.maxWidth);
    expect(lease.width / azure.width).toBeCloseTo(38 / 250);
    expect(link(layout, 'amazon-openai-equity').width).toBe(MIN_WIDTH);
    expect(link(layout, 'openai-amazon-trainium').width).toBe(1);
    // The same flow in a scene without the $250B contract keeps its width.
    const talks = layoutFlows(companies, flows, { ...scenes.roundTrip, flows: ['openai-aws-lease'] }, WIDE, 'wide');
    expect(link(talks, 'openai-aws-lease').width).toBe(lease.width);
  });

  it.each([
    ['amazon-openai-equity', ['more than $10B']],
    ['openai-aws-lease', ['$38B over 7 yrs', '≈ $5.4B a year']],
    ['openai-amazon-trainium', ['undisclosed']],
    ['nvidia-openai-equity', ['up to $100B']]
  ])('labels %s as %j', (id, lines) => {
    expect(linkLabelLines(flows.find((f) => f.id === id)!)).toEqual(lines);
  });
});

describe('labels stay inside the drawing and never overlap', () => {
  const sizes: [number, number, Arrangement][] = [
    [320, 256, 'wide'],
    [1280, 768, 'wide'],
    [320, 420, 'narrow'],
    [1280, 1600, 'narrow'],
    [480, 300, 'wide']
  ];
  const cases = sizes.flatMap(([width, height, arrangement]) =>
    Object.entries(scenes)
      .filter(([, scene]) => scene.chart === 'flows')
      .map(([name, scene]) => ({ name, scene, width, height, arrangement }))
  );

  it.each(cases)('$name at $width × $height ($arrangement)', ({ scene, width, height, arrangement }) => {
    const layout = layoutFlows(companies, flows, scene, { width, height }, arrangement);
    const boxes: { id: string; box: Box }[] = [
      ...layout.nodes.filter((n) => n.visible).map((n) => ({ id: n.id, box: n.labelBox })),
      ...layout.links.filter((l) => l.visible && l.labelVisible).map((l) => ({ id: l.id, box: l.labelBox }))
    ];
    for (const { id, box } of boxes) {
      expect(box.x, `${id} left`).toBeGreaterThanOrEqual(0);
      expect(box.y, `${id} top`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${id} right`).toBeLessThanOrEqual(width);
      expect(box.y + box.height, `${id} bottom`).toBeLessThanOrEqual(height);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlaps(boxes[i]!.box, boxes[j]!.box), `${boxes[i]!.id} overlaps ${boxes[j]!.id}`).toBe(false);
    // Labels do not sit on nodes either.
    for (const n of layout.nodes.filter((n) => n.visible)) {
      const disc = { x: n.x - n.r, y: n.y - n.r, width: 2 * n.r, height: 2 * n.r };
      for (const { id, box } of boxes) expect(overlaps(disc, box), `${id} covers node ${n.id}`).toBe(false);
    }
    // Every highlighted flow keeps its label.
    for (const l of layout.links.filter((l) => l.highlighted)) expect(l.labelVisible, `${l.id} label`).toBe(true);
  });

  it('finds a place for every label at 1280 px', () => {
    const layout = layoutFlows(companies, flows, scenes.web, WIDE, 'wide');
    expect(layout.links.filter((l) => l.visible && !l.labelVisible).map((l) => l.id)).toEqual([]);
  });
});

describe('diagramSize', () => {
  it.each([
    {
      name: 'a phone with a short sticky box: landscape',
      width: 343,
      maxHeight: 300,
      size: { width: 343, height: 274, arrangement: 'wide' }
    },
    {
      name: 'a phone with a tall box: portrait',
      width: 343,
      maxHeight: 600,
      size: { width: 343, height: 446, arrangement: 'narrow' }
    },
    { name: 'a laptop', width: 800, maxHeight: 700, size: { width: 800, height: 480, arrangement: 'wide' } },
    {
      name: 'height never exceeds the limit',
      width: 800,
      maxHeight: 300,
      size: { width: 800, height: 300, arrangement: 'wide' }
    },
    {
      name: 'forced arrangement',
      width: 800,
      maxHeight: 2000,
      arrangement: 'narrow' as const,
      size: { width: 800, height: 1040, arrangement: 'narrow' }
    },
    {
      name: 'very narrow containers are drawn at 200 px and scaled',
      width: 150,
      maxHeight: 500,
      size: { width: 200, height: 260, arrangement: 'narrow' }
    }
  ])('$name', ({ width, maxHeight, arrangement, size }) =>
    expect(diagramSize(width, maxHeight, arrangement)).toEqual(size)
  );
});
