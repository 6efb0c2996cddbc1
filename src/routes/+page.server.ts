import { loadContent } from '$lib/server/content/load';
import type { PageServerLoad } from './$types';

// Runs at build time only (the site is prerendered): content/ is read and validated here, and
// the page receives the parsed data, never the parsers. The prerendered stills and calculator
// reach the HTML through hooks.server.ts, not through this data.
export const load: PageServerLoad = () => ({ content: loadContent() });
