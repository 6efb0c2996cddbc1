// The story page's "whole web" island: its props, built only when the island loads. Everything
// here (the explorer's state, its data from /web.json, the address writer) stays out of the
// page's eager bundle; the page holds one dynamic import of this module.
import { replaceState } from '$app/navigation';
import { WebExplorer, createWebUrlWriter } from '$lib/state/web.svelte';
import type { WebData } from '$lib/web/types';

/** The explorer for the page's address, and an effect that keeps the address in step with it. */
export async function webIslandProps(base: string): Promise<{ explorer: WebExplorer }> {
  const response = await fetch(`${base}/web.json`);
  if (!response.ok) throw new Error(`web.json: ${response.status}`);
  const explorer = new WebExplorer((await response.json()) as WebData, location.search);
  const write = createWebUrlWriter((url) => replaceState(url, {}));
  // The page lives as long as the island, so this root is never torn down.
  $effect.root(() => {
    $effect(() => write(explorer.query));
  });
  return { explorer };
}
