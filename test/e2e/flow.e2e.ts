// The money-flow diagram in Chromium: at a phone's and a laptop's width, every step keeps the
// drawing's rules on the rendered SVG (labels by their own lines, lanes apart, readable text),
// the table lists what is drawn, the table is there before the live diagram loads and without
// JavaScript, and motion runs only along the step's own flows, stops with Pause and is absent
// under reduced motion and at the stock step.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { contentFromDisk } from '../../src/lib/server/content/disk';
import { hydrated, launch, open, openHydrated } from './browser';
import { drawingProblems } from './drawing-rules';

const origin = inject('origin');
const content = contentFromDisk();
const count = content.steps.length;
const companyName = new Map(content.companies.map((c) => [c.id, c.name]));
const pairs = Object.fromEntries(content.flows.map((f) => [f.id, [f.from, f.to].sort().join('|')]));
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The live diagram in the sticky box, once it has loaded and shows step `n` (1-based). */
async function liveFigureAt(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (label) => !!document.querySelector('.graphic .flow-figure table caption')?.textContent?.includes(label),
    `step ${n} of ${count}`
  );
}

async function goToStep(page: Page, n: number): Promise<void> {
  await page.evaluate((id) => document.getElementById(id)?.scrollIntoView({ block: 'center' }), `step-${n}`);
  await page.waitForFunction((id) => document.getElementById(id)?.getAttribute('aria-current') === 'step', `step-${n}`);
  await liveFigureAt(page, n);
}

async function tableRows(page: Page, scope: string): Promise<string[]> {
  return page.$$eval(`${scope} .flow-table tbody tr[data-flow]`, (rows) =>
    rows.map((row) =>
      [...row.querySelectorAll('td')]
        .slice(0, 2)
        .map((td) => td.textContent?.trim())
        .join(' → ')
    )
  );
}

const expectedRows = (n: number) =>
  content.steps[n - 1]!.scene.flows.map((id) => content.flows.find((f) => f.id === id)!)
    .map((f) => `${companyName.get(f.from)} → ${companyName.get(f.to)}`)
    .sort();

describe.each([
  { width: 375, height: 740, minFont: 11, missing: 1 },
  { width: 1280, height: 800, minFont: 12, missing: 0 }
])('the diagram at $width px', ({ width, height, minFont, missing }) => {
  let page: Page;

  beforeAll(async () => {
    // Reduced motion: scene changes are immediate, so each step is measured as it settles.
    ({ page } = await openHydrated(browser, origin, '/', { viewport: { width, height }, reducedMotion: 'reduce' }));
    await page.mouse.wheel(0, 1);
  });
  afterAll(async () => {
    await page.context().close();
  });

  // On a page of its own, so that it holds whichever tests run before it, or none.
  it('logs no console error through every step', async () => {
    const own = await openHydrated(browser, origin, '/', { viewport: { width, height }, reducedMotion: 'reduce' });
    try {
      await own.page.mouse.wheel(0, 1);
      for (let n = 1; n <= count; n++) await goToStep(own.page, n);
      expect(own.errors).toEqual([]);
    } finally {
      await own.page.context().close();
    }
  });

  it.each(content.steps.map((step, i) => ({ n: i + 1, step })))(
    'step $n: the rules hold on the rendered drawing, and the table lists what is drawn',
    async ({ n, step }) => {
      await goToStep(page, n);
      if (step.scene.chart === 'stock') {
        const text = await page.locator('.graphic .flow-table').innerText();
        expect(text).toContain(String(content.market.ratings.now.buy));
        return;
      }
      const report = await page.evaluate(drawingProblems, { svg: '.graphic svg.flow-drawing', pairs, minFont });
      expect(report.problems).toEqual([]);
      expect(report.drawn.sort()).toEqual([...step.scene.flows].sort());
      // What the step points at carries labels (on a phone, one may be left to the table).
      const highlighted = step.scene.flows.filter((id) => step.scene.highlight.includes(id));
      const unlabelled = highlighted.filter((id) => !report.labelled.includes(id));
      expect(unlabelled.length, unlabelled.join(', ')).toBeLessThanOrEqual(missing);
      expect((await tableRows(page, '.graphic')).sort()).toEqual(expectedRows(n));
    }
  );

  it('uses the box: the companies span most of its width', async () => {
    await goToStep(page, 6);
    const { span, box } = await page.evaluate(() => {
      const svg = document.querySelector('.graphic svg.flow-drawing')!;
      const rects = [...svg.querySelectorAll('g.node rect')].map((r) => r.getBoundingClientRect());
      return {
        span: Math.max(...rects.map((r) => r.right)) - Math.min(...rects.map((r) => r.left)),
        box: svg.getBoundingClientRect().width
      };
    });
    expect(span / box).toBeGreaterThanOrEqual(0.8);
  });
});

