import { loadContent } from '$lib/server/content/load';
import type { PageServerLoad } from './$types';

// Prerendered to build/404.html, which static hosts serve for any unknown address. It needs no
// JavaScript: links to the story and its steps are all it offers.
export const csr = false;

export const load: PageServerLoad = () => {
  const { meta, steps } = loadContent();
  return { title: meta.title, steps: steps.map((step) => step.title) };
};
