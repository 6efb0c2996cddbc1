// The drawing's rules as checks: each must see a broken layout, not only pass a good one.
import { describe, expect, it } from 'vitest';
import { nodeViolations } from '$lib/flow/checks';
import { layoutFlows } from '$lib/flow/layout';
import { diagramSize } from '$lib/flow/sizing';
import { companies, flows, scenes } from './fixtures';

const size = diagramSize(375, 560);
const layout = () => layoutFlows(companies, flows, scenes.roundTrip, size, size.arrangement);

describe('nodeViolations', () => {
  it('passes companies drawn apart', () => expect(nodeViolations(layout())).toEqual([]));

  it('names two companies whose boxes touch', () => {
    const drawn = layout();
    const [a, b] = drawn.nodes.filter((n) => n.visible);
    const moved = {
      ...drawn,
      nodes: drawn.nodes.map((n) => (n === b ? { ...n, box: { ...a!.box, x: a!.box.x + 5 } } : n))
    };
    expect(nodeViolations(moved)).toEqual([`${a!.id} and ${b!.id}: boxes touch`]);
  });

  it('names a company outside the drawing', () => {
    const drawn = layout();
    const [a] = drawn.nodes.filter((n) => n.visible);
    const moved = { ...drawn, nodes: drawn.nodes.map((n) => (n === a ? { ...n, box: { ...n.box, x: -20 } } : n)) };
    expect(nodeViolations(moved)).toContain(`${a!.id}: outside the drawing`);
  });
});
