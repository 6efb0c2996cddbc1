// HTML the page prerenders but never hydrates with its own code: the still drawing of each step
// (print, no JavaScript, and the sticky box until the live diagram loads) and the calculator
// island. It is rendered once per build with svelte/server and written into the page by
// hooks.server.ts, so it travels once, as HTML, not a second time inside the page's data.
import { render } from 'svelte/server';
import Explore from '$lib/components/controls/Explore.svelte';
import FlowStill from '$lib/components/flow/FlowStill.svelte';
import { diagramSize } from '$lib/flow/sizing';
import { loadContent } from '$lib/server/content/load';
import { scenarioFlows } from '$lib/model/flows';
import { Scenario } from '$lib/state/scenario.svelte';
import { EXPLORE_ISLAND } from '../../routes/explore';

export interface Extras {
  /** The calculator's prerendered HTML. */
  explore: string;
  /** One still drawing per step, at a phone's width, with its table behind a disclosure. */
  stills: string[];
  /** One still per step for the sticky box before the live diagram loads: a wide and a narrow
   *  drawing (the box's width picks one), with room for the live toolbar. */
  sticky: string[];
  /** The <style> elements these components need, one copy each. */
  styles: string;
}

let cached: Extras | undefined;

export function pageExtras(): Extras {
  if (cached) return cached;
  const content = loadContent();
  const scenario = new Scenario(content.sliders);
  const explore = render(Explore, {
    props: EXPLORE_ISLAND.props(scenario, content),
    idPrefix: EXPLORE_ISLAND.idPrefix
  });
  const flows = scenarioFlows(content.flows, scenario.assumptions, scenario.result, scenario.reported);
  const still = (i: number, size: ReturnType<typeof diagramSize>, idPrefix: string, sticky: boolean) =>
    render(FlowStill, {
      props: {
        companies: content.companies,
        flows,
        scene: content.steps[i]!.scene,
        sources: content.sources,
        market: content.market,
        stepLabel: `step ${i + 1} of ${content.steps.length}`,
        size,
        toolbarSpace: sticky,
        tableDisclosure: !sticky
      },
      idPrefix
    });
  // The sizes the live diagram takes in the sticky box at 1280 × 800 and 375 × 740.
  const wide = diagramSize(768, 520);
  const narrow = diagramSize(343, 300);
  const stills = content.steps.map((_, i) => still(i, narrow, `still${i + 1}`, false));
  const sticky = content.steps.map((_, i) => [
    still(i, wide, `sticky${i + 1}w`, true),
    still(i, narrow, `sticky${i + 1}n`, true)
  ]);
  const styles = new Set(
    [explore, ...stills, ...sticky.flat()].flatMap((r) => r.head.match(/<style[^>]*>[\s\S]*?<\/style>/g) ?? [])
  );
  cached = {
    explore: explore.body,
    stills: stills.map((r) => r.body),
    sticky: sticky.map(
      ([w, n]) => `<div class="sticky-wide">${w!.body}</div><div class="sticky-narrow">${n!.body}</div>`
    ),
    styles: [...styles].join('')
  };
  return cached;
}

/** A placeholder: an empty element with data-extra="…" (any other content is an error). */
const PLACEHOLDER = /(<([a-z][a-z0-9-]*)\b[^>]*\bdata-extra="([^"]*)"[^>]*>)(<\/\2>)?/g;

/**
 * Fill the page's empty placeholders (data-extra="explore", data-extra="still-N") with the
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
  const still = /^(still|sticky)-(\d+)$/.exec(name);
  const list = still?.[1] === 'sticky' ? extras.sticky : extras.stills;
  const inner = name === 'explore' ? extras.explore : still ? list[Number(still[2])] : undefined;
  if (inner === undefined) {
    const stills = extras.stills.length
      ? `"still-0" to "still-${extras.stills.length - 1}" or "sticky-0" to "sticky-${extras.sticky.length - 1}"`
      : 'no still (none built)';
    throw new Error(`unknown placeholder data-extra="${name}": expected "explore" or ${stills}`);
  }
  if (!inner.trim()) throw new Error(`placeholder data-extra="${name}": its prerendered HTML is empty`);
  return inner;
}
