// Labels that belong to their lines. The words (amount and term, then how sure), the rules
// (within 24 px of the own band, never on another band, box or label, inside the drawing) and
// the search. Placement is checked on a lone straight band from (100, 200) to (500, 200), 10 px
// wide, in a 600 × 400 drawing at 12 px type, where every candidate can be worked out by hand:
// "$8B / paid" is 4 characters × 12 × 0.6 = 28.8 px wide and 2 × 15 = 30 px tall, 32.8 × 32 with
// its padding; the first place tried is in the middle of the band, 3 px off its edge, on the
// side the request points away to.
import { describe, expect, it } from 'vitest';
import type { Flow } from '$lib/content/types';
import type { Box, Cubic } from '$lib/flow/geometry';
import {
  LABEL_REACH,
  labelLines,
  labelPlaces,
  labelProblem,
  mayShorten,
  narrowLines,
  placeLabel,
  placeLabels,
  prepared,
  type LabelBand,
  type LabelContext,
  type LabelRequest
} from '$lib/flow/labels';
import { assumedFlows, flows } from './fixtures';

/** A box, to a millionth of a pixel (the arithmetic of 0.6 × 12 is not exact in binary). */
const near = (box: Box) => ({
  x: expect.closeTo(box.x, 6),
  y: expect.closeTo(box.y, 6),
  width: expect.closeTo(box.width, 6),
  height: expect.closeTo(box.height, 6)
});
const byId = (list: readonly Flow[], id: string) => list.find((f) => f.id === id)!;
const flow = (id: string) => byId(flows, id);

describe('labelLines', () => {
  it.each([
    { name: 'a qualified amount in talks', flow: flow('amazon-openai-equity'), lines: ['more than $10B', 'in talks'] },
    { name: 'an amount with a term', flow: flow('openai-aws-lease'), lines: ['$38B over 7 yrs', 'committed'] },
    { name: 'an undisclosed amount', flow: flow('openai-amazon-trainium'), lines: ['undisclosed', 'in talks'] },
    { name: 'a paid amount', flow: flow('amazon-anthropic-equity'), lines: ['$8B', 'paid'] },
    { name: 'a letter of intent', flow: flow('nvidia-openai-equity'), lines: ['up to $100B', 'letter of intent'] },
    {
      // Not "assumed $5B": the second line already says whose figure it is.
      name: 'our assumption, without a qualifier',
      flow: byId(assumedFlows, 'openai-amazon-trainium'),
      lines: ['$5B over 7 yrs', 'our assumption']
    },
    {
      name: 'our estimate from reported figures',
      flow: { ...flow('openai-aws-lease'), amount: 5.4, qualifier: 'about', period: undefined, basis: 'derived' },
      lines: ['about $5.4B', 'committed, our estimate']
    },
    {
      name: 'a tag where the status word would mislead',
      flow: { ...flow('nvidia-anthropic-equity'), amount: 35, qualifier: 'exactly', tag: 'conditional' },
      lines: ['$35B', 'conditional']
    },
    {
      name: 'a one-year term',
      flow: { ...flow('openai-aws-lease'), period: 1 },
      lines: ['$38B over 1 yr', 'committed']
    }
  ] satisfies { name: string; flow: Flow; lines: string[] }[])('$name: $lines', ({ flow, lines }) =>
    expect(labelLines(flow)).toEqual(lines)
  );
});

describe('narrowLines', () => {
  it.each([
    { lines: ['more than $10B', 'in talks'], narrow: ['more than', '$10B', 'in talks'] },
    { lines: ['about $3B', 'paid'], narrow: ['about', '$3B', 'paid'] },
    { lines: ['$38B over 7 yrs', 'committed'], narrow: ['$38B', 'over 7 yrs', 'committed'] },
    { lines: ['up to $5B over 7 yrs', 'pledged'], narrow: ['up to', '$5B', 'over 7 yrs', 'pledged'] },
    { lines: ['$5B each over 7 yrs', 'our assumption'], narrow: ['$5B each', 'over 7 yrs', 'our assumption'] },
    { lines: ['$8B', 'paid'], narrow: null },
    { lines: [], narrow: null }
  ])('$lines → $narrow', ({ lines, narrow }) => expect(narrowLines(lines)).toEqual(narrow));
});

const band: Cubic = { x0: 100, y0: 200, x1: 233, y1: 200, x2: 367, y2: 200, x3: 500, y3: 200 };
const bounds: Box = { x: 0, y: 0, width: 600, height: 400 };
const own: LabelBand = { id: 'own', curve: band, width: 10 };
/** Another band 25 px above the first, 4 px wide. */
const above: LabelBand = { id: 'above', curve: { ...band, y0: 175, y1: 175, y2: 175, y3: 175 }, width: 4 };

function context(extra: Partial<LabelContext> = {}): LabelContext {
  return { bounds, nodes: [], bands: [own], taken: [], fontSize: 12, ...extra };
}
function request(extra: Partial<LabelRequest> = {}): LabelRequest {
  return { ...own, lines: ['$8B', 'paid'], insideAllowed: false, away: { x: 0, y: -1 }, ...extra };
}

