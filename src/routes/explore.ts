import type { ComponentProps } from 'svelte';
import type Explore from '$lib/components/controls/Explore.svelte';
import type { Content } from '$lib/content/types';
import type { Scenario } from '$lib/state/scenario.svelte';

/** The calculator island's props and id prefix: the same on the server and in the browser. */
export const EXPLORE_ISLAND = {
  idPrefix: 'explore',
  props: (scenario: Scenario, content: Content): ComponentProps<typeof Explore> => ({
    scenario,
    presets: content.presets,
    sources: content.sources,
    copy: content.calculator,
    title: 'Explore the deal',
    level: 2
  })
};
