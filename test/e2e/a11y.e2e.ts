// Accessibility, checked by axe-core in a real Chromium: zero violations on the story and on
// every embed that is built, at phone and desktop widths, in the light and the dark theme, at the
// first step and at the last. axe's default rule set runs (WCAG 2.x A and AA, including colour
// contrast, plus its best practices). An embed that is not built yet is skipped; one that is
// built must pass.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { contentFromDisk } from '../../src/lib/server/content/disk';
import { launch, open } from './browser';

const origin = inject('origin');
const steps = contentFromDisk().steps.length;
const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// Embeds the budgets expect, plus any other page built under build/embed/.
const planned = Object.keys(JSON.parse(readFileSync('scripts/budgets.json', 'utf8')).pages as Record<string, unknown>)
  .filter((file) => file.startsWith('embed/'))
  .map((file) => `/${file.replace(/\.html$/, '')}`);
const built = existsSync('build/embed')
  ? readdirSync('build/embed')
      .filter((f) => f.endsWith('.html'))
      .map((f) => `/embed/${f.replace(/\.html$/, '')}`)
  : [];
const embeds = [...new Set([...planned, ...built])].sort();
const isBuilt = (path: string) => existsSync(`build${path}.html`);

interface Target {
  /** What the test name shows. */
  name: string;
  /** The URL path with its step. */
  url: string;
  /** Id of the step that must be current before axe runs, for the story. */
  step?: string;
  built: boolean;
}

const targets: Target[] = [
  { name: '/#step-1', url: '/#step-1', step: 'step-1', built: true },
  { name: `/#step-${steps}`, url: `/#step-${steps}`, step: `step-${steps}`, built: true },
  ...embeds.flatMap((path) => [
    { name: `${path}?step=1`, url: `${path}?step=1`, built: isBuilt(path) },
    { name: `${path}?step=${steps}`, url: `${path}?step=${steps}`, built: isBuilt(path) }
  ]),
  { name: '/404', url: '/404', built: isBuilt('/404') }
];

const states = [375, 1280].flatMap((width) =>
  (['light', 'dark'] as const).map((scheme) => ({ width, scheme, height: width < 800 ? 740 : 800 }))
);

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** One line per violation and one per element, with the selector and axe's explanation. */
function describeViolations(violations: AxeViolation[]): string[] {
  return violations.flatMap((v) => [
    `${v.id} (${v.impact ?? 'no impact given'}): ${v.help} [${v.helpUrl.replace(/\?.*$/, '')}]`,
    ...v.nodes.map((node) => {
      const why = (node.failureSummary ?? '').split('\n').slice(1).join(' ').trim();
      return `    ${node.target.map(String).join(' >>> ')}  ${why}  ${node.html.slice(0, 140)}`;
    })
  ]);
}

/** Wait until the page has hydrated (pages that ship JavaScript), the step is in place and every
 * transition has finished, so that contrast is measured on settled colours. The diagram's moving
 * dots loop for ever and never finish; they are left running. */
async function settle(page: Page, step?: string): Promise<void> {
  await page.waitForFunction(
    () =>
      document.documentElement.dataset.hydrated === 'true' ||
      ![...document.scripts].some((script) => script.text.includes('kit.start('))
  );
  if (step)
    await page.waitForFunction((id) => document.getElementById(id)?.getAttribute('aria-current') === 'step', step);
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined))
    )
  );
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(states)('axe at $width px, $scheme', ({ width, height, scheme }) => {
  for (const target of targets)
    (target.built ? it : it.skip)(`${target.name} has no violations`, async () => {
      // axe goes in as an inline script, which the pages' Content-Security-Policy rightly refuses;
      // the policy has its own tests (csp.e2e.ts).
      const { page } = await open(browser, origin, {
        viewport: { width, height },
        colorScheme: scheme,
        bypassCSP: true
      });
      try {
        await page.goto(`${origin}${target.url}`);
        await settle(page, target.step);
        await page.addScriptTag({ path: axeScript });
        const violations = await page.evaluate(async () => {
          type Axe = { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> };
          const { axe } = window as unknown as { axe: Axe };
          return (await axe.run(document, { resultTypes: ['violations'] })).violations;
        });
        const report = describeViolations(violations as AxeViolation[]);
        expect(
          report,
          `axe found violations on ${target.url} at ${width} px, ${scheme}:\n${report.join('\n')}\n`
        ).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
});

if (targets.some((t) => !t.built))
  console.warn(
    `a11y: not built yet, so skipped: ${[...new Set(targets.filter((t) => !t.built).map((t) => t.url.split('?')[0]))].join(', ')}`
  );
