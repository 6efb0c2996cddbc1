// The calculator island: its props and id prefix, the same on the server (which prerenders it,
// src/lib/server/extras.ts) and in the browser (which hydrates it). What only the calculator
// needs (its copy, the presets, the sources its sliders cite) is not in the page's data: the
// browser fetches it from the prerendered /explore.json when the island loads.
import type { ComponentProps } from 'svelte';
import type Explore from '$lib/components/controls/Explore.svelte';
import type { CalculatorCopy, Preset, SliderSpec, Source } from '$lib/content/types';
import type { Scenario } from '$lib/state/scenario.svelte';

/** The calculator's own data, as /explore.json carries it. */
export interface ExploreData {
  /** The sliders in full; the page's data has only their bounds (PageContent on `/`, ClientContent in the embeds). */
  sliders: SliderSpec[];
  presets: Preset[];
  sources: Source[];
  copy: CalculatorCopy;
}

export const EXPLORE_ISLAND = {
  idPrefix: 'explore',
  props: (scenario: Scenario, data: ExploreData): ComponentProps<typeof Explore> => ({
    scenario,
    specs: data.sliders,
    presets: data.presets,
    sources: data.sources,
    copy: data.copy,
    title: 'Explore the deal',
    level: 2
  }),
  /** In the browser: the calculator's data, from the prerendered file under the site's base path. */
  fetch: async (base: string): Promise<ExploreData> => {
    const response = await fetch(`${base}/explore.json`);
    if (!response.ok) throw new Error(`explore.json: ${response.status}`);
    return response.json();
  }
};
