import { loadContent } from '$lib/server/content/load';
import { scenarioFlows } from '$lib/model/flows';
import { Scenario } from '$lib/state/scenario.svelte';
import type { PageServerLoad } from './$types';

// Build time only: the diagram needs the companies, the flows (at the reported scenario, as the
// story's stills draw them), each step's scene and title, the sources and the market figures.
export const load: PageServerLoad = () => {
  const { steps, companies, flows, sources, market, sliders } = loadContent();
  const scenario = new Scenario(sliders);
  return {
    steps,
    companies,
    flows: scenarioFlows(flows, scenario.assumptions, scenario.result, scenario.reported),
    sources,
    market
  };
};
