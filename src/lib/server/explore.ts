import type { ExploreData } from '$lib/islands/explore';
import { loadContent } from './content/load';

/** What the calculator needs beyond the page's data: its copy, the presets, their sources. */
export function exploreData(): ExploreData {
  const { presets, calculator, sliders, sources } = loadContent();
  const cited = new Set([...sliders.flatMap((s) => s.sources), ...presets.flatMap((p) => p.sources)]);
  return { sliders, presets, copy: calculator, sources: sources.filter((s) => cited.has(s.id)) };
}
