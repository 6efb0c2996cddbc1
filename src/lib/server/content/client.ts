// What the browser is sent of the content: only what it renders or computes with after load.
// The steps' text and citations, the updates and the sources list are prerendered HTML that
// never changes (src/lib/server/extras.ts); the calculator's copy and presets come with the
// calculator (/explore.json). What is sent here is in the pages' HTML, so it is kept to what the
// live parts need: the embeds carry clientContent; `/` carries pageContent, and its live
// diagram fetches diagramContent (/diagram.json) when it loads.
import type { Content, DiagramContent, SourceName, StepPlace, StepSummary } from '$lib/content/types';
import type { SliderBounds } from '$lib/model/types';

export interface ClientContent {
  meta: Content['meta'];
  steps: StepSummary[];
  companies: Content['companies'];
  flows: Content['flows'];
  /** Outlet names, for the diagram's sentences, table and downloads. */
  sources: SourceName[];
  market: Content['market'];
  /** The sliders' bounds, for the scenario (a link's figures, the live numbers); the calculator
   *  gets the rest with its island (/explore.json). */
  sliders: SliderBounds[];
}

export function clientContent(content: Content): ClientContent {
  return {
    meta: content.meta,
    steps: content.steps.map(({ id, title, scene, later }) => ({ id, title, scene, later })),
    companies: content.companies,
    flows: content.flows,
    sources: content.sources.map(({ id, outlet }) => ({ id, outlet })),
    market: content.market,
    sliders: content.sliders.map(({ id, unit, min, max, step, reported }) => ({ id, unit, min, max, step, reported }))
  };
}

/** What the story's page carries in its HTML: the diagram's content comes with the diagram. */
export interface PageContent {
  meta: Content['meta'];
  steps: StepPlace[];
  sliders: SliderBounds[];
}

export function pageContent(content: Content): PageContent {
  const { meta, steps, sliders } = clientContent(content);
  return { meta, steps: steps.map(({ id, title, later }) => ({ id, title, later })), sliders };
}

/** What `/` fetches with its live diagram (/diagram.json). */
export function diagramContent(content: Content): DiagramContent {
  const { companies, flows, sources, market, steps } = clientContent(content);
  return { companies, flows, sources, market, scenes: steps.map((step) => step.scene) };
}
