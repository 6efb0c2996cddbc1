import { webData } from '$lib/server/web';
import type { PageServerLoad } from './$types';

// Build time only: the whole web.
export const load: PageServerLoad = () => ({ web: webData() });
