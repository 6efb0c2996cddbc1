// The page paints before its JavaScript loads. A prerendered page is whole without its scripts
// (every step, still, table and source is in the HTML), yet SvelteKit asks for all of its
// start-up modules in <head> (one <link rel="modulepreload"> each) and starts the app as soon
// as they arrive. On a slow line those 45 KB share the line with the page's own HTML and CSS,
// and the first paint waits for both. Here, at prerender, the links leave <head> and SvelteKit's
// start-up script first waits for the first paint: then it adds the same links (so the modules
// still come in parallel, not one import after another) and starts the app as before.
//
// A document that is not painted (a background tab, a frame off screen that the browser does not
// render) starts after FALLBACK_MS all the same. The script's hash in the page's
// Content-Security-Policy is replaced by the new text's (csp.ts checks every inline script
// against the policy afterwards).
//
// Only `npm run build` does this: in `npm run dev` SvelteKit's script is a different one and
// its policy travels in a header.
import { scriptHash } from './csp';

/**
 * How long a page that is never painted waits before starting anyway. Long enough never to beat
 * a real first paint: at 300 ms, a slow machine's first paint sometimes came later, the modules
 * were asked for first, and Lighthouse's LCP doubled (about 1.0 s or 2.1 s, run to run).
 */
export const FALLBACK_MS = 2000;

const PRELOAD = /<link href="([^"]+)" rel="modulepreload">\s*/g;
const KIT_SCRIPT = /<script>([^<]*?kit\.start\(app, element[^<]*?)<\/script>/;
const IMPORTS = 'Promise.all([';
const THEN_START = ']).then(([kit, app]) =>';

/**
 * The text that waits until the browser reports the first contentful paint (a paint entry comes
 * once the frame is on screen, where requestAnimationFrame runs before it is even drawn), then
 * asks for `modules`. Where paint entries are not observed it waits for one frame and the task
 * after it.
 */
function afterPaint(modules: readonly string[]): string {
  return (
    `new Promise((go) => { setTimeout(go, ${FALLBACK_MS}); try { ` +
    // A browser that observes no paint entries would otherwise wait the whole FALLBACK_MS.
    `if (!PerformanceObserver.supportedEntryTypes.includes('paint')) throw 0; new PerformanceObserver((list, seen) => ` +
    `list.getEntriesByName('first-contentful-paint').length && (seen.disconnect(), go())).observe({ type: 'paint', buffered: true }); } ` +
    `catch { requestAnimationFrame(() => setTimeout(go)); } })` +
    `.then(() => { for (const href of ${JSON.stringify(modules)}) ` +
    `document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href })); })`
  );
}

/**
 * The prerendered `html` with its start-up modules asked for after the first paint. A page
 * without SvelteKit's start-up script (no JavaScript) is returned as it is; one whose script
 * is not the shape this expects throws, naming `page`, so that a SvelteKit upgrade that changes
 * it is noticed at build time rather than shipping pages that load as before.
 */
export function paintFirst(html: string, page: string): string {
  const found = KIT_SCRIPT.exec(html);
  if (!found) return html;
  const original = found[1]!;
  const modules = [...html.matchAll(PRELOAD)].map((match) => match[1]!);
  if (!modules.length || !original.includes(IMPORTS) || !original.includes(THEN_START))
    throw new Error(
      `${page}: SvelteKit's start-up script or its modulepreload links are not what ` +
        'src/lib/server/paint-first.ts expects (did SvelteKit change them?)'
    );
  const script = original
    .replace(IMPORTS, () => `${afterPaint(modules)}.then(() => ${IMPORTS}`)
    .replace(THEN_START, () => `])${THEN_START.slice(1)}`);
  const oldHash = scriptHash(original);
  if (!html.includes(oldHash))
    throw new Error(`${page}: the Content-Security-Policy does not name SvelteKit's start-up script by its hash`);
  return html
    .replace(PRELOAD, '')
    .replace(found[0], () => `<script>${script}</script>`)
    .replace(oldHash, () => scriptHash(script));
}
