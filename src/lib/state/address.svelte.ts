// The address bar and the calculator: a shared link (?investment=20…) opens its scenario, and from
// then on the address says what the sliders say, so that it can be copied or reloaded at any
// moment. One implementation for every page with a calculator.
import { onMount } from 'svelte';
import { replaceState } from '$app/navigation';
import { createUrlWriter, type Scenario } from './scenario.svelte';

/**
 * Call while a component initialises. Once mounted, the scenario loads the address's query;
 * from then on every change is written back (throttled, refusals caught: createUrlWriter).
 * Loading first matters: a write before it would drop the link's scenario from the address.
 * `replace` is SvelteKit's replaceState, which keeps the router informed.
 */
export function scenarioInAddressBar(
  scenario: Scenario,
  replace: (url: string) => void = (url) => replaceState(url, {})
): void {
  const write = createUrlWriter(scenario.specs, replace);
  let loaded = $state(false);
  onMount(() => {
    scenario.load(location.search);
    loaded = true;
  });
  $effect(() => {
    const query = scenario.query;
    if (loaded) write(query);
  });
}
