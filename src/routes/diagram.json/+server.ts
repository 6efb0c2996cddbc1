import { json } from '@sveltejs/kit';
import { diagramContent } from '$lib/server/content/client';
import { loadContent } from '$lib/server/content/load';

// What the story's live diagram draws from (companies, flows, outlets, market, each step's
// scene), written once at build time; `/` fetches it with the diagram's code, so it is not in
// the page's HTML. The embeds carry the same content inline.
export const prerender = true;

export const GET = () => json(diagramContent(loadContent()));
