// Each step's still as an SVG file of its own (/stills/step-N.svg), for the steps' pictures in
// print and without JavaScript: drawn by the same layout and component as the live diagram, with
// the site's colour tokens and the drawing's styles written into the file, so it looks the same
// as an <img> (light or dark, by the reader's setting) as it does inline.
import { render } from 'svelte/server';
import StillPicture from '$lib/components/flow/StillPicture.svelte';
import { layoutFlows } from '$lib/flow/layout';
import { diagramSize, type Arrangement, type Size } from '$lib/flow/sizing';
import { reportedFlows } from '$lib/model/flows';
import appCss from '../../app.css?raw';
import { loadContent } from './content/load';

/** The steps' stills are drawn at a phone's width: they read at that size in print and on any screen. */
export const STILL_SIZE: Size & { arrangement: Arrangement } = diagramSize(343, 300);

/** The design tokens, as app.css defines them (its first :root block), for a file of its own. */
function tokens(): string {
  const match = /:root\s*\{[\s\S]*?\n\}/.exec(appCss);
  if (!match) throw new Error('src/app.css: no :root block of design tokens found');
  return match[0];
}

/** How much stronger dark mode draws the quiet flows, as app.css sets it (--quiet-scale). */
function darkQuietScale(): string {
  const match = /--quiet-scale:\s*([\d.]+)/.exec(appCss);
  if (!match) throw new Error('src/app.css: no --quiet-scale for dark mode found');
  return match[1]!;
}

export function stillSvg(index: number): string {
  const content = loadContent();
  const step = content.steps[index];
  if (!step) throw new Error(`no step ${index + 1}: the story has ${content.steps.length}`);
  const flows = reportedFlows(content);
  const layout = layoutFlows(content.companies, flows, step.scene, STILL_SIZE, STILL_SIZE.arrangement);
  const { body, head } = render(StillPicture, {
    props: {
      companies: content.companies,
      flows,
      scene: step.scene,
      sources: content.sources,
      market: content.market,
      stepLabel: `step ${index + 1} of ${content.steps.length}`,
      layout
    },
    idPrefix: `file${index + 1}`
  });
  const styles = [...head.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
  // light-dark() in the tokens follows the file's colour scheme: the reader's, as for the page.
  const css = `${tokens()}\n:root { color-scheme: light dark; background: var(--bg); }\n@media (prefers-color-scheme: dark) { :root { --quiet-scale: ${darkQuietScale()}; } }\n${styles}`;
  const svg = body.replace(/<!--[\s\S]*?-->/g, '').trim();
  const open = /^<svg\b[^>]*>/.exec(svg)?.[0];
  if (!open) throw new Error(`step ${index + 1}: the still did not render as an <svg>`);
  return (
    open.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"') + `<style>${css}</style>` + svg.slice(open.length)
  );
}
