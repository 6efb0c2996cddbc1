import type { Handle } from '@sveltejs/kit';
import { fillExtras, pageExtras } from '$lib/server/extras';

// Prerendered stills and the calculator island are written into pages here (see extras.ts).
export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    transformPageChunk: ({ html }) => (html.includes('data-extra=') ? fillExtras(html, pageExtras()) : html)
  });
