import type { Handle, HandleServerError } from '@sveltejs/kit';
import { fillExtras, pageExtras } from '$lib/server/extras';

// Prerendered stills and the calculator island are written into pages here (see extras.ts).
export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    transformPageChunk: ({ html }) => (html.includes('data-extra=') ? fillExtras(html, pageExtras()) : html)
  });

// A mistake in content/ is the writer's to fix, so its message (file, entry, problem) is what
// the error page shows in `npm run dev`, and what the build prints, without a stack trace.
// Anything else is a bug: logged in full, and shown only as SvelteKit's plain message.
export const handleError: HandleServerError = ({ error, message }) => {
  if (error instanceof Error && error.name === 'ContentError') {
    console.error(`\n${error.message}\n`);
    return { message: error.message };
  }
  console.error(error);
  return { message };
};
