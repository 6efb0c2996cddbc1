// The whole web explorer in Chromium, on /web, on the story page (the island) and as an embed:
// scrubbing changes the table and the drawing alike, focus filters both and shows the totals, a
// link reopens the view, bad links are ignored, no JavaScript still gives the table and a still,
// the embed sizes itself on another origin's page, and nothing scrolls sideways at 320 px.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { contentFromDisk } from '../../src/lib/server/content/disk';
import { combineWeb } from '../../src/lib/web/combine';
import { asOf, monthsOf } from '../../src/lib/web/timeline';
import { serve } from '../../scripts/serve.js';
import { launch, open, openHydrated, type WatchedPage } from './browser';

const origin = inject('origin');
const web = combineWeb(contentFromDisk());
const months = monthsOf(web.flows);
const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const ids = (month: string) => asOf(web.flows, month).map((f) => f.id);

let browser: Browser;
const watched: WatchedPage[] = [];
async function page(path: string, width = 1280): Promise<Page> {
  const w = await openHydrated(browser, origin, path, { viewport: { width, height: width < 800 ? 740 : 800 } });
  watched.push(w);
  return w.page;
}

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** What the explorer shows: the month, the flows of the table and of the drawing, the focus. */
async function shown(page: Page, root = '.web-explorer') {
  return page.locator(root).evaluate((el) => ({
    month: el.getAttribute('data-month'),
    table: [...el.querySelectorAll('.web-table tbody tr[data-flow]')].map((tr) => tr.getAttribute('data-flow')),
    drawn: [...el.querySelectorAll('svg .bands g[data-flow]')].map((g) => g.getAttribute('data-flow')),
    boxes: [...el.querySelectorAll('svg .nodes g[data-company]')].map((g) => g.getAttribute('data-company')),
    pressed: [...el.querySelectorAll('.focus button[aria-pressed="true"]')].map((b) => b.textContent?.trim())
  }));
}

async function scrubTo(page: Page, month: string) {
  const index = months.indexOf(month);
  expect(index, `${month} is a month of the web`).toBeGreaterThanOrEqual(0);
  await page.getByRole('slider', { name: /show deals up to/i }).fill(String(index));
  await expect.poll(async () => (await shown(page)).month).toBe(month);
}

