// The prerendered HTML (extras.ts) goes into a page's empty placeholders here: plain string work,
// apart from the components that render it, so it can be tested and reasoned about alone.

export interface Extras {
  /** The calculator's prerendered HTML. */
  explore: string;
  /** Each step's content, its still drawing included. */
  steps: string[];
  /** One still per step for the sticky box before the live diagram loads: a wide and a narrow
   *  drawing (the box's width picks one), with room for the live toolbar. */
  sticky: string[];
  /** The updates and the sources. */
  after: string;
  /** Every source's entry, for an embed's citation cards to be filled from (the page has them
   *  in its list of sources). */
  sources: string;
  /** The "Embed this" island, as it first shows (before the story starts). */
  embedThis: string;
  /** The whole web's stand-in: a link to /web until the explorer mounts. */
  web: string;
  /** What the page's <head> gains for these components: a link to their stylesheet. */
  styles: string;
}

/**
 * HTML rendered by svelte/server without the comments it leaves for hydration (`<!--[-->`,
 * `<!--]-->`, `<!---->`, `<!--[-1-->`, `<!--$id-->` …): for the parts no script hydrates (the
 * steps, the sticky stills, the updates and sources), they are bytes a reader downloads for
 * nothing. Other comments stay. An island's HTML must keep them: hydration reads them.
 */
export function withoutHydrationMarkers(html: string): string {
  return html.replace(/<!--(?:\[[-!0-9]*|\]|\$[\w-]*|)-->/g, '');
}

/** A placeholder: an empty element with data-extra="…" (any other content is an error). */
const PLACEHOLDER = /(<([a-z][a-z0-9-]*)\b[^>]*\bdata-extra="([^"]*)"[^>]*>)(<\/\2>)?/g;

/**
 * Fill the page's empty placeholders (data-extra="explore", "after", "sources", "embed-this", "step-N", "sticky-N") with the
 * prerendered HTML. One it does not know, one with nothing to fill it, or one that is not empty
 * throws, naming it, so the build fails instead of shipping a blank box.
 */
export function fillExtras(html: string, extras: Extras): string {
  return html
    .replace('</head>', `${extras.styles}</head>`)
    .replace(PLACEHOLDER, (_, open: string, tag: string, name: string, close: string | undefined) => {
      if (close === undefined)
        throw new Error(
          `placeholder data-extra="${name}" is not empty: write it as <${tag} data-extra="${name}"></${tag}>`
        );
      return open + extraFor(name, extras) + close;
    });
}

function extraFor(name: string, extras: Extras): string {
  const named: Record<string, string> = {
    explore: extras.explore,
    after: extras.after,
    sources: extras.sources,
    'embed-this': extras.embedThis,
    web: extras.web
  };
  const numbered = /^(step|sticky)-(\d+)$/.exec(name);
  const list = numbered?.[1] === 'sticky' ? extras.sticky : extras.steps;
  const inner = Object.hasOwn(named, name) ? named[name] : numbered ? list[Number(numbered[2])] : undefined;
  if (inner === undefined) {
    const last = extras.steps.length - 1;
    const numberedNames = extras.steps.length
      ? `"step-0" to "step-${last}" or "sticky-0" to "sticky-${last}"`
      : 'no step (none built)';
    throw new Error(
      `unknown placeholder data-extra="${name}": expected "explore", "after", "sources", "embed-this", "web" or ${numberedNames}`
    );
  }
  if (!inner.trim()) throw new Error(`placeholder data-extra="${name}": its prerendered HTML is empty`);
  return inner;
}

/**
 * Point links to parts of the story's page that `html` (an embed's page) does not have at that
 * part of the story's page (`storyUrl`): the steps' text says "change them in the calculator"
 * with a link to #explore, which in an embed would open the embed itself, with no calculator.
 * Links to ids the page has (a citation's source entry) stay as they are.
 */
export function linksToStory(html: string, storyUrl: string): string {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
  return html.replace(/\bhref="#([^"]+)"/g, (link, id: string) => (ids.has(id) ? link : `href="${storyUrl}#${id}"`));
}
