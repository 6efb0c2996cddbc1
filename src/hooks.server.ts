import type { Handle } from '@sveltejs/kit';
import { fillExtras, pageExtras } from '$lib/server/extras';

// The story page's stills and calculator are written into its HTML here (see extras.ts).
export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    transformPageChunk: ({ html }) => (event.route.id === '/' ? fillExtras(html, pageExtras()) : html)
  });