describe('/web', () => {
  it('opens at the latest month with every flow of it in the table and the drawing', async () => {
    const p = await page('/web');
    const view = await shown(p);
    expect(view.month).toBe(months.at(-1));
    expect(view.table).toEqual(ids(months.at(-1)!));
    expect(view.drawn.sort()).toEqual([...view.table].sort());
  });

  it('scrubbing changes the table and the drawing: flows enter, change status and end', async () => {
    const p = await page('/web');
    await scrubTo(p, '2023-09');
    let view = await shown(p);
    expect(view.table).toEqual(['amazon-anthropic-2023', 'amazon-anthropic-2023-rest']);
    expect(view.drawn.sort()).toEqual([...view.table].sort());
    expect(view.boxes.sort()).toEqual(['amazon', 'anthropic']);
    const rest = p.locator('tr[data-flow="amazon-anthropic-2023-rest"] td[data-label="Status"]');
    await expect.poll(() => rest.innerText()).toBe('Pledged');

    await scrubTo(p, '2024-03');
    await expect.poll(() => rest.innerText()).toMatch(/^Paid since Mar 27, 2024/);
    expect(await p.locator('g[data-flow="amazon-anthropic-2023-rest"]').getAttribute('class')).toContain('solid');

    await scrubTo(p, '2025-12');
    view = await shown(p);
    expect(view.table).toEqual(ids('2025-12'));
    expect(view.table).toContain('amazon-openai-equity');
    expect(await p.locator('g[data-flow="nvidia-openai-loi"]').getAttribute('class')).toContain('open');

    await scrubTo(p, '2026-02');
    view = await shown(p);
    expect(view.table, 'the talks became the $50B deal').not.toContain('amazon-openai-equity');
    const nvidia = p.locator('tr[data-flow="nvidia-openai-loi"]');
    await expect.poll(() => nvidia.locator('td[data-label="Amount"]').innerText()).toBe('$30B');
    expect(await nvidia.locator('td[data-label="Status"]').innerText()).toMatch(
      /^Committed since Feb 27, 2026.*letter of intent/
    );
    expect(await p.locator('g[data-flow="nvidia-openai-loi"]').getAttribute('class')).toContain('solid');
  });

  it('focus filters the table to the company and shows its totals', async () => {
    const p = await page('/web');
    await scrubTo(p, '2025-12');
    await p.locator('button[data-focus="anthropic"]').click();
    const view = await shown(p);
    expect(view.pressed).toEqual(['Anthropic']);
    const rows = await p
      .locator('.web-table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.querySelector('[data-label="From"]')?.textContent,
          tr.querySelector('[data-label="To"]')?.textContent
        ])
      );
    expect(rows.length).toBeGreaterThan(3);
    for (const [from, to] of rows) expect([from, to]).toContain('Anthropic');
    const totals = p.locator('[data-totals="anthropic"]');
    await expect.poll(() => totals.isVisible()).toBe(true);
    // As of Dec 2025: $1.25B + $2.75B + $4B from Amazon, $2B + $1B from Google paid or committed;
    // Microsoft's and Nvidia's $5B and $10B pledged.
    expect(await totals.locator('tr[data-group="paid"] td').first().innerText()).toBe('$9B');
    expect(await totals.locator('tr[data-group="committed"] td').first().innerText()).toBe('$2B');
    expect(await totals.locator('tr[data-group="pledged"] td').first().innerText()).toBe('$15B');
    expect(await totals.innerText()).toMatch(/none is an estimate of ours/);
    await p.locator('button[data-focus="anthropic"]').click();
    expect((await shown(p)).pressed).toEqual(['All']);
    expect(await totals.count()).toBe(0);
  });

  it('filters by kind and certainty', async () => {
    const p = await page('/web');
    await p.locator('details.filters summary').click();
    await p.getByRole('radio', { name: /paid and contracted only/i }).check();
    const firm = await shown(p);
    expect(firm.drawn.sort()).toEqual([...firm.table].sort());
    const statuses = await p.locator('.web-table td[data-label="Status"]').allInnerTexts();
    expect(
      statuses.every((s) => /^(Paid|Committed)/.test(s)),
      statuses.join(' | ')
    ).toBe(true);
    await p.getByRole('checkbox', { name: /chips/i }).uncheck();
    await p.getByRole('checkbox', { name: /cloud and compute/i }).uncheck();
    const view = await shown(p);
    const kinds = await p.locator('.web-table td[data-label="Kind"]').allInnerTexts();
    expect(new Set(kinds)).toEqual(new Set(['Equity investment']));
    expect(view.drawn.sort()).toEqual([...view.table].sort());
  });

  it('a reopened link restores the view, and Reset returns to the latest month and every company', async () => {
    const p = await page('/web');
    await scrubTo(p, '2025-10');
    await p.locator('button[data-focus="openai"]').click();
    await p.locator('details.filters summary').click();
    await p.getByRole('checkbox', { name: /chips/i }).uncheck();
    await p.waitForFunction(() => location.search.includes('focus=openai') && location.search.includes('kinds='));
    const url = p.url();
    expect(new URL(url).search).toBe('?month=2025-10&focus=openai&kinds=equity,cloud-compute');
    const before = await shown(p);
    const again = await page(new URL(url).pathname + new URL(url).search);
    expect(await shown(again)).toEqual(before);
    expect(await again.getByRole('checkbox', { name: /chips/i, includeHidden: true }).isChecked()).toBe(false);
    // Folded away, the filters say what they hold back.
    expect(await again.locator('details.filters summary').innerText()).toBe('Filters: Shares, Cloud');
    await again.getByRole('button', { name: 'Reset' }).click();
    const reset = await shown(again);
    expect(reset.month).toBe(months.at(-1));
    expect(reset.pressed).toEqual(['All']);
    await again.waitForFunction(() => location.search === '');
  });

  it('ignores a bad link', async () => {
    const p = await page('/web?month=2099-99&focus=nobody&kinds=loans&certainty=%3Cscript%3E');
    const view = await shown(p);
    expect(view.month).toBe(months.at(-1));
    expect(view.pressed).toEqual(['All']);
    expect(view.table).toEqual(ids(months.at(-1)!));
  });

  it('plays month by month from the first month, and Pause stops it', async () => {
    const p = await page('/web');
    // The page's timers run on Playwright's clock from here: the test moves time itself.
    await p.clock.install();
    await p.getByRole('button', { name: /play the timeline/i }).click();
    expect((await shown(p)).month).toBe(months[0]);
    for (let ms = 0; ms < 5000 && (await shown(p)).month === months[0]; ms += 100) await p.clock.runFor(100);
    expect((await shown(p)).month).toBe(months[1]);
    await p.getByRole('button', { name: /pause the timeline/i }).click();
    const stopped = (await shown(p)).month;
    await p.clock.runFor(10_000);
    expect((await shown(p)).month).toBe(stopped);
    await p.getByRole('button', { name: /play the timeline/i }).click();
    await p.clock.runFor(10_000);
    expect(months.indexOf((await shown(p)).month ?? '')).toBeGreaterThan(months.indexOf(stopped ?? ''));
  });

  // The months are laid out ahead so that scrubbing draws from memory; on a phone's CPU one
  // month's layout is longer than an idle period, so it is a worker's job (flow/jobs.ts).
  it('lays out the other months ahead in a worker, with the main thread never idle', async () => {
    const w = await open(browser, origin, { viewport: { width: 1280, height: 800 } });
    watched.push(w);
    // No idle callback ever runs: only the worker can lay the months out.
    await w.page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
      window.cancelIdleCallback = () => {};
    });
    await w.page.goto(`${origin}/web`);
    await w.page.locator('.web-explorer[data-warmed]').waitFor({ timeout: 30_000 });
    expect(w.page.workers().map((worker) => new URL(worker.url()).pathname)).toEqual([
      expect.stringMatching(/\/_app\/immutable\/workers\/layout\.worker-[\w-]+\.js$/)
    ]);
    await scrubTo(w.page, months[0]!);
    expect((await shown(w.page)).drawn.sort()).toEqual(ids(months[0]!).sort());
  });

  it('lays them out in idle time instead when the worker cannot load', async () => {
    const w = await open(browser, origin, { viewport: { width: 1280, height: 800 } });
    try {
      await w.page.route(/\/layout\.worker-[\w-]+\.js$/, (route) => route.abort());
      await w.page.goto(`${origin}/web`);
      await w.page.locator('.web-explorer[data-warmed]').waitFor({ timeout: 30_000 });
      await scrubTo(w.page, months[0]!);
      expect((await shown(w.page)).drawn.sort()).toEqual(ids(months[0]!).sort());
      // The refused script is the browser's one complaint; the page throws nothing.
      expect(w.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    } finally {
      await w.page.context().close();
    }
  });

  it('without JavaScript: the table of every flow of the latest month, open, and a still drawing', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${origin}/web`);
    const view = await shown(p);
    expect(view.table).toEqual(ids(months.at(-1)!));
    expect(view.drawn.sort()).toEqual([...view.table].sort());
    expect(await p.locator('details.table').getAttribute('open')).not.toBeNull();
    await context.close();
  });
});

describe('on the story page', () => {
  it('carries only a stand-in link to /web in its HTML, hidden once the explorer is there', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const still = await context.newPage();
    await still.goto(`${origin}/`);
    expect(await still.locator('#web .web-standin a').getAttribute('href')).toBe('/web');
    expect(await still.locator('#web .web-explorer').count()).toBe(0);
    await context.close();
    const p = await page('/');
    await p.locator('#web').scrollIntoViewIfNeeded();
    await p.waitForFunction(() => document.querySelector('#web')?.getAttribute('data-island') === 'hydrated');
    expect(await p.locator('#web .web-standin').isVisible()).toBe(false);
    expect(await p.locator('#web .web-explorer').isVisible()).toBe(true);
  });

  it('loads near the section, from its own data, and keeps the calculator in the address', async () => {
    const p = await page('/?investment=20&month=2024-11&focus=amazon#web');
    await p.locator('#web').scrollIntoViewIfNeeded();
    await p.waitForFunction(() => document.querySelector('#web')?.getAttribute('data-island') === 'hydrated');
    // The folded table is built a couple of tasks after the drawing (the mount stays short).
    await p.locator('#web .web-table').waitFor({ state: 'attached' });
    const view = await shown(p, '#web .web-explorer');
    expect(view.month).toBe('2024-11');
    expect(view.pressed).toEqual(['Amazon']);
    expect(view.table).toEqual(ids('2024-11').filter((id) => web.flows.find((f) => f.id === id)!.from === 'amazon'));
    await p.locator('#web button[data-focus="amazon"]').click();
    await p.waitForFunction(() => !location.search.includes('focus='));
    expect(new URL(p.url()).searchParams.get('investment')).toBe('20');
    expect(new URL(p.url()).searchParams.get('month')).toBe('2024-11');
  });
});

describe('on the story page, the first drawing', () => {
  /** When #web's island was mounted, on the clock workers share (ms since the epoch). */
  async function mountedAt(w: WatchedPage): Promise<number> {
    await w.page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('#web')?.getAttribute('data-island') !== 'hydrated') return;
        (window as unknown as { webMountedAt: number }).webMountedAt = performance.timeOrigin + performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-island'] });
    });
    await w.page.goto(`${origin}/`);
    await w.page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    await w.page.locator('#web').scrollIntoViewIfNeeded();
    await w.page.waitForFunction(() => 'webMountedAt' in window, null, { timeout: 30_000 });
    await w.page.locator('#web svg .bands g[data-flow]').first().waitFor();
    return w.page.evaluate(() => (window as unknown as { webMountedAt: number }).webMountedAt);
  }

  it('is laid out in the layouts worker before the explorer mounts', async () => {
    const w = await open(browser, origin, { viewport: { width: 375, height: 740 } });
    watched.push(w);
    const mounted = await mountedAt(w);
    const worker = w.page.workers().find((each) => /layout\.worker-[\w-]+\.js$/.test(each.url()));
    expect(worker, 'the layouts worker').toBeDefined();
    // The months warmed after the mount are web jobs too: the first one ended before it.
    const firstWebJobEnd = await worker!.evaluate(() => {
      const web = performance
        .getEntriesByName('layout ahead')
        .filter((entry) => (entry as PerformanceMeasure).detail?.kind === 'web');
      return web.length ? performance.timeOrigin + web[0]!.startTime + web[0]!.duration : Infinity;
    });
    expect(firstWebJobEnd).toBeLessThanOrEqual(mounted);
  });

  it('is laid out in the page instead when the worker cannot load', async () => {
    const w = await open(browser, origin, { viewport: { width: 375, height: 740 } });
    try {
      await w.page.route(/\/layout\.worker-[\w-]+\.js$/, (route) => route.abort());
      await mountedAt(w);
      const drawn = await w.page.locator('#web svg .bands g[data-flow]').count();
      expect(drawn).toBe(ids(months.at(-1)!).length);
      expect(w.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    } finally {
      await w.page.context().close();
    }
  });
});

describe('the embed', () => {
  let server: Server;
  let dir: string;
  afterAll(async () => {
    await new Promise((done) => server?.close(done));
    rmSync(dir, { recursive: true, force: true });
  });

  it('sizes itself on a page of another origin, and follows a focus', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ftm-web-host-'));
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title>
      <meta name="viewport" content="width=device-width, initial-scale=1"></head>
      <body style="margin:0"><main style="max-width:640px;margin:0 auto;padding:0 16px">
      <a href="${origin}/embed/web?month=2025-10" data-ftm-embed>The whole web</a>
      <script async src="${origin}/embed.js"></script></main></body></html>`
    );
    const started = await serve(resolve(dir));
    server = started.server;
    const w = await open(browser, started.origin, { viewport: { width: 375, height: 740 } });
    watched.push(w);
    await w.page.goto(`${started.origin}/`);
    const iframe = await w.page.waitForSelector('iframe');
    const frame = (await iframe.contentFrame())!;
    await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    const fit = async () => {
      const outer = await iframe.evaluate((el) => (el as HTMLIFrameElement).clientHeight);
      const content = await frame.evaluate(() =>
        Math.ceil(document.getElementById('ftm-embed')!.getBoundingClientRect().height)
      );
      const wide = await frame.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
      return { outer, content, wide };
    };
    await expect
      .poll(async () => Math.abs((await fit()).outer - (await fit()).content), { timeout: 8000 })
      .toBeLessThanOrEqual(2);
    expect((await fit()).wide).toBeLessThanOrEqual(0);
    expect((await fit()).outer, 'fits WordPress’s 1000 px').toBeLessThanOrEqual(1000);
    const before = (await fit()).outer;
    await frame.locator('button[data-focus="openai"]').click();
    await expect.poll(async () => (await fit()).outer, { timeout: 8000 }).not.toBe(before);
    await expect
      .poll(async () => Math.abs((await fit()).outer - (await fit()).content), { timeout: 8000 })
      .toBeLessThanOrEqual(2);
    expect(await frame.locator('[data-totals="openai"]').count()).toBe(1);
  });
});

