import { describe, expect, it } from 'vitest';
import FlowFigure from '$lib/components/flow/FlowFigure.svelte';
import { loadFlowFigure } from '$lib/components/flow/load';

describe('loadFlowFigure', () => {
  it('resolves to the live diagram’s component', async () => expect(await loadFlowFigure()).toBe(FlowFigure));
});
