// Transitions between two layouts, for svelte/motion's Tween: numbers are interpolated and
// what derives from them is derived again, so every frame is a consistent drawing; labels do
// not fly (one that stays put stays, one that moves or appears fades in over the second half).
import { describe, expect, it } from 'vitest';
import { bandGeometry } from '$lib/flow/arrows';
import { dashArray, openEdge } from '$lib/flow/encoding';
import { layoutFlows, type FlowLayout } from '$lib/flow/layout';
import { diagramSize } from '$lib/flow/sizing';
import { TRANSITION_MS, easeCubicInOut, interpolateLayout } from '$lib/flow/transition';
import { assumedFlows, companies, deepFreeze, flows, scenes } from './fixtures';

const size = diagramSize(1280, 640);
const draw = (scene: keyof typeof scenes, list = flows) =>
  deepFreeze(layoutFlows(companies, list, scenes[scene], size, size.arrangement));
const talks = draw('talks');
const roundTrip = draw('roundTrip');
const web = draw('web');
const link = (layout: FlowLayout, id: string) => layout.links.find((l) => l.id === id)!;
const node = (layout: FlowLayout, id: string) => layout.nodes.find((n) => n.id === id)!;

describe('interpolateLayout', () => {
  it('returns the target layout itself at t = 1', () => {
    expect(interpolateLayout(talks, roundTrip)(1)).toBe(roundTrip);
    expect(interpolateLayout(roundTrip, talks)(1)).toBe(talks);
  });

  it("hands over the target layout's own marks where nothing changes: a frame does no work for them", () => {
    const frame = interpolateLayout(talks, roundTrip)(0.5);
    // Hidden at both steps.
    const hidden = roundTrip.links.filter((l) => !l.visible && !link(talks, l.id).visible);
    expect(hidden.length).toBeGreaterThan(0);
    for (const l of hidden) expect(link(frame, l.id)).toBe(l);
    // A mark that changes is a frame of its own.
    expect(link(frame, 'openai-aws-lease')).not.toBe(link(roundTrip, 'openai-aws-lease'));
    expect(node(frame, 'microsoft')).not.toBe(node(roundTrip, 'microsoft'));
    // Drawn the same at both (the same step laid out twice): every mark is the target's.
    const again = draw('roundTrip');
    const still = interpolateLayout(roundTrip, again)(0.5);
    expect(still.links.every((l, i) => l === again.links[i])).toBe(true);
    expect(still.nodes.every((n, i) => n === again.nodes[i])).toBe(true);
  });

  it('starts where the first layout is', () => {
    const start = interpolateLayout(talks, roundTrip)(0);
    const from = link(talks, 'amazon-openai-equity');
    expect(link(start, 'amazon-openai-equity')).toMatchObject({
      width: from.width,
      full: from.full,
      d: from.d,
      arrow: from.arrow
    });
    expect(node(start, 'amazon').box).toEqual(node(talks, 'amazon').box);
  });

  it('grows an entering band from 0 px where it will be, and fades it in', () => {
    const step = interpolateLayout(talks, roundTrip);
    const target = link(roundTrip, 'openai-aws-lease');
    expect(talks.links.find((l) => l.id === target.id)?.visible).toBe(false);
    expect(link(step(0), target.id).width).toBe(0);
    const half = link(step(0.5), target.id);
    expect(half.width).toBeCloseTo(target.width / 2, 9);
    expect(half.opacity).toBeCloseTo(target.opacity / 2, 9);
    expect(half.full).toEqual(target.full);
  });

  it('thins out a leaving band where it was', () => {
    const from = link(roundTrip, 'openai-aws-lease');
    const half = link(interpolateLayout(roundTrip, talks)(0.5), from.id);
    expect(half.width).toBeCloseTo(from.width / 2, 9);
    expect(half.opacity).toBeCloseTo(from.opacity / 2, 9);
    expect(half.full).toEqual(from.full);
  });

  it('fades a company in from nothing where it will be', () => {
    const half = node(interpolateLayout(talks, roundTrip)(0.5), 'microsoft');
    expect(half.opacity).toBeCloseTo(node(roundTrip, 'microsoft').opacity / 2, 9);
    expect(half.box).toEqual(node(roundTrip, 'microsoft').box);
  });

  it('derives every frame’s band, arrowhead, dashes and hollow from its own width and curve', () => {
    const frame = interpolateLayout(talks, web)(0.37);
    for (const l of frame.links.filter((l) => l.width > 0)) {
      const band = bandGeometry(l.full, l.width);
      expect({ d: l.d, arrow: l.arrow, dash: l.dash }).toEqual({
        d: band.d,
        arrow: band.arrow,
        dash: dashArray(l.treatment, l.width)
      });
      expect(l.inner).toBeCloseTo(l.treatment === 'open' ? Math.max(0, l.width - 2 * openEdge(l.width)) : 0, 9);
    }
  });

  it('keeps a label that stays put at opacity 1 all the way', () => {
    // The same scene laid out afresh: equal boxes, different objects.
    const again = deepFreeze(layoutFlows(companies, flows, scenes.roundTrip, size, size.arrangement));
    const step = interpolateLayout(roundTrip, again);
    const labelled = again.links.filter((l) => l.label).map((l) => l.id);
    expect(labelled.length).toBeGreaterThan(0);
    for (const t of [0, 0.25, 0.5, 0.75]) for (const id of labelled) expect(link(step(t), id).labelOpacity).toBe(1);
  });

  it.each([
    { t: 0, opacity: 0 },
    { t: 0.25, opacity: 0 },
    { t: 0.5, opacity: 0 },
    { t: 0.75, opacity: 0.5 },
    { t: 0.9, opacity: 0.8 }
  ])('fades in a label that appears over the second half: $opacity at t = $t', ({ t, opacity }) => {
    const id = 'openai-aws-lease';
    expect(link(roundTrip, id).label).not.toBeNull();
    expect(link(interpolateLayout(talks, roundTrip)(t), id).labelOpacity).toBeCloseTo(opacity, 9);
  });

  it('has no label opacity for a flow without a label', () => {
    const frame = interpolateLayout(talks, roundTrip)(0.75);
    for (const l of frame.links.filter((l) => !link(roundTrip, l.id).label)) expect(l.labelOpacity).toBe(0);
  });

  it('fades in an annotation that appears, and keeps one that stays', () => {
    const assumed = draw('assumed', assumedFlows);
    expect(assumed.annotation).not.toBeNull();
    const withAnnotation = deepFreeze({
      ...roundTrip,
      annotation: assumed.annotation,
      annotationText: assumed.annotationText
    });
    expect(interpolateLayout(roundTrip, withAnnotation)(0.75).annotationOpacity).toBeCloseTo(0.5, 9);
    expect(interpolateLayout(withAnnotation, { ...withAnnotation })(0.25).annotationOpacity).toBe(1);
    expect(interpolateLayout(withAnnotation, roundTrip)(0.25).annotationOpacity).toBe(0);
  });

  it('goes from what is on screen straight to a new target (no queue of scenes)', () => {
    const midway = interpolateLayout(talks, roundTrip)(0.3);
    const jump = interpolateLayout(midway, web);
    expect(link(jump(0), 'openai-aws-lease').width).toBeCloseTo(link(midway, 'openai-aws-lease').width, 9);
    expect(jump(1)).toBe(web);
  });

  it('jumps to the target when the drawing’s size changes', () => {
    const other = deepFreeze(layoutFlows(companies, flows, scenes.web, { width: 375, height: 560 }, 'narrow'));
    expect(interpolateLayout(talks, other)(0.2)).toBe(other);
  });

  it('never writes into either layout (both are frozen)', () =>
    expect(() => [0, 0.5, 0.99].map(interpolateLayout(talks, web))).not.toThrow());
});

describe('timing', () => {
  it('takes half a second', () => expect(TRANSITION_MS).toBe(500));

  it.each([
    [0, 0],
    [0.25, 0.0625],
    [0.5, 0.5],
    [0.75, 0.9375],
    [1, 1]
  ])('eases %s to %s (cubic in and out)', (t, eased) => expect(easeCubicInOut(t)).toBeCloseTo(eased, 9));
});