describe('quality', () => {
  it.each(['/web', '/embed/web', '/web?focus=openai&month=2025-12'])(
    '%s does not scroll sideways at 320 px',
    async (path) => {
      const p = await page(path, 320);
      await p
        .locator('details.filters summary')
        .first()
        .click()
        .catch(() => undefined);
      const wide = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(wide).toBeLessThanOrEqual(0);
    }
  );

  it('/ with the explorer loaded does not scroll sideways at 320 px', async () => {
    const p = await page('/#web', 320);
    await p.locator('#web').scrollIntoViewIfNeeded();
    await p.waitForFunction(() => document.querySelector('#web')?.getAttribute('data-island') === 'hydrated');
    const wide = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(wide).toBeLessThanOrEqual(0);
  });

  const cases = [375, 1280].flatMap((width) =>
    (['light', 'dark'] as const).flatMap((scheme) =>
      ['/web', '/web?focus=openai&month=2025-12', '/embed/web?focus=amazon'].map((path) => ({ width, scheme, path }))
    )
  );
  it.each(cases)('axe finds no violation on $path at $width px, $scheme', async ({ width, scheme, path }) => {
    const w = await open(browser, origin, { viewport: { width, height: 800 }, colorScheme: scheme, bypassCSP: true });
    watched.push(w);
    await w.page.goto(`${origin}${path}`);
    await w.page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    await w.page.addScriptTag({ path: axeScript });
    const violations = await w.page.evaluate(async () => {
      type Axe = {
        run: (
          context: Document,
          options: object
        ) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
      };
      const { axe } = window as unknown as { axe: Axe };
      return (await axe.run(document, { resultTypes: ['violations'] })).violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
      );
    });
    expect(violations).toEqual([]);
  });

  it('logged no console error and asked no other host', () => {
    expect(watched.flatMap((w) => w.errors)).toEqual([]);
    expect(watched.flatMap((w) => w.foreign).filter((url) => !url.startsWith('http://127.0.0.1'))).toEqual([]);
  });
});