describe('labelProblem: the rules', () => {
  it.each([
    { name: 'beside the band, 3 px off its edge', box: { x: 283.6, y: 160, width: 32.8, height: 32 }, problem: null },
    {
      // Box bottom at 171: 29 px from the centre line, 24 px from the band's edge.
      name: `exactly ${LABEL_REACH} px from the band's edge`,
      box: { x: 280, y: 150, width: 40, height: 21 },
      problem: null
    },
    {
      name: 'a tenth of a pixel too far',
      box: { x: 280, y: 150, width: 40, height: 20.9 },
      problem: 'more than 24 px from its line'
    },
    {
      name: 'far above the band',
      box: { x: 280, y: 100, width: 40, height: 20 },
      problem: 'more than 24 px from its line'
    },
    { name: 'on the band', box: { x: 280, y: 190, width: 40, height: 20 }, problem: 'on its own line' },
    {
      name: 'sticking out of the drawing',
      box: { x: -10, y: 170, width: 40, height: 20 },
      problem: 'outside the drawing'
    }
  ])('$name: $problem', ({ box, problem }) => expect(labelProblem(own, box, false, context())).toBe(problem));

  const beside = { x: 283.6, y: 160, width: 32.8, height: 32 };
  it.each([
    {
      name: "over a company's box",
      extra: { nodes: [{ x: 300, y: 150, width: 20, height: 20 }] },
      problem: "over a company's box"
    },
    {
      name: 'within 2 px of a company’s box',
      extra: { nodes: [{ x: 283.6, y: 140, width: 20, height: 18.5 }] },
      problem: "over a company's box"
    },
    {
      name: 'over another label',
      extra: { taken: [{ x: 290, y: 150, width: 20, height: 20 }] },
      problem: 'over another label'
    },
    { name: 'on another band', extra: { bands: [own, above] }, problem: 'on the line of above' }
  ])('$name', ({ extra, problem }) => expect(labelProblem(own, beside, false, context(extra))).toBe(problem));

  it.each([
    { name: 'inside a band wide enough (corners within width/2 − 2 px)', width: 20, problem: null },
    { name: 'inside a band too narrow for it', width: 10, problem: 'not inside its band' }
  ])('$name', ({ width, problem }) => {
    const wide = { ...own, width };
    expect(labelProblem(wide, { x: 290, y: 195, width: 20, height: 10 }, true, context({ bands: [wide] }))).toBe(
      problem
    );
  });

  it('lets a label sit closer to a twin lane it also names (1 px) than to another band (2 px)', () => {
    // Bottom at 171.5: 3.5 px above the 4 px band at y = 175 (its edge at 173), so 1.5 px clear.
    const box = { x: 280, y: 140, width: 40, height: 31.5 };
    expect(labelProblem(own, box, false, context({ bands: [own, above] }))).toBe('on the line of above');
    expect(labelProblem({ ...own, also: ['above'] }, box, false, context({ bands: [own, above] }))).toBeNull();
  });
});

describe('placeLabel', () => {
  it('takes the middle of the band, 3 px off its edge, on the side away from the crowd', () =>
    expect(placeLabel(request(), context())).toEqual({
      box: near({ x: 283.6, y: 160, width: 32.8, height: 32 }),
      lines: ['$8B', 'paid'],
      inside: false
    }));

  it('goes below when the crowd is above', () =>
    expect(placeLabel(request({ away: { x: 0, y: 1 } }), context())?.box).toEqual(
      near({ x: 283.6, y: 208, width: 32.8, height: 32 })
    ));

  it('moves to the other side when another band runs where it would go', () =>
    expect(placeLabel(request(), context({ bands: [own, above] }))?.box).toEqual(
      near({ x: 283.6, y: 208, width: 32.8, height: 32 })
    ));

  it('sits inside a band tall enough for both lines (32 + 6 px)', () =>
    expect(
      placeLabel(request({ width: 40, insideAllowed: true }), context({ bands: [{ ...own, width: 40 }] }))
    ).toEqual({
      box: near({ x: 283.6, y: 184, width: 32.8, height: 32 }),
      lines: ['$8B', 'paid'],
      inside: true
    }));

  it('puts the amount alone inside a band too narrow for two lines', () =>
    // "$8B": 21.6 + 4 = 25.6 px wide, 15 + 2 = 17 px tall; 36 px ≥ 17 + 6.
    expect(
      placeLabel(request({ width: 36, insideAllowed: true }), context({ bands: [{ ...own, width: 36 }] }))
    ).toEqual({
      box: near({ x: 287.2, y: 191.5, width: 25.6, height: 17 }),
      lines: ['$8B'],
      inside: true
    }));

  it('returns null when nothing fits', () =>
    expect(placeLabel(request(), context({ nodes: [{ x: 0, y: 0, width: 600, height: 400 }] }))).toBeNull());

  it('keeps every rule wherever it ends up, and stays within reach of its band', () => {
    // Crowd the obvious places: a label taken above the middle, another band below.
    const below: LabelBand = { id: 'below', curve: { ...band, y0: 230, y1: 230, y2: 230, y3: 230 }, width: 4 };
    const ctx = context({ bands: [own, below], taken: [{ x: 260, y: 140, width: 80, height: 55 }] });
    const placed = placeLabel(request(), ctx);
    expect(placed).not.toBeNull();
    expect(labelProblem(own, placed!.box, placed!.inside, ctx)).toBeNull();
    const distance = Math.max(placed!.box.y - 205, 195 - (placed!.box.y + placed!.box.height));
    expect(distance).toBeGreaterThan(0);
    expect(distance).toBeLessThanOrEqual(LABEL_REACH);
  });

  it('sets the words narrower when the two-line label does not fit', () => {
    // Companies above the band leave a 76 px slot over its middle (x 262–338 with their 2 px
    // gaps) and one below fills the other side. "more than $10B" is 100.8 + 4 px wide and does
    // not fit; "more than" / "$10B" / "in talks" is 64.8 + 4 px wide and 3 × 15 + 2 = 47 px tall,
    // centred 5 + 3 + 23.5 px above the centre line.
    const ctx = context({
      nodes: [
        { x: 100, y: 100, width: 160, height: 80 },
        { x: 340, y: 100, width: 160, height: 80 },
        { x: 100, y: 215, width: 400, height: 100 }
      ]
    });
    expect(placeLabel(request({ lines: ['more than $10B', 'in talks'] }), ctx)).toEqual({
      box: near({ x: 265.6, y: 145, width: 68.8, height: 47 }),
      lines: ['more than', '$10B', 'in talks'],
      inside: false
    });
  });
});

