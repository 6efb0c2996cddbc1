import { pageContent } from '$lib/server/content/client';
import { loadContent } from '$lib/server/content/load';
import type { PageServerLoad } from './$types';

// Runs at build time only (the site is prerendered): content/ is read and validated here, and
// the page receives what its live parts need at load, never the parsers. The steps' text, the
// stills, the sources and the calculator reach the HTML through hooks.server.ts, and the live
// diagram's content comes with the diagram (/diagram.json), not through this data.
export const load: PageServerLoad = () => ({ content: pageContent(loadContent()) });
