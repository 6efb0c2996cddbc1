import { loadContent } from '$lib/content/load';
import type { PageServerLoad } from './$types';

// Build time only: the calculator's sliders, presets and the sources they cite.
export const load: PageServerLoad = () => {
  const { sliders, presets, sources } = loadContent();
  const cited = new Set([...sliders.flatMap((s) => s.sources), ...presets.flatMap((p) => p.sources)]);
  return { sliders, presets, sources: sources.filter((s) => cited.has(s.id)) };
};
