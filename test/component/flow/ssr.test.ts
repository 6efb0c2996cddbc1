// @vitest-environment node
// The prerendered page must carry real still drawings: render a still on the server, with no
// browser APIs at all, and look at the markup a reader without JavaScript (or a printer) gets.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import FlowStill from '$lib/components/flow/FlowStill.svelte';
import { diagramSize } from '$lib/flow/sizing';
import { companies, flows, market, scenes, sources } from '../../unit/flow/fixtures';

const props = { companies, flows, sources, market, stepLabel: 'step 6 of 8', size: diagramSize(343, 340) };

describe('a still drawing, rendered on the server', () => {
  it('draws every flow of the scene with an arrowhead and a name, and no controls', () => {
    const { body } = render(FlowStill, { props: { ...props, scene: scenes.roundTrip } });
    expect(body).toContain('role="img"');
    expect(body).toContain('aria-label="Money flows, step 6 of 8: 3 companies, 5 flows"');
    expect(body.match(/<polygon class="arrow/g)).toHaveLength(5);
    expect(body.match(/data-flow="/g)?.length).toBeGreaterThanOrEqual(5);
    expect(body).toContain('more than $10B');
    expect(body).not.toContain('tabindex="0"');
    expect(body).not.toContain('Pause animation');
    expect(body).not.toContain('class="motion');
  });

  it('carries its data table behind a disclosure that works without JavaScript', () => {
    const { body } = render(FlowStill, { props: { ...props, scene: scenes.roundTrip } });
    expect(body).toMatch(/<details class="still-table[^"]*"><summary[^>]*>The figures as a table<\/summary>/);
    expect(body).toContain('<caption');
    expect(body.match(/<tr/g)).toHaveLength(6);
  });

  it('gives every element id a prefix of its own, so several stills can share a page', () => {
    const ids = (prefix: string) =>
      [
        ...render(FlowStill, { props: { ...props, scene: scenes.talks }, idPrefix: prefix }).body.matchAll(
          / id="([^"]+)"/g
        )
      ].map((m) => m[1]);
    const a = ids('still1');
    const b = ids('still2');
    expect(a.length).toBeGreaterThan(0);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
  });
});
