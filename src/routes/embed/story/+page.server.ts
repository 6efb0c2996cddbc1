import { clientContent } from '$lib/server/content/client';
import { loadContent } from '$lib/server/content/load';
import type { PageServerLoad } from './$types';

// Build time only, like the main page: the embed receives the parsed story, inlined in its HTML
// (a sandboxed embed cannot fetch its own data).
export const load: PageServerLoad = () => {
  const { meta, steps, sources, companies, flows, sliders, market } = clientContent(loadContent());
  return { title: meta.title, steps, sources, companies, flows, sliders, market };
};
