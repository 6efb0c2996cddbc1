import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hydrated, launch, open, openHydrated, type WatchedPage } from './browser';

const origin = inject('origin');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Scroll the calculator into view and wait until its island has hydrated. */
async function reachCalculator(page: Page): Promise<void> {
  await page.locator('#explore').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('#explore')?.getAttribute('data-island') === 'hydrated');
}

async function setSlider(page: Page, name: RegExp, value: number): Promise<void> {
  const slider = page.getByRole('slider', { name });
  await slider.evaluate((el, v) => {
    const input = el as HTMLInputElement;
    input.value = String(v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

describe('explore the deal', () => {
  let watched: WatchedPage;

  beforeAll(async () => {
    watched = await openHydrated(browser, origin, '/');
  });
  afterAll(async () => {
    await watched.page.context().close();
  });

  it('shows 2.5% for $20B at $800B, puts both in the URL, and a new page at that URL agrees', async () => {
    const { page } = watched;
    await reachCalculator(page);
    await setSlider(page, /investment/i, 20);
    await setSlider(page, /valuation/i, 800);
    await expect.poll(() => page.locator('#explore').innerText()).toContain('2.5%');
    await expect.poll(() => new URL(page.url()).searchParams.get('investment')).toBe('20');
    await expect.poll(() => new URL(page.url()).searchParams.get('valuation')).toBe('800');

    const second = await open(browser, origin, { viewport: { width: 1280, height: 800 } });
    await second.page.goto(page.url());
    await hydrated(second.page);
    await reachCalculator(second.page);
    await expect.poll(() => second.page.locator('#explore').innerText()).toContain('2.5%');
    expect(await second.page.getByRole('slider', { name: /investment/i }).inputValue()).toBe('20');
    expect(second.errors).toEqual([]);
    await second.page.context().close();
  });

  it('changes the live numbers in the story', async () => {
    const { page } = watched;
    const step3 = page.locator('#step-3');
    await expect.poll(() => step3.innerText()).toContain('2.5%');
    await expect.poll(() => step3.innerText()).toContain('$20B');
  });

  it("widens the diagram's Amazon → OpenAI flow to the new investment", async () => {
    const { page } = watched;
    await page.evaluate(() => document.getElementById('step-1')?.scrollIntoView());
    await page.waitForFunction(
      () => !!document.querySelector('.graphic .flow-figure .flow-table caption')?.textContent?.includes('step 1 of')
    );
    const row = page.locator('.graphic .flow-figure .flow-table tbody tr[data-flow="amazon-openai-equity"]');
    await expect.poll(() => row.innerText()).toContain('$20B');
    const width = () =>
      page
        .locator('.graphic svg.flow-drawing g.flow[data-flow="amazon-openai-equity"] path.band')
        .evaluate((path) => Number(path.getAttribute('stroke-width')));
    const at20 = await width();
    await page.locator('#explore').scrollIntoViewIfNeeded();
    await setSlider(page, /investment/i, 60);
    await page.evaluate(() => document.getElementById('step-1')?.scrollIntoView());
    await expect.poll(() => row.innerText()).toContain('$60B');
    await expect.poll(width).toBeGreaterThan(at20 * 2);
    await page.locator('#explore').scrollIntoViewIfNeeded();
    await setSlider(page, /investment/i, 20);
  });

  it('resets to the reported figures and clears the query', async () => {
    const { page } = watched;
    await page.getByRole('button', { name: 'Reset to reported figures' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(await page.getByRole('slider', { name: /investment/i }).inputValue()).toBe('10');
    await expect.poll(() => page.locator('#step-3').innerText()).toContain('2%');
  });

  it('logged no console error', () => {
    expect(watched.errors).toEqual([]);
    expect(watched.foreign).toEqual([]);
  });
});

describe('malformed scenario links', () => {
  it.each([
    '?investment=abc&valuation=',
    '?investment=NaN&valuation=Infinity',
    '?investment=%3Cscript%3Ealert(1)%3C/script%3E',
    '?investment=1e9&term=-4&margin=0x10&unknown=1',
    '?investment=20&investment=30&&=&%E0%A4%A'
  ])('%s opens without an error and within the ranges', async (query) => {
    const watched = await open(browser, origin, { viewport: { width: 1280, height: 800 } });
    const { page } = watched;
    await page.goto(`${origin}/${query}`);
    await hydrated(page);
    await reachCalculator(page);
    const investment = Number(await page.getByRole('slider', { name: /investment/i }).inputValue());
    expect(investment).toBeGreaterThanOrEqual(1);
    expect(investment).toBeLessThanOrEqual(100);
    expect(
      await page
        .locator('script:not([src])')
        .evaluateAll((els) => els.some((el) => el.textContent?.includes('alert(1)')))
    ).toBe(false);
    expect(watched.errors).toEqual([]);
    await page.context().close();
  });
});
