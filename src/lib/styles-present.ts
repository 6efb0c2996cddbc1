// Svelte injects a lazily loaded component's CSS into the <head> as <style id="svelte-…">, unless
// the head already holds an element with that id. The prerendered pages carry those styles in one
// linked stylesheet (src/lib/server/extras.ts), whose <link> lists the components it styles in
// data-styles. Marking each of them present before the lazy components mount keeps their CSS from
// being parsed and applied a second time: on a phone that was a third of the style work of the
// live diagram's first frame. The lazy modules that mount such components import this one
// (FlowFigure.svelte, islands/adopt.ts); on a page without the link it does nothing.
import { browser } from '$app/environment';

/** The stylesheet link's attribute naming the styles it holds (hashes without "svelte-"). */
export const STYLES_ATTRIBUTE = 'data-styles';

/** Put an inert marker in `doc`'s head for every style its linked stylesheet already holds. */
export function markLinkedStyles(doc: Document): void {
  for (const link of doc.head.querySelectorAll(`link[${STYLES_ATTRIBUTE}]`)) {
    for (const hash of link.getAttribute(STYLES_ATTRIBUTE)!.split(' ')) {
      const id = `svelte-${hash}`;
      if (!hash || doc.getElementById(id)) continue;
      const marker = doc.createElement('template');
      marker.id = id;
      doc.head.append(marker);
    }
  }
}

if (browser) markLinkedStyles(document);
