import { error } from '@sveltejs/kit';
import { loadContent } from '$lib/server/content/load';
import { stillSvg } from '$lib/server/stills';
import type { EntryGenerator, RequestHandler } from './$types';

// /stills/step-N.svg, one per step, written at build time (see src/lib/server/stills.ts).
export const prerender = true;

export const entries: EntryGenerator = () => loadContent().steps.map((_, i) => ({ file: `step-${i + 1}.svg` }));

export const GET: RequestHandler = ({ params }) => {
  const n = /^step-(\d+)\.svg$/.exec(params.file)?.[1];
  if (!n) error(404, 'Not a still');
  return new Response(stillSvg(Number(n) - 1), { headers: { 'content-type': 'image/svg+xml' } });
};
