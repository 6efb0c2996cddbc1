// The dots' layer keeps clear of the labels, the annotation and the companies' boxes.
import { describe, expect, it } from 'vitest';
import { layoutFlows } from '$lib/flow/layout';
import { dotLook, maskImage, motionHoles, motionPaths } from '$lib/flow/motion';
import { diagramSize } from '$lib/flow/sizing';
import { companies, flows, scenes } from './fixtures';

const box = diagramSize(736, 555);
const layout = layoutFlows(companies, flows, scenes.roundTrip, box, box.arrangement);

describe('motionHoles', () => {
  it('holds every shown label, the annotation and every shown company, 2 px larger', () => {
    const labels = layout.links.filter((l) => l.label && l.labelOpacity > 0.01);
    // Hidden companies are not holes: no shown flow reaches them.
    const nodes = layout.nodes.filter((n) => n.visible);
    expect(nodes.length).toBeLessThan(layout.nodes.length);
    const holes = motionHoles(layout);
    expect(labels.length).toBeGreaterThan(0);
    expect(holes).toHaveLength(labels.length + nodes.length + (layout.annotation ? 1 : 0));
    const first = labels[0]!.label!.box;
    expect(holes[0]).toEqual({ x: first.x - 2, y: first.y - 2, width: first.width + 4, height: first.height + 4 });
    const company = nodes[0]!.box;
    expect(holes[labels.length]).toEqual({
      x: company.x - 2,
      y: company.y - 2,
      width: company.width + 4,
      height: company.height + 4
    });
  });

  it('has dots to hide: the step moves some flows', () => {
    expect(motionPaths(layout).length).toBeGreaterThan(0);
  });
});

describe('maskImage', () => {
  it('is the whole layer with each hole cut out by the even-odd rule, as a data: URL', () => {
    const css = maskImage(100, 50, [{ x: 10, y: 5, width: 20.04, height: 8 }]);
    const svg = decodeURIComponent(/^url\("data:image\/svg\+xml,(.*)"\)$/.exec(css)![1]!);
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50">' +
        '<path fill-rule="evenodd" d="M0 0H100V50H0zM10 5h20v8h-20z"/></svg>'
    );
  });

  it('is the whole layer, uncut, with no holes', () => {
    expect(decodeURIComponent(maskImage(10, 10, []))).toContain('d="M0 0H10V10H0z"');
  });
});

describe('dotLook', () => {
  const color = 'var(--equity)';
  it('puts small light dots inside a wide solid band', () => {
    expect(dotLook({ width: 20, treatment: 'solid', color })).toEqual({ size: 6, color: 'var(--bg)' });
  });
  it('puts small dots of the flow’s colour inside a wide hollow band, not beads as wide as the band', () => {
    expect(dotLook({ width: 17, treatment: 'open', color })).toEqual({ size: 5.1, color });
    expect(dotLook({ width: 40, treatment: 'open', color })).toEqual({ size: 7, color });
  });
  it('makes a thin line’s dots a little wider than the line, in its colour', () => {
    expect(dotLook({ width: 2, treatment: 'solid', color })).toEqual({ size: 5, color });
    expect(dotLook({ width: 5, treatment: 'open', color })).toEqual({ size: 8, color });
  });
  it('keeps dots wider than a broken line, where small ones would vanish on its dashes, up to 12 px', () => {
    expect(dotLook({ width: 6, treatment: 'talks', color })).toEqual({ size: 9, color });
    expect(dotLook({ width: 40, treatment: 'assumed', color })).toEqual({ size: 12, color });
  });
});
