// HTML the page prerenders but never hydrates with its own code: the still drawing of each step
// (print, no JavaScript, and the sticky box until the live diagram loads) and the calculator
// island. It is rendered once per build with svelte/server and written into the page by
// hooks.server.ts, so it travels once, as HTML, not a second time inside the page's data.
import { render } from 'svelte/server';
import Explore from '$lib/components/controls/Explore.svelte';
import FlowDiagram from '$lib/components/flow/FlowDiagram.svelte';
import { loadContent } from '$lib/server/content/load';
import { scenarioFlows } from '$lib/model/flows';
import { Scenario } from '$lib/state/scenario.svelte';
import { EXPLORE_ISLAND } from '../../routes/explore';

export interface Extras {
  /** The calculator's prerendered HTML. */
  explore: string;
  /** One still drawing per step. */
  stills: string[];
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
  const stills = content.steps.map((step, i) =>
    render(FlowDiagram, {
      props: {
        companies: content.companies,
        flows,
        scene: step.scene,
        sources: content.sources,
        market: content.market,
        stepLabel: `step ${i + 1} of ${content.steps.length}`,
        interactive: false,
        width: 640,
        arrangement: 'wide'
      },
      idPrefix: `still${i + 1}`
    })
  );
  const styles = new Set([explore, ...stills].flatMap((r) => r.head.match(/<style[^>]*>[\s\S]*?<\/style>/g) ?? []));
  cached = { explore: explore.body, stills: stills.map((r) => r.body), styles: [...styles].join('') };
  return cached;
}

/** Fill the page's empty placeholders (data-extra="…") with the prerendered HTML. */
export function fillExtras(html: string, extras: Extras): string {
  return html
    .replace('</head>', `${extras.styles}</head>`)
    .replace(
      /(<div\b[^>]*\bdata-extra="([a-z]+)(?:-(\d+))?"[^>]*>)(<\/div>)/g,
      (_, open: string, kind: string, n: string, close: string) => {
        const inner = kind === 'explore' ? extras.explore : kind === 'still' ? (extras.stills[Number(n)] ?? '') : '';
        return open + inner + close;
      }
    );
}
