import { loadContent } from '$lib/server/content/load';
import { reportedFlows } from '$lib/model/flows';
import type { PageServerLoad } from './$types';

// The share card: the picture people see when the page is shared. Build time only; the page
// is prerendered, and scripts/share-image.js photographs it into build/share.png.
export const load: PageServerLoad = () => {
  const content = loadContent();
  const wanted = process.env.SHARE_STEP ?? 'round-trip';
  const index = Math.max(
    0,
    content.steps.findIndex((s, i) => s.id === wanted || String(i + 1) === wanted)
  );
  return {
    meta: content.meta,
    step: content.steps[index]!,
    number: index + 1,
    count: content.steps.length,
    companies: content.companies,
    flows: reportedFlows(content),
    sources: content.sources
  };
};

// A picture, not an app: no JavaScript is sent.
export const csr = false;
