// What the browser is sent of the content (src/lib/server/content/client.ts): `/` carries only
// what it needs at load, and its live diagram's content comes with the diagram (/diagram.json).
import { describe, expect, it } from 'vitest';
import { clientContent, diagramContent, pageContent } from '$lib/server/content/client';
import { loadContent } from '$lib/server/content/load';

const content = loadContent();

describe('pageContent and diagramContent', () => {
  it("keeps the diagram's content out of the page's data", () => {
    const page = pageContent(content);
    expect(Object.keys(page).sort()).toEqual(['meta', 'sliders', 'steps']);
    expect(page.steps).toEqual(content.steps.map(({ id, title, later }) => ({ id, title, later })));
    expect(JSON.stringify(page)).not.toContain(content.flows[0]!.note!);
  });

  it('gives the diagram what an embed carries inline, and every step’s scene in order', () => {
    const diagram = diagramContent(content);
    const { companies, flows, sources, market, steps } = clientContent(content);
    expect(diagram).toEqual({ companies, flows, sources, market, scenes: steps.map((step) => step.scene) });
    expect(diagram.scenes).toHaveLength(content.steps.length);
  });
});
