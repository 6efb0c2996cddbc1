// HTML the pages prerender but never hydrate with their own code: each step's content (its
// heading, text, still drawing and citations), the sticky box's still until the live diagram
// loads, the updates and sources, and the calculator island. It is rendered once per build with
// svelte/server and written into the pages by hooks.server.ts, so it travels once, as HTML, not
// a second time inside the page's data.
import { createHash } from 'node:crypto';
import { render } from 'svelte/server';
import Explore from '$lib/components/controls/Explore.svelte';
import FlowStill from '$lib/components/flow/FlowStill.svelte';
import FlowTable from '$lib/components/flow/FlowTable.svelte';
import EmbedThis from '$lib/components/islands/EmbedThis.svelte';
import AfterSections from '$lib/components/static/AfterSections.svelte';
import SourceList from '$lib/components/static/SourceList.svelte';
import StepBody from '$lib/components/static/StepBody.svelte';
import { base } from '$app/paths';
import FlowLegend from '$lib/components/flow/FlowLegend.svelte';
import type { Scene } from '$lib/content/types';
import { layoutFlows, storyFlows } from '$lib/flow/layout';
import { diagramSize, SMALL_WIDTH } from '$lib/flow/sizing';
import { STILL_SIZE } from '$lib/server/stills';
import { EXPLORE_ISLAND } from '$lib/islands/explore';
import { computeDeal } from '$lib/model/deal';
import { reportedFlows } from '$lib/model/flows';
import { renderLive } from '$lib/model/live';
import { reportedAssumptions } from '$lib/model/scenario';
import { loadContent } from '$lib/server/content/load';
import { exploreData } from '$lib/server/explore';
import { Scenario } from '$lib/state/scenario.svelte';
import { withoutHydrationMarkers as plain, type Extras } from '$lib/server/fill';
import { STYLES_ATTRIBUTE } from '$lib/styles-present';

export { fillExtras, linksToStory, type Extras } from '$lib/server/fill';

let cached: Extras | undefined;
let stylesheet: { file: string; css: string } | undefined;

/** The stylesheet of the prerendered components (served as /styles/<file>, a name that changes with it). */
export function extrasStylesheet(): { file: string; css: string } {
  pageExtras();
  return stylesheet!;
}

export function pageExtras(): Extras {
  if (cached) return cached;
  const content = loadContent();
  // The calculator is prerendered with its live state (the island hydrates it); everything else
  // only needs the reported figures.
  const explore = render(Explore, {
    props: EXPLORE_ISLAND.props(new Scenario(content.sliders), exploreData()),
    idPrefix: EXPLORE_ISLAND.idPrefix
  });
  const reported = reportedAssumptions(content.sliders);
  const result = computeDeal(reported);
  const flows = reportedFlows(content);
  // The live figure's key lists every flow the story draws, at every step.
  const keyFlows = storyFlows(
    flows,
    content.steps.map((step) => step.scene)
  );
  const still = (i: number, size: ReturnType<typeof diagramSize>, idPrefix: string, sticky: boolean, image?: string) =>
    render(FlowStill, {
      props: {
        companies: content.companies,
        flows,
        scene: content.steps[i]!.scene,
        sources: content.sources,
        market: content.market,
        stepLabel: `step ${i + 1} of ${content.steps.length}`,
        size,
        standIn: sticky,
        keyFlows: sticky ? keyFlows : undefined,
        compact: sticky && size.width < SMALL_WIDTH,
        table: sticky ? 'none' : 'disclosure',
        image
      },
      idPrefix
    });
  // The sizes the live diagram takes in the sticky box at 1280 × 800 and 375 × 740.
  const wide = diagramSize(768, 520);
  const narrow = diagramSize(343, 300);
  const byId = new Map(content.sources.map((s) => [s.id, s]));
  const everything: Scene = {
    chart: 'flows',
    show: content.companies.map((c) => c.id),
    flows: [...new Set(content.steps.flatMap((s) => s.scene.flows))],
    highlight: []
  };
  const storyKey = render(FlowLegend, {
    props: { layout: layoutFlows(content.companies, flows, everything, STILL_SIZE, STILL_SIZE.arrangement) }
  }).body;
  const steps = content.steps.map((step, i) =>
    render(StepBody, {
      props: {
        step,
        index: i,
        sources: step.sources.map((id) => byId.get(id)).filter((s) => s !== undefined),
        // Marked signs: prerendered prose is updated in place (story/dom.ts), signs included.
        html: renderLive(step.html, result, reported, { markSigns: true }),
        still: still(i, STILL_SIZE, `still${i + 1}`, false, `${base}/stills/step-${i + 1}.svg`).body,
        // The steps' stills are images without a key of their own: one key, for the whole story,
        // leads them (print and no JavaScript).
        key: i === 0 ? storyKey : undefined
      },
      idPrefix: `step${i + 1}`
    })
  );
  // The sticky box's still comes in two drawings, one of them hidden by the box's width, and
  // one table for both (for screen readers; the live diagram brings its own).
  const sticky = content.steps.map((step, i) => [
    still(i, wide, `sticky${i + 1}w`, true),
    still(i, narrow, `sticky${i + 1}n`, true),
    render(FlowTable, {
      props: {
        companies: content.companies,
        flows,
        scene: step.scene,
        sources: content.sources,
        market: content.market,
        stepLabel: `step ${i + 1} of ${content.steps.length}`
      }
    })
  ]);
  const embedThis = render(EmbedThis, {
    props: { step: -1, count: content.steps.length, scenario: '' },
    idPrefix: 'embed-this'
  });
  const after = render(AfterSections, { props: { updates: content.updates, sources: content.sources } });
  const sources = render(SourceList, { props: { sources: content.sources } });
  // Every rendered component's <style>, once, as one stylesheet the pages link to (cached
  // across them, and not in every page's HTML): the stills' come with the step bodies.
  const styleOf = (r: { head: string }) => r.head.match(/<style[^>]*>([\s\S]*?)<\/style>/g) ?? [];
  const styles = new Set(
    [
      explore,
      ...steps,
      ...sticky.flat(),
      after,
      embedThis,
      still(0, STILL_SIZE, 'styles', false, 'styles.svg')
    ].flatMap(styleOf)
  );
  const css = [...styles].map((style) => style.replace(/^<style[^>]*>|<\/style>$/g, '')).join('\n');
  // The link names the styles it holds, so the lazy components that bring the same CSS do not
  // inject it again (src/lib/styles-present.ts).
  const held = [...styles].map((style) => /^<style[^>]*\bid="svelte-([\w-]+)"/.exec(style)?.[1]).filter(Boolean);
  stylesheet = { file: `extras.${createHash('sha256').update(css).digest('hex').slice(0, 10)}.css`, css };
  cached = {
    explore: explore.body,
    steps: steps.map((r) => plain(r.body)),
    sticky: sticky.map(([w, n, table]) =>
      plain(`<div class="sticky-wide">${w!.body}</div><div class="sticky-narrow">${n!.body}</div>${table!.body}`)
    ),
    after: plain(after.body),
    sources: plain(sources.body),
    embedThis: embedThis.body,
    web:
      '<div class="web-standin"><h2>The whole web</h2><p>Every deal of this web since 2023, dated and ' +
      'sourced, over time and company by company: ' +
      `<a href="${base}/web">the whole web, with the table of every deal</a>.</p></div>`,
    styles: `<link rel="stylesheet" href="${base}/styles/${stylesheet.file}" ${STYLES_ATTRIBUTE}="${held.join(' ')}">`
  };
  return cached;
}
