// @vitest-environment node
// The prerendered page must carry a real still drawing: render the figure on the server, with
// no browser APIs at all, and look at the markup.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import FlowFigure from '$lib/components/flow/FlowFigure.svelte';
import FlowDiagram from '$lib/components/flow/FlowDiagram.svelte';
import { companies, flows, market, scenes, sources } from '../../unit/flow/fixtures';

const props = { companies, flows, sources, market, stepLabel: 'step 6 of 8' };

describe('server rendering', () => {
  it('draws the scene with arrowheads, labels, a name and a table, and no moving dots', () => {
    const { body } = render(FlowFigure, { props: { ...props, scene: scenes.roundTrip, maxHeight: 480 } });
    expect(body).toContain('role="img"');
    expect(body).toContain('aria-label="Money flows, step 6 of 8: 3 companies, 5 flows"');
    expect(body.match(/<polygon points=/g)).toHaveLength(5);
    expect(body).toContain('more than $10B');
    expect(body).toContain('<table');
    expect(body).not.toContain('class="particles');
  });

  it('renders a still copy without focus targets or toolbar', () => {
    const { body } = render(FlowDiagram, { props: { ...props, scene: scenes.talks, interactive: false, width: 640 } });
    expect(body).toContain('viewBox="0 0 640 384"');
    expect(body).not.toContain('tabindex="0"');
    expect(body).not.toContain('Pause animation');
  });
});