describe('before the live diagram loads, and without JavaScript', () => {
  it('the sticky box shows step 1 as a still, with its table, before the reader does anything', async () => {
    const { page, errors } = await openHydrated(browser, origin, '/', { viewport: { width: 1280, height: 800 } });
    expect(await page.locator('.graphic .flow-figure').count()).toBe(0);
    const rows = await page.$$eval('.graphic .flow-table tbody tr[data-flow]', (r) => r.length);
    expect(rows).toBe(content.steps[0]!.scene.flows.length);
    // One table for the box's two drawings (wide and narrow, one hidden by the box's width).
    expect(await page.locator('.graphic .flow-table').count()).toBe(1);
    expect(await page.locator('.graphic .sticky-wide svg.flow-drawing').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('every step has its still drawing and its table behind a disclosure that opens', async () => {
    const { page, errors } = await open(browser, origin, {
      viewport: { width: 375, height: 740 },
      javaScriptEnabled: false
    });
    await page.goto(`${origin}/`);
    for (const [i, step] of content.steps.entries()) {
      const still = page.locator(`#step-${i + 1} .step-still`);
      // The still is a prerendered SVG file, loaded as it nears the viewport, with a text alternative.
      const image = still.locator('img');
      await image.scrollIntoViewIfNeeded();
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
        .toBe(true);
      expect(await image.getAttribute('alt')).toMatch(/\w/);
      const details = still.locator('details.still-table');
      await details.locator('summary').click();
      const rows = await still.locator('.flow-table tbody tr').count();
      expect(rows).toBe(step.scene.chart === 'stock' ? 5 : step.scene.flows.length);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('motion that helps', () => {
  /** The page's animations: which flows carry moving dots, and whether they run. */
  const animations = (page: Page) =>
    page.evaluate(() =>
      document.getAnimations().map((a) => ({
        flow: ((a.effect as KeyframeEffect | null)?.target as Element | null)?.getAttribute('data-flow-motion') ?? null,
        state: a.playState
      }))
    );

  /** Step 6 at 1280 px, hydrated, its live figure drawn, under the reader's motion setting. */
  const liveStep6 = async (on: Browser, reducedMotion: 'reduce' | 'no-preference') => {
    const opened = await open(on, origin, { viewport: { width: 1280, height: 800 }, reducedMotion });
    await opened.page.goto(`${origin}/#step-6`);
    await hydrated(opened.page);
    await liveFigureAt(opened.page, 6);
    return opened;
  };

  it('moves dots along the step’s highlighted flows only, and Pause stops them', async () => {
    const { page, errors } = await liveStep6(browser, 'no-preference');
    const scene = content.steps[5]!.scene;
    // The dots start a few per frame: wait until every highlighted flow has its own.
    const highlighted = scene.flows.filter((id) => scene.highlight.includes(id)).sort();
    await expect
      .poll(async () => [...new Set((await animations(page)).map((a) => a.flow).filter(Boolean))].sort())
      .toEqual(highlighted);
    const moving = (await animations(page)).filter((a) => a.flow);
    expect(moving.every((a) => a.state === 'running')).toBe(true);

    await page.getByRole('button', { name: 'Pause animation' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Play animation' }).count()).toBe(1);
    await expect
      .poll(async () => (await animations(page)).filter((a) => a.flow).every((a) => a.state === 'paused'))
      .toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('takes the dots away while the page scrolls and brings them back once it rests', async () => {
    const { page, errors } = await liveStep6(browser, 'no-preference');
    const dots = () => page.locator('.graphic [data-flow-motion]').count();
    await expect.poll(dots).toBeGreaterThan(0);
    // A few pixels, within step 6: the scene stays, so only the scroll can take the dots away.
    // Svelte applies the change in a microtask after the page's scroll listener; the count is
    // read after that, in a task of its own, long before the 200 ms of quiet are up.
    const during = await page.evaluate(async () => {
      const scrolled = new Promise((done) => addEventListener('scroll', done, { once: true }));
      scrollBy(0, 8);
      await scrolled;
      await new Promise((done) => setTimeout(done));
      return document.querySelectorAll('.graphic [data-flow-motion]').length;
    });
    expect(during).toBe(0);
    await expect.poll(dots).toBeGreaterThan(0);
    expect(await page.locator('.graphic .flow-table caption').textContent()).toContain('step 6');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('moves nothing under reduced motion, and the arrowheads still show the direction', async () => {
    const { page, errors } = await liveStep6(browser, 'reduce');
    expect((await animations(page)).filter((a) => a.flow)).toEqual([]);
    expect(await page.locator('.graphic svg.flow-drawing g.flow polygon.arrow').count()).toBe(
      content.steps[5]!.scene.flows.length
    );
    expect(await page.getByRole('button', { name: 'Play animation' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('has no motion control at the stock step', async () => {
    const stock = content.steps.findIndex((s) => s.scene.chart === 'stock') + 1;
    const { page, errors } = await open(browser, origin, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/#step-${stock}`);
    await hydrated(page);
    await liveFigureAt(page, stock);
    expect(await page.getByRole('button', { name: /animation/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('jumps from the first step to the last straight to the last scene', async () => {
    const { page, errors } = await openHydrated(browser, origin, '/', { viewport: { width: 1280, height: 800 } });
    await goToStep(page, 1);
    await goToStep(page, count);
    expect((await tableRows(page, '.graphic')).sort()).toEqual(expectedRows(count));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

// On a phone's CPU one layout is longer than an idle period, so the layouts done ahead of the
// reader are the worker's (flow/jobs.ts). With idle callbacks stubbed out, the main thread's
// fallback can never lay out a neighbouring step: only the worker can.
describe('layouts ahead', () => {
  it("lays out the steps next to the reader's in the layouts' worker", async () => {
    const { page, errors } = await open(browser, origin, { viewport: { width: 1280, height: 800 } });
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
      window.cancelIdleCallback = () => {};
    });
    await page.goto(`${origin}/#step-3`);
    await hydrated(page);
    await liveFigureAt(page, 3);
    await expect.poll(() => page.workers().length).toBe(1);
    const [worker] = page.workers();
    expect(new URL(worker!.url()).pathname).toMatch(/^\/_app\/immutable\/workers\/layout\.worker-[\w-]+\.js$/);
    // Step 3's neighbours at least, and the first drawing's own layout unless it fell back.
    await expect
      .poll(() => worker!.evaluate(() => performance.getEntriesByName('layout ahead').length))
      .toBeGreaterThanOrEqual(2);
    await goToStep(page, 2);
    expect(await page.locator('.graphic svg .bands g[data-flow]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
