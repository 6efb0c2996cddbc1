import { loadContent } from '$lib/server/content/load';
import type { PageServerLoad } from './$types';

// Build time only: the calculator's sliders, presets, words and the sources they cite.
export const load: PageServerLoad = () => {
  const { sliders, presets, sources, calculator } = loadContent();
  const cited = new Set([...sliders.flatMap((s) => s.sources), ...presets.flatMap((p) => p.sources)]);
  return { sliders, presets, calculator, sources: sources.filter((s) => cited.has(s.id)) };
};