describe('the amount alone, where two lines find no room', () => {
  const paid = { status: 'completed', basis: 'reported', amount: 8, qualifier: 'exactly' } as const;
  it.each([
    { name: 'paid', flow: paid, may: true },
    { name: 'committed', flow: { ...paid, status: 'committed' }, may: true },
    { name: 'pledged, up to', flow: { ...paid, status: 'pledged', qualifier: 'up-to' }, may: true },
    { name: 'pledged, exactly', flow: { ...paid, status: 'pledged' }, may: false },
    { name: 'in talks', flow: { ...paid, status: 'in-talks' }, may: false },
    { name: 'a letter of intent', flow: { ...paid, status: 'letter-of-intent', qualifier: 'up-to' }, may: false },
    { name: 'our assumption', flow: { ...paid, basis: 'assumed' }, may: false },
    { name: 'our estimate', flow: { ...paid, basis: 'derived' }, may: false },
    { name: 'tagged', flow: { ...paid, status: 'committed', tag: 'conditional' }, may: false },
    { name: 'undisclosed', flow: { ...paid, amount: null }, may: false }
  ] as const)('$name: $may', ({ flow, may }) => expect(mayShorten(flow)).toBe(may));

  // Companies over the band down to y 172 and under it from y 215 leave room above its middle
  // for one line (17 px tall, from y 175, 2 px clear of the box) and none for two (32 px).
  const ctx = context({
    nodes: [
      { x: 100, y: 0, width: 400, height: 172 },
      { x: 100, y: 215, width: 400, height: 100 }
    ]
  });

  it('puts the amount alone beside its band when the request may shorten', () =>
    expect(placeLabel(request({ short: true }), ctx)).toEqual({
      box: near({ x: 287.2, y: 175, width: 25.6, height: 17 }),
      lines: ['$8B'],
      inside: false
    }));

  it('keeps the two lines where they fit, and leaves a label off rather than shorten it unasked', () => {
    expect(placeLabel(request({ short: true }), context())?.lines).toEqual(['$8B', 'paid']);
    expect(placeLabel(request(), ctx)).toBeNull();
    expect(placeLabel(request({ short: true, quiet: true }), ctx)).toBeNull();
  });
});

describe('labelPlaces and placeLabels', () => {
  it('lists places nearest first, each keeping the rules against what does not move', () => {
    const places = labelPlaces(request(), context());
    expect(places).toHaveLength(8);
    expect(places[0]!.box).toEqual(near({ x: 283.6, y: 160, width: 32.8, height: 32 }));
    for (const place of places) expect(labelProblem(own, place.box, place.inside, context())).toBeNull();
  });

  it('tries a quiet label only close by: two places at most', () =>
    expect(labelPlaces(request({ quiet: true }), context())).toHaveLength(2));

  it('places the labels of two bands without letting them overlap', () => {
    const ctx = context({ bands: [own, above] });
    const placed = placeLabels(
      [request(), { ...above, lines: ['up to $5B', 'pledged'], insideAllowed: false, away: { x: 0, y: -1 } }],
      ctx
    );
    expect([...placed.keys()].sort()).toEqual(['above', 'own']);
    const [a, b] = [placed.get('own')!, placed.get('above')!];
    expect(labelProblem(own, a.box, a.inside, { ...ctx, taken: [b.box] })).toBeNull();
    expect(labelProblem(above, b.box, b.inside, { ...ctx, taken: [a.box] })).toBeNull();
  });

  it('samples a band’s centre line once and keeps one it already has', () => {
    const once = prepared(own);
    expect(once.line.points).toHaveLength(25);
    expect(prepared(once)).toBe(once);
  });
});
