import { render } from 'svelte/server';
import { loadContent } from '$lib/content/load';
import { Scenario } from '$lib/state/scenario.svelte';
import Explore from '$lib/components/controls/Explore.svelte';
import { EXPLORE_ISLAND } from './explore';
import type { PageServerLoad } from './$types';

// Runs at build time only (the site is prerendered): content/ is read and validated here, and
// the page receives the parsed data, never the parsers. The calculator is prerendered here too,
// as an island the page hydrates when the reader nears it (src/lib/islands/island.ts).
export const load: PageServerLoad = () => {
  const content = loadContent();
  const { body, head } = render(Explore, {
    props: EXPLORE_ISLAND.props(new Scenario(content.sliders), content),
    idPrefix: EXPLORE_ISLAND.idPrefix
  });
  return { content, explore: { body, head } };
};
