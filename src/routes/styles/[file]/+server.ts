import { error } from '@sveltejs/kit';
import { extrasStylesheet } from '$lib/server/extras';
import type { EntryGenerator, RequestHandler } from './$types';

// /styles/extras.<hash>.css: the styles of the HTML prerendered into the pages (src/lib/server/extras.ts),
// once for every page; its name changes with its content, so a cache never serves an old one.
export const prerender = true;

export const entries: EntryGenerator = () => [{ file: extrasStylesheet().file }];

export const GET: RequestHandler = ({ params }) => {
  const { file, css } = extrasStylesheet();
  if (params.file !== file) error(404, 'No such stylesheet');
  return new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
