import { loadContent } from '$lib/server/content/load';
import { reportedFlows } from '$lib/model/flows';
import type { PageServerLoad } from './$types';

// Build time only: the diagram needs the companies, the flows (at the reported scenario, as the
// story's stills draw them), each step's scene and title, the sources and the market figures.
export const load: PageServerLoad = () => {
  const { steps, companies, flows, sources, market, sliders } = loadContent();
  return {
    steps,
    companies,
    flows: reportedFlows({ flows, sliders }),
    sources,
    market
  };
};
