import { loadContent } from '$lib/server/content/load';
import { webData } from '$lib/server/web';
import type { PageServerLoad } from './$types';

// Build time only: the whole web, and the story's title for the way back.
export const load: PageServerLoad = () => ({ web: webData(), meta: loadContent().meta });
