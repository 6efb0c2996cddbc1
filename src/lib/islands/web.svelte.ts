// The story page's "whole web" island: its props, built only when the island loads. Everything
// here (the explorer's state, its data from /web.json, the address writer) stays out of the
// page's eager bundle; the page holds one dynamic import of this module.
import { replaceState } from '$app/navigation';
import { firstLayoutAheadWith, nextTask } from '$lib/components/flow/browser';
import { WebExplorer, createWebUrlWriter } from '$lib/state/web.svelte';
import type { WebData } from '$lib/web/types';
import { runLayoutJob } from '$lib/web/jobs';
import { webSize } from '$lib/web/scene';

/** The first drawing's layout, in the story's layouts worker where there is one. */
const firstLayoutAhead = firstLayoutAheadWith(runLayoutJob);
/** How long the mount waits for it at most, ms: past that (a layout that failed, say) the
 *  drawing makes its own, and reports an error where the island does. */
const PREPARE_WITHIN_MS = 3000;

/**
 * The explorer for the page's address, and an effect that keeps the address in step with it.
 * `node` is the island's box: the drawing takes its content width, so its first layout is
 * worked out here, off the main thread where the browser has workers, and the mount only
 * renders it.
 */
export async function webIslandProps(
  base: string,
  node: HTMLElement
): Promise<{ explorer: WebExplorer; initialWidth: number; inSteps: true }> {
  const response = await fetch(`${base}/web.json`);
  if (!response.ok) throw new Error(`web.json: ${response.status}`);
  const data = (await response.json()) as WebData;
  // Parsing the data, building the explorer and mounting it are three tasks, none long.
  await nextTask();
  const explorer = new WebExplorer(data, location.search);
  const style = getComputedStyle(node);
  const width = Math.round(node.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
  const size = webSize(width, { focused: explorer.focus !== null, compact: false });
  await explorer.prepare(size, size.arrangement, firstLayoutAhead, PREPARE_WITHIN_MS);
  const write = createWebUrlWriter((url) => replaceState(url, {}));
  // The page lives as long as the island, so this root is never torn down.
  $effect.root(() => {
    $effect(() => write(explorer.query));
  });
  await nextTask();
  return { explorer, initialWidth: width, inSteps: true };
}
