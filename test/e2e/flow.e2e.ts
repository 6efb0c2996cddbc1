import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { contentFromDisk } from '../../src/lib/server/content/disk';
import { hydrated, launch, open, openHydrated, type WatchedPage } from './browser';

const origin = inject('origin');
const content = contentFromDisk();
const count = content.steps.length;
const companyName = new Map(content.companies.map((c) => [c.id, c.name]));
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
    (label) => !!document.querySelector(`.graphic table caption`)?.textContent?.includes(label),
    `step ${n} of ${count}`
  );
}

async function tableRows(page: Page): Promise<string[]> {
  return page.$$eval('.graphic .flow-table tbody tr', (rows) =>
    rows.map((row) =>
      [...row.querySelectorAll('td')]
        .slice(0, 2)
        .map((td) => td.textContent?.trim())
        .join(' → ')
    )
  );
}

async function diagramShot(page: Page): Promise<Buffer> {
  return page.locator('.graphic svg[role="img"]').first().screenshot({ animations: 'allow' });
}

describe('the diagram follows the story', () => {
  let watched: WatchedPage;

  beforeAll(async () => {
    watched = await openHydrated(browser, origin, '/');
  });
  afterAll(async () => {
    await watched.page.context().close();
  });

  it.each(content.steps.map((step, i) => ({ n: i + 1, step })))(
    'step $n: the table lists exactly its scene',
    async ({ n, step }) => {
      const { page } = watched;
      await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), `step-${n}`);
      await liveFigureAt(page, n);
      if (step.scene.chart === 'stock') {
        const text = await page.locator('.graphic .flow-table').innerText();
        expect(text).toContain(String(content.market.ratings.now.buy));
        return;
      }
      const expected = step.scene.flows
        .map((id) => content.flows.find((f) => f.id === id)!)
        .map((f) => `${companyName.get(f.from)} → ${companyName.get(f.to)}`);
      expect((await tableRows(page)).sort()).toEqual(expected.sort());
    }
  );

  it('jumps from the first step to the last and shows the last scene within a second', async () => {
    const { page } = watched;
    await page.evaluate(() => document.getElementById('step-1')?.scrollIntoView());
    await liveFigureAt(page, 1);
    const started = Date.now();
    await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), `step-${count}`);
    await liveFigureAt(page, count);
    const last = content.steps[count - 1]!;
    const nodes = await page.$$eval('.graphic svg[role="img"]', (svgs) =>
      svgs.map((svg) => svg.getAttribute('aria-label'))
    );
    expect(nodes.some((label) => label?.includes(`step ${count} of ${count}`))).toBe(true);
    expect((await tableRows(page)).length).toBe(last.scene.flows.length);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('logged no console error', () => {
    expect(watched.errors).toEqual([]);
    expect(watched.foreign).toEqual([]);
  });
});

describe('moving money', () => {
  it('moves with motion on, and stands still after Pause', async () => {
    const { page, errors } = await open(browser, origin, {
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'no-preference'
    });
    await page.goto(`${origin}/#step-6`);
    await hydrated(page);
    await liveFigureAt(page, 6);
    await page.waitForTimeout(800);
    const a = await diagramShot(page);
    await page.waitForTimeout(500);
    const b = await diagramShot(page);
    expect(a.equals(b), 'two pictures 500 ms apart should differ while money moves').toBe(false);

    await page.getByRole('button', { name: 'Pause animation' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Play animation' }).count()).toBe(1);
    await page.waitForTimeout(300);
    const c = await diagramShot(page);
    await page.waitForTimeout(500);
    const d = await diagramShot(page);
    expect(c.equals(d), 'paused pictures 500 ms apart should be identical').toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('stands still under reduced motion, arrowheads still showing direction', async () => {
    const { page, errors } = await open(browser, origin, {
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce'
    });
    await page.goto(`${origin}/#step-6`);
    await hydrated(page);
    await liveFigureAt(page, 6);
    await page.waitForTimeout(300);
    const a = await diagramShot(page);
    await page.waitForTimeout(500);
    const b = await diagramShot(page);
    expect(a.equals(b), 'under reduced motion nothing should move').toBe(true);
    // One arrowhead per drawn link.
    expect(await page.locator('.graphic svg[role="img"] .links polygon').count()).toBe(
      content.steps[5]!.scene.flows.length
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
