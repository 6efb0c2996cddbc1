import { afterEach, describe, expect, it, vi } from 'vitest';
import FlowFigure from '$lib/components/flow/FlowFigure.svelte';
import { loadFlowFigure, loadStoryDiagram } from '$lib/components/flow/load';
import type { DiagramContent } from '$lib/content/types';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('loadFlowFigure', () => {
  it('resolves to the live diagram’s component', async () => expect(await loadFlowFigure()).toBe(FlowFigure));
});

describe('loadStoryDiagram', () => {
  const content: DiagramContent = { companies: [], flows: [], sources: [], market: {} as never, scenes: [] };

  it('brings the component and the content it draws from, from the site’s own /diagram.json', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(content), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    expect(await loadStoryDiagram('/money')).toEqual({ FlowFigure, content });
    expect(fetch).toHaveBeenCalledWith('/money/diagram.json');
  });

  it('resolves to nothing, and says why in the console, when the content does not come', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Not found', { status: 404, statusText: 'Not Found' }))
    );
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await loadStoryDiagram('')).toBeUndefined();
    expect(String(error.mock.calls[0]?.[1])).toContain('/diagram.json: 404 Not Found');
  });
});
