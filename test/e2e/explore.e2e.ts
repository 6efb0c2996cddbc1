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

  // On a page of its own, so that it holds whichever tests run before it, or none.
  it('logs no console error and asks no other host, sliders moved, story read and reset', async () => {
    const own = await openHydrated(browser, origin, '/');
    const { page } = own;
    try {
      await reachCalculator(page);
      await setSlider(page, /investment/i, 60);
      await setSlider(page, /valuation/i, 800);
      await expect.poll(() => new URL(page.url()).searchParams.get('valuation')).toBe('800');
      await page.evaluate(() => document.getElementById('step-1')?.scrollIntoView());
      await page.waitForSelector('.graphic .flow-figure .flow-table tbody tr[data-flow="amazon-openai-equity"]');
      await page.getByRole('button', { name: 'Reset to reported figures' }).click();
      await expect.poll(() => new URL(page.url()).search).toBe('');
      expect(own.errors).toEqual([]);
      expect(own.foreign).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('the key figures while a slider moves', () => {
  // The results sit after the sliders: on a phone the first card was 2,000 px below the first
  // slider, so moving one changed nothing a reader could see.
  it.each([375, 1280])(
    'follow the reader at the foot of the screen at %i px, and rest after the sliders',
    async (width) => {
      const watched = await openHydrated(browser, origin, '/', { viewport: { width, height: 740 } });
      const { page } = watched;
      try {
        await reachCalculator(page);
        const slider = page.getByRole('slider', { name: /existing aws contract/i });
        await slider.scrollIntoViewIfNeeded();
        await slider.focus();
        for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
        const bar = page.locator('#explore .following');
        await expect.poll(() => bar.innerText()).toContain('Payments to AWS $7.6B a year');
        const seen = () =>
          page.evaluate(() => {
            const bar = document.querySelector('#explore .following')!.getBoundingClientRect();
            const focused = document.activeElement!.getBoundingClientRect();
            return {
              onScreen: bar.top >= 0 && bar.bottom <= innerHeight + 0.5,
              atFoot: innerHeight - bar.bottom < 1,
              coversFocus: focused.bottom > bar.top && focused.top < bar.bottom
            };
          });
        expect(await seen()).toEqual({ onScreen: true, atFoot: true, coversFocus: false });
        // Past the sliders it stays behind them, above the results, instead of covering them.
        await page.locator('#explore .results, #explore [class*="results"]').first().scrollIntoViewIfNeeded();
        const rest = await page.evaluate(() => {
          const bar = document.querySelector('#explore .following')!.getBoundingClientRect();
          const sliders = document.querySelector('#explore .sliders')!.getBoundingClientRect();
          return bar.top - sliders.bottom;
        });
        expect(rest).toBeGreaterThanOrEqual(0);
        expect(watched.errors).toEqual([]);
      } finally {
        await page.context().close();
      }
    }
  );
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

describe('a reader who reaches the calculator before its script', () => {
  /**
   * Open `path` on a CPU slowed `rate` times, optionally holding back every script the page
   * loads later (the calculator's island, the live diagram) until `release()` is called, so that
   * the reader's hand certainly comes first.
   */
  async function openSlow(rate: number, hold: boolean, path = '/#explore') {
    const watched = await open(browser, origin, { viewport: { width: 1280, height: 800 } });
    const { page } = watched;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const held: (() => Promise<void>)[] = [];
    let holding = hold;
    if (hold) {
      const html = await (await fetch(`${origin}/`)).text();
      // What the page loads at once (its scripts and stylesheets) goes through; later scripts wait.
      const eager = new Set([...html.matchAll(/\/_app\/immutable\/[^"']+\.(?:js|css)/g)].map((m) => m[0]));
      await page.route('**/_app/immutable/**', (route) => {
        const path = new URL(route.request().url()).pathname;
        if (!holding || eager.has(path)) return route.continue();
        held.push(() => route.continue());
      });
    }
    await page.goto(`${origin}${path}`);
    await hydrated(page);
    const release = async () => {
      holding = false;
      await Promise.all(held.splice(0).map((go) => go()));
    };
    return { watched, page, release };
  }

  const islandHydrated = (page: Page) =>
    page.waitForFunction(() => document.querySelector('#explore')?.getAttribute('data-island') === 'hydrated');

  it('keeps a slider moved, a number typed and a disclosure opened while it loaded (CPU ×4)', async () => {
    const { watched, page, release } = await openSlow(4, true);
    expect(await page.locator('#explore').getAttribute('data-island')).toBeNull();
    // The reader's hand, on the prerendered controls: arrow keys on a range, a typed number, a click.
    const investment = page.getByRole('slider', { name: /investment/i });
    await investment.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await page.getByRole('spinbutton', { name: /valuation.*exact value/i }).fill('800');
    const about = page.locator('#explore .slider details').first();
    await about.locator('summary').click();
    expect(await investment.inputValue()).toBe('20');
    expect(await page.locator('#explore').getAttribute('data-island')).toBeNull();

    await release();
    await islandHydrated(page);
    expect(await investment.inputValue()).toBe('20');
    expect(await page.getByRole('slider', { name: /valuation/i }).inputValue()).toBe('800');
    await expect.poll(() => page.locator('#explore .results').innerText()).toContain('2.5%');
    await expect.poll(() => new URL(page.url()).search).toBe('?investment=20&valuation=800');
    expect(await about.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => page.locator('#step-3').innerText()).toContain('2.5%');
    expect(watched.errors).toEqual([]);
    await page.context().close();
  });

  // The report this came from: at the top of the page, fill the slider at once (Playwright
  // scrolls it into view and sets it), before the island has come near enough to load.
  it.each([1, 4])('fills the investment slider right after load: 20 and ?investment=20 (CPU ×%i)', async (rate) => {
    const { watched, page } = await openSlow(rate, false, '/');
    const investment = page.getByRole('slider', { name: /investment/i });
    await investment.fill('20');
    await islandHydrated(page);
    expect(await investment.inputValue()).toBe('20');
    await expect.poll(() => new URL(page.url()).searchParams.get('investment')).toBe('20');
    await expect.poll(() => page.locator('#explore .results').innerText()).toContain('4%');
    expect(watched.errors).toEqual([]);
    await page.context().close();
  });
});

// The prerendered cash chart used to be drawn 640 px wide and scaled to its box: on a phone its
// text was 5 px, and the page grew by 80-95 px when the chart came alive (an embed outgrew the
// height its host had just given it).
describe('the cash chart before and after its script', () => {
  const chartHeight = async (path: string, width: number, live: boolean) => {
    const { page } = await open(browser, origin, { viewport: { width, height: 800 } });
    try {
      // Before the script: the page as it paints, with the modules refused.
      if (!live) await page.route(/\/_app\/immutable\/.*\.js$/, (route) => route.abort());
      await page.goto(`${origin}${path}`);
      const chart = page.locator('.cash-chart .frame');
      if (live) {
        await chart.scrollIntoViewIfNeeded();
        await page.waitForFunction(() => !document.querySelector('.cash-chart svg.prerendered'));
      }
      return await chart.evaluate((frame) => ({
        height: frame.getBoundingClientRect().height,
        text: Math.min(...[...frame.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height))
      }));
    } finally {
      await page.context().close();
    }
  };

  it.each([
    ['/', 320],
    ['/', 375],
    ['/', 1280],
    ['/embed/calculator', 300],
    ['/embed/calculator', 375],
    ['/embed/calculator', 680]
  ])('%s at %i px: as tall before as after, its text readable', async (path, width) => {
    const before = await chartHeight(path, width, false);
    const after = await chartHeight(path, width, true);
    expect(Math.abs(before.height - after.height)).toBeLessThanOrEqual(1);
    expect(before.text).toBeGreaterThanOrEqual(9);
  });
});
