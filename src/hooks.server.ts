import type { Handle, HandleServerError } from '@sveltejs/kit';
import { building } from '$app/environment';
import { childScript } from '$lib/embed/child';
import { allowInlineScripts, scriptHash, withScriptSources } from '$lib/server/csp';
import { fillExtras, linksToStory, pageExtras } from '$lib/server/extras';
import { paintFirst } from '$lib/server/paint-first';
import { absoluteUrl } from '$lib/site';
import template from './app.html?raw';

// The inline scripts that are ours, by their exact text (see src/lib/server/csp.ts): the theme
// script of app.html, which runs before first paint, and the embed pages' sizing script.
const TRUSTED_SCRIPTS = [
  ...[...template.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? ''),
  childScript()
];

// Prerendered stills and the calculator island are written into pages here (see extras.ts); a
// prerendered page asks for its JavaScript after its first paint (paint-first.ts); then the
// page's Content-Security-Policy learns the hashes of our own inline scripts: in the page's
// <meta> when prerendering, in the response header SvelteKit sends instead in `npm run dev`.
export const handle: Handle = async ({ event, resolve }) => {
  const response = await resolve(event, {
    transformPageChunk: ({ html }) => {
      const extras = html.includes('data-extra=') ? fillExtras(html, pageExtras()) : html;
      // An embed's links to the story's sections (the calculator) go to the story's page.
      const linked = event.url.pathname.includes('/embed/') ? linksToStory(extras, absoluteUrl('/')) : extras;
      try {
        const filled = building ? paintFirst(linked, event.url.pathname) : linked;
        return allowInlineScripts(filled, TRUSTED_SCRIPTS, event.url.pathname);
      } catch (error) {
        // The build refuses such a page; `npm run dev` shows it and carries on.
        if (building) throw error;
        console.warn(String(error));
        return linked;
      }
    }
  });
  const header = response.headers.get('content-security-policy');
  if (header)
    response.headers.set('content-security-policy', withScriptSources(header, TRUSTED_SCRIPTS.map(scriptHash)));
  return response;
};

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
