// The embeds as a blogger uses them: pasted into a page on another origin, with hostile CSS, in
// a narrow column; inside WordPress's sandbox; and on their own.
//
// Run against a base-path build too:
//   BASE_PATH=/follow-the-money npm run build
//   BASE_PATH=/follow-the-money npx vitest run --config test/e2e/vitest.config.ts test/e2e/embed.e2e.ts
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, ElementHandle, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serve } from '../../scripts/serve.js';
import { PIECE_INFO } from '../../src/lib/embed/pieces';
import { hydrated, launch, open, violations, watchViolations } from './browser';

const base = process.env.BASE_PATH ?? '';
const servers: Server[] = [];
let browser: Browser;
/** The site: origin and base path, e.g. http://127.0.0.1:4321/follow-the-money. */
let site: string;
/** The same build, from a server that sends Access-Control-Allow-Origin: * (as GitHub Pages does). */
let corsSite: string;
/** The blog: another origin. */
let blog: string;
let blogDir: string;

async function start(root: string, prefix = ''): Promise<string> {
  const { server, origin } = await serve(root, prefix);
  servers.push(server);
  return origin;
}

beforeAll(async () => {
  browser = await launch();
  // The shared server serves build/ at the root; a base-path build needs its own.
  site = base ? (await start(resolve('build'), base)) + base : inject('origin');
  const cors = await serve(resolve('build'), base);
  servers.push(cors.server);
  // Runs before serve()'s own handler; its writeHead keeps headers set here.
  cors.server.prependListener('request', (_request, response) =>
    response.setHeader('access-control-allow-origin', '*')
  );
  corsSite = cors.origin + base;
  blogDir = mkdtempSync(join(tmpdir(), 'ftm-blog-'));
  const fixtures = resolve('test/e2e/fixtures');
  for (const name of readdirSync(fixtures)) {
    const text = readFileSync(join(fixtures, name), 'utf8');
    writeFileSync(join(blogDir, name), text.replaceAll('%SITE%', site));
    if (name === 'wordpress.html')
      writeFileSync(join(blogDir, 'wordpress-cors.html'), text.replaceAll('%SITE%', corsSite));
  }
  blog = await start(blogDir);
  expect(new URL(blog).origin).not.toBe(new URL(site).origin);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  rmSync(blogDir, { recursive: true, force: true });
});

interface Fit {
  /** The iframe's inner height on the host page. */
  outer: number;
  /** The embed's wrapper, rounded up. */
  content: number;
  /** The embed document's scroll height and viewport height: equal when nothing scrolls. */
  scroll: number;
  view: number;
  /** Sideways overflow inside the embed. */
  wide: number;
}

async function fit(iframe: ElementHandle): Promise<Fit> {
  const frame = await iframe.contentFrame();
  if (!frame) throw new Error('the iframe has no document');
  const outer = await iframe.evaluate((el) => (el as HTMLIFrameElement).clientHeight);
  const inner = await frame.evaluate(() => ({
    content: Math.ceil(document.getElementById('ftm-embed')?.getBoundingClientRect().height ?? 0),
    scroll: document.documentElement.scrollHeight,
    view: window.innerHeight,
    wide: document.documentElement.scrollWidth - document.documentElement.clientWidth
  }));
  return { outer, ...inner };
}

/** Waits until the iframe is as tall as its content (within 2 px) and nothing scrolls inside. */
async function expectFits(iframe: ElementHandle): Promise<Fit> {
  await iframe.scrollIntoViewIfNeeded();
  await expect
    .poll(
      async () => {
        const f = await fit(iframe);
        return f.content > 0 ? Math.abs(f.outer - f.content) : Infinity;
      },
      { timeout: 8000 }
    )
    .toBeLessThanOrEqual(2);
  const f = await fit(iframe);
  expect(f.scroll, 'the embed scrolls inside its iframe').toBeLessThanOrEqual(f.view);
  expect(f.wide, 'the embed scrolls sideways').toBeLessThanOrEqual(0);
  return f;
}

async function frameOf(iframe: ElementHandle): Promise<Frame> {
  const frame = await iframe.contentFrame();
  if (!frame) throw new Error('the iframe has no document');
  return frame;
}

async function frameHydrated(frame: Frame): Promise<void> {
  await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

/** The text of the visible "Step K of N" in a story embed. */
function stepShown(frame: Frame): Promise<string> {
  return frame.locator('.stepper .where span:visible').innerText();
}

const PIECES = ['story', 'flow', 'calculator'] as const;

describe('the script snippet on a blog of another origin, with hostile CSS', () => {
  let page: Page;
  const iframes: Record<string, ElementHandle<HTMLIFrameElement>> = {};

  beforeAll(async () => {
    ({ page } = await open(browser, site, { viewport: { width: 1280, height: 800 } }));
    await watchViolations(page.context());
    await page.goto(`${blog}/host.html`);
    await page.waitForFunction(() => document.querySelectorAll('iframe[data-ftm-embed]').length === 3);
    for (const piece of PIECES) {
      const handle = await page.$(`iframe[data-ftm-embed][src*="/embed/${piece}"]`);
      if (!handle) throw new Error(`no iframe for ${piece}`);
      iframes[piece] = handle as ElementHandle<HTMLIFrameElement>;
    }
  });

  afterAll(async () => {
    await page.context().close();
  });

  it('turns each link into one iframe, though the loader is loaded three times', async () => {
    expect(await page.locator('a[data-ftm-embed]').count()).toBe(0);
    expect(await page.locator('iframe[data-ftm-embed]').count()).toBe(3);
    for (const piece of PIECES) {
      const attrs = await iframes[piece]!.evaluate((el) => ({
        title: el.getAttribute('title'),
        loading: el.getAttribute('loading'),
        scrolling: el.getAttribute('scrolling'),
        width: el.clientWidth,
        column: (el.closest('main') as HTMLElement).clientWidth - 35
      }));
      expect(attrs.title).toBeTruthy();
      expect(attrs.loading).toBe('lazy');
      expect(attrs.scrolling).toBe('no');
      expect(attrs.width).toBe(attrs.column);
    }
  });

  it.each(PIECES)('sizes the %s to its content, with no scrollbar inside', async (piece) => {
    const f = await expectFits(iframes[piece]!);
    expect(f.outer).toBeGreaterThan(300);
  });

  it('follows the story from step to step', async () => {
    const iframe = iframes.story!;
    const frame = await frameOf(iframe);
    await frameHydrated(frame);
    const heights = [(await expectFits(iframe)).outer];
    for (const k of [2, 3, 4]) {
      await frame.getByRole('button', { name: 'Next step' }).click();
      await expect.poll(() => stepShown(frame)).toBe(`Step ${k} of 9`);
      heights.push((await expectFits(iframe)).outer);
    }
    expect(new Set(heights).size, `heights ${heights.join(', ')}`).toBeGreaterThan(1);
  });

  it('follows the calculator when it changes', async () => {
    const iframe = iframes.calculator!;
    const frame = await frameOf(iframe);
    const before = (await expectFits(iframe)).outer;
    await frame.getByText('Show as table').first().click();
    await expect.poll(async () => (await fit(iframe)).outer).toBeGreaterThan(before + 40);
    await expectFits(iframe);
  });

  it('follows the viewport from 1280 to 375 px', async () => {
    const wide: Record<string, number> = {};
    for (const piece of PIECES) wide[piece] = (await expectFits(iframes[piece]!)).outer;
    await page.setViewportSize({ width: 375, height: 740 });
    for (const piece of PIECES) {
      const f = await expectFits(iframes[piece]!);
      expect(await iframes[piece]!.evaluate((el) => (el as HTMLIFrameElement).clientWidth)).toBe(340);
      // The diagram shrinks with the width; the calculator's text wraps into more lines; the
      // story does both (and sets itself tighter in a phone's column).
      if (piece === 'flow') expect(f.outer, `${piece} at 375 px`).toBeLessThan(wide[piece]!);
      else if (piece === 'calculator') expect(f.outer, `${piece} at 375 px`).toBeGreaterThan(wide[piece]!);
      else expect(f.outer, `${piece} at 375 px`).not.toBe(wide[piece]!);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const piece of PIECES) expect((await expectFits(iframes[piece]!)).outer).toBeLessThan(wide[piece]! + 3);
  });

  it('ignores height messages from the page itself and from other frames', async () => {
    const heights = async () => Promise.all(PIECES.map(async (p) => (await fit(iframes[p]!)).outer));
    const before = await heights();
    const forged = [
      { type: 'ftm:height', height: 3333 },
      { sentinel: 'amp', type: 'embed-size', height: 3333 }
    ];
    // The page itself, another site's widget on the blog's origin, and a plain iframe of our own
    // embed on our origin each send the forged messages, then a sentinel. Messages from one
    // window arrive in order, so once the blog has the sentinels the loader has had every
    // forged message too: nothing is left in flight that could still resize a frame.
    await page.evaluate((messages) => messages.forEach((m) => window.postMessage(m, '*')), forged);
    await page.evaluate(() => window.postMessage({ type: 'test:sentinel' }, '*'));
    for (const id of ['other', 'plain']) {
      const frame = await frameOf((await page.$(`#${id}`))!);
      await frame.evaluate((messages) => messages.forEach((m) => parent.postMessage(m, '*')), forged);
      await frame.evaluate(() => parent.postMessage({ type: 'test:sentinel' }, '*'));
    }
    await page.waitForFunction(() => {
      const from = (window as unknown as { received: { from: string; data: { type?: string } }[] }).received
        .filter((r) => r.data?.type === 'test:sentinel')
        .map((r) => r.from);
      return ['self', 'other', 'plain'].every((id) => from.includes(id));
    });
    const received = await page.evaluate(() =>
      (window as unknown as { received: { from: string; data: { height?: number } }[] }).received
        .filter((r) => r.data?.height === 3333)
        .map((r) => r.from)
    );
    expect(new Set(received)).toEqual(new Set(['self', 'other', 'plain']));
    expect(await heights()).toEqual(before);
    for (const piece of PIECES) await expectFits(iframes[piece]!);
  });

  it('ignores its own iframe once it shows a page of another origin', async () => {
    // The right window, the wrong origin: a frame the loader made, navigated away to the blog.
    const iframe = iframes.flow!;
    const before = (await fit(iframe)).outer;
    await iframe.evaluate((el, url) => ((el as HTMLIFrameElement).src = url), `${blog}/other.html`);
    await page.waitForFunction((el) => (el as HTMLIFrameElement).contentDocument?.readyState === 'complete', iframe);
    const frame = await frameOf(iframe);
    await frame.evaluate(() => parent.postMessage({ type: 'ftm:height', height: 3333 }, '*'));
    await frame.evaluate(() => parent.postMessage({ type: 'test:sentinel', token: 'navigated' }, '*'));
    // The sentinel came after the forged height from the same window: once the blog has it, the
    // loader has seen the forged one.
    await page.waitForFunction(() =>
      (window as unknown as { received: { data: { token?: string } }[] }).received.some(
        (r) => r.data?.token === 'navigated'
      )
    );
    expect(
      await page.evaluate(() =>
        (window as unknown as { received: { data: { height?: number } }[] }).received.some(
          (r) => r.data?.height === 3333
        )
      )
    ).toBe(true);
    expect(await iframe.evaluate((el) => (el as HTMLIFrameElement).clientHeight)).toBe(before);
  });

  it('sends ftm:height to a plain iframe pasted without the loader, and no other dialect unasked', async () => {
    const fromPlain = await page.evaluate(() =>
      (window as unknown as { received: { from: string; data: unknown }[] }).received
        .filter((r) => r.from === 'plain')
        .map((r) => r.data)
    );
    const ours = fromPlain.filter((d) => (d as { type?: string }).type === 'ftm:height') as { height: number }[];
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.every((m) => Number.isInteger(m.height) && m.height > 0)).toBe(true);
    expect(fromPlain.filter((d) => typeof d === 'string' || (d as { message?: string }).message === 'height')).toEqual(
      []
    );
  });

  // On a page of its own, so that it holds whichever tests run before it, or none.
  it('logs no console error or policy violation, on the blog or in any embed, and asks no third host', async () => {
    const own = await open(browser, site, { viewport: { width: 1280, height: 800 } });
    const { page } = own;
    try {
      await watchViolations(page.context());
      await page.goto(`${blog}/host.html`);
      await page.waitForFunction(() => document.querySelectorAll('iframe[data-ftm-embed]').length === 3);
      for (const piece of PIECES) {
        const iframe = (await page.$(`iframe[data-ftm-embed][src*="/embed/${piece}"]`))!;
        await expectFits(iframe);
        const frame = await frameOf(iframe);
        await frameHydrated(frame);
        if (piece === 'story') {
          await frame.getByRole('button', { name: 'Next step' }).click();
          await expect.poll(() => stepShown(frame)).toBe('Step 2 of 9');
        }
        if (piece === 'calculator') await frame.getByText('Show as table').first().click();
      }
      await page.setViewportSize({ width: 375, height: 740 });
      for (const iframe of await page.$$('iframe[data-ftm-embed]')) await expectFits(iframe);
      expect(own.errors).toEqual([]);
      expect(await violations(page)).toEqual([]);
      const hosts = new Set([new URL(site).host, new URL(blog).host]);
      expect(own.foreign.filter((url) => !hosts.has(new URL(url).host))).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

/** Messages the WordPress fixture received from its iframe. */
function received(page: Page): Promise<{ origin: string; data: unknown }[]> {
  return page.evaluate(() => (window as unknown as { received: { origin: string; data: unknown }[] }).received);
}

const SECRET = 'Ab12Cd34Ef';
const wpHeights = async (page: Page) =>
  (await received(page)).flatMap(({ data }) => {
    const m = data as { secret?: string; message?: string; value?: number };
    return m && m.secret === SECRET && m.message === 'height' && typeof m.value === 'number' ? [m.value] : [];
  });
const pymHeights = async (page: Page) =>
  (await received(page)).flatMap(({ data }) => {
    const match = typeof data === 'string' ? /^pymxPYMxchart-1xPYMxheightxPYMx(\d+)$/.exec(data) : null;
    return match ? [Number(match[1])] : [];
  });

describe('in WordPress’s sandbox (allow-scripts only), asked for pym and WordPress messages', () => {
  let page: Page;
  let frame: Frame;

  beforeAll(async () => {
    ({ page } = await open(browser, site, { viewport: { width: 700, height: 900 } }));
    await watchViolations(page.context());
    await page.goto(`${blog}/wordpress-cors.html`);
    frame = await frameOf((await page.$('#wp'))!);
  });

  afterAll(async () => {
    await page.context().close();
  });

  it('sends WordPress’s and pym’s height messages from an opaque origin, and WordPress sizes the iframe', async () => {
    await expect.poll(async () => (await wpHeights(page)).length).toBeGreaterThan(0);
    await expect.poll(async () => (await pymHeights(page)).length).toBeGreaterThan(0);
    expect(new Set((await received(page)).map((r) => r.origin))).toEqual(new Set(['null']));
    const last = (await wpHeights(page)).at(-1)!;
    expect(
      await frame.evaluate(() => Math.ceil(document.getElementById('ftm-embed')!.getBoundingClientRect().height))
    ).toBe(last);
    await expect
      .poll(() => page.$eval('#wp', (el) => (el as HTMLIFrameElement).clientHeight))
      .toBe(Math.min(1000, Math.max(200, last)));
  });

  it('opens at ?step=3', async () => {
    await expect.poll(() => stepShown(frame)).toBe('Step 3 of 9');
    expect(await frame.locator('#step-3').isVisible()).toBe(true);
  });

  it('says its height again when WordPress says ready and when pym sends a width', async () => {
    const wp = (await wpHeights(page)).length;
    await page.evaluate((secret) => {
      const target = (document.getElementById('wp') as HTMLIFrameElement).contentWindow!;
      target.postMessage({ message: 'ready', secret }, '*');
    }, SECRET);
    await expect.poll(async () => (await wpHeights(page)).length).toBeGreaterThan(wp);
    const pym = (await pymHeights(page)).length;
    await page.evaluate(() => {
      const target = (document.getElementById('wp') as HTMLIFrameElement).contentWindow!;
      target.postMessage('pymxPYMxchart-1xPYMxwidthxPYMx600', '*');
    });
    await expect.poll(async () => (await pymHeights(page)).length).toBeGreaterThan(pym);
  });

  it('turns the steps with its buttons and reports each new height', async () => {
    await frameHydrated(frame);
    await frame.getByRole('button', { name: 'Next step' }).click();
    await expect.poll(() => stepShown(frame)).toBe('Step 4 of 9');
    const content = () =>
      frame.evaluate(() => Math.ceil(document.getElementById('ftm-embed')!.getBoundingClientRect().height));
    await expect.poll(async () => (await wpHeights(page)).at(-1)).toBe(await content());
  });

  // On a page of its own, so that it holds whichever tests run before it, or none.
  it('logs no console error, and its policy lets the app run from an opaque origin', async () => {
    const own = await open(browser, site, { viewport: { width: 700, height: 900 } });
    const { page } = own;
    try {
      await watchViolations(page.context());
      await page.goto(`${blog}/wordpress-cors.html`);
      const frame = await frameOf((await page.$('#wp'))!);
      await frameHydrated(frame);
      await frame.getByRole('button', { name: 'Next step' }).click();
      await expect.poll(() => stepShown(frame)).toBe('Step 4 of 9');
      await expect.poll(async () => (await wpHeights(page)).length).toBeGreaterThan(0);
      expect(own.errors).toEqual([]);
      expect(await violations(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('sandboxed on a host that sends no CORS headers', () => {
  it('still opens at the right step at the right height, though the app cannot load', async () => {
    const watched = await open(browser, site, { viewport: { width: 700, height: 900 } });
    const { page } = watched;
    await page.goto(`${blog}/wordpress.html`);
    const frame = await frameOf((await page.$('#wp'))!);
    await expect.poll(async () => (await wpHeights(page)).length).toBeGreaterThan(0);
    expect(await frame.locator('#step-3').isVisible()).toBe(true);
    expect(await frame.locator('#step-1').isVisible()).toBe(false);
    expect((await wpHeights(page)).at(-1)).toBe(
      await frame.evaluate(() => Math.ceil(document.getElementById('ftm-embed')!.getBoundingClientRect().height))
    );
    // The one expected failure: the browser refusing the app's modules to an opaque origin.
    expect(
      watched.errors.filter(
        (e) => !/CORS|Access-Control-Allow-Origin|ERR_FAILED|Failed to fetch dynamically imported module/.test(e)
      )
    ).toEqual([]);
    await page.context().close();
  });
});

describe('the embed pages on their own', () => {
  let page: Page;

  beforeAll(async () => {
    ({ page } = await open(browser, site, { viewport: { width: 600, height: 800 } }));
  });

  afterAll(async () => {
    await page.context().close();
  });

  /** Load a page with the app's JavaScript refused, to see what the inline script alone does. */
  async function withoutApp<T>(
    path: string,
    colorScheme: 'light' | 'dark',
    fn: (page: Page) => Promise<T>
  ): Promise<T> {
    const context = await browser.newContext({ viewport: { width: 600, height: 800 }, colorScheme });
    // Its JavaScript only: the stylesheets under _app/ still load, as they would before the app runs.
    await context.route('**/_app/**/*.js', (route) => route.abort());
    const bare = await context.newPage();
    await bare.goto(`${site}${path}`);
    try {
      return await fn(bare);
    } finally {
      await context.close();
    }
  }

  const background = (p: Page) => p.evaluate(() => getComputedStyle(document.body).backgroundColor);

  it.each([
    { query: '?theme=dark', scheme: 'light', theme: 'dark', bg: 'rgb(18, 20, 22)' },
    { query: '?theme=light', scheme: 'dark', theme: undefined, bg: 'rgb(251, 250, 247)' },
    { query: '?theme=auto', scheme: 'dark', theme: undefined, bg: 'rgb(18, 20, 22)' },
    { query: '', scheme: 'light', theme: undefined, bg: 'rgb(251, 250, 247)' },
    { query: '?theme=neon', scheme: 'light', theme: undefined, bg: 'rgb(251, 250, 247)' }
  ] as const)('$query in a $scheme system: $bg before the app loads', async ({ query, scheme, theme, bg }) => {
    await withoutApp(`/embed/flow${query}`, scheme, async (bare) => {
      if (theme) expect(await bare.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      expect(await background(bare)).toBe(bg);
    });
  });

  it('opens ?step=5 at step 5 before the app loads, and at the same height after', async () => {
    const before = await withoutApp('/embed/story?step=5', 'light', async (bare) => {
      expect(await bare.locator('#step-5').isVisible()).toBe(true);
      expect(await bare.locator('#step-1').isVisible()).toBe(false);
      expect(await bare.locator('.stepper .where span:visible').innerText()).toBe('Step 5 of 9');
      return bare.evaluate(() => document.getElementById('ftm-embed')!.getBoundingClientRect().height);
    });
    await page.goto(`${site}/embed/story?step=5`);
    await hydrated(page);
    expect(await page.locator('#step-5').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.getElementById('ftm-embed')!.getBoundingClientRect().height)).toBeCloseTo(
      before,
      0
    );
    expect(await page.getByRole('button', { name: 'Previous step' }).isEnabled()).toBe(true);
    expect(await page.getByRole('link', { name: /Read the full story/ }).getAttribute('href')).toBe(`${base}/#step-5`);
  });

  it.each([
    { path: '/embed/story?step=99', shown: 'Step 9 of 9' },
    { path: '/embed/story?step=0', shown: 'Step 1 of 9' },
    { path: '/embed/story?step=abc', shown: 'Step 1 of 9' },
    { path: '/embed/story?step=-3', shown: 'Step 1 of 9' }
  ])('clamps or ignores a bad step: $path', async ({ path, shown }) => {
    await page.goto(`${site}${path}`);
    await hydrated(page);
    expect(await page.locator('.stepper .where span:visible').innerText()).toBe(shown);
  });

  it.each([
    { path: '/embed/flow', caption: /^Step 7 of 9: / },
    { path: '/embed/flow?step=2', caption: /^Step 2 of 9: / },
    { path: '/embed/flow?step=8', caption: /^Step 7 of 9: / },
    { path: '/embed/flow?step=junk', caption: /^Step 7 of 9: / }
  ])('draws the diagram $path at $caption', async ({ path, caption }) => {
    await page.goto(`${site}${path}`);
    await hydrated(page);
    await expect.poll(() => page.locator('header .step span:visible').innerText()).toMatch(caption);
    const n = Number(caption.source.match(/Step (\d)/)?.[1]);
    // The live diagram names its step: "Money flows, step 7 of 9: …".
    await expect
      .poll(() => page.locator('.figure svg[role="img"]').first().getAttribute('aria-label'))
      .toMatch(new RegExp(`step ${n} of 9`));
  });

  it('moves with the arrow keys and a swipe', async () => {
    await page.goto(`${site}/embed/story`);
    await hydrated(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stepShown(page.mainFrame())).toBe('Step 2 of 9');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => stepShown(page.mainFrame())).toBe('Step 1 of 9');
    const swipe = (from: number, to: number) =>
      page.evaluate(
        ({ from, to }) => {
          const el = document.querySelector('.slides')!;
          const at = (type: string, x: number) =>
            el.dispatchEvent(new PointerEvent(type, { pointerType: 'touch', clientX: x, clientY: 300, bubbles: true }));
          at('pointerdown', from);
          at('pointerup', to);
        },
        { from, to }
      );
    await swipe(400, 200);
    await expect.poll(() => stepShown(page.mainFrame())).toBe('Step 2 of 9');
    await swipe(200, 400);
    await expect.poll(() => stepShown(page.mainFrame())).toBe('Step 1 of 9');
    await expect.poll(() => page.locator('[aria-live="polite"]').last().innerText()).toMatch(/^Step 1 of 9: /);
  });

  it.each(PIECES)('%s: noindex, canonical, oEmbed discovery, links out of the frame', async (piece) => {
    await page.goto(`${site}/embed/${piece}`);
    const head = await page.evaluate(() => ({
      robots: document.querySelector('meta[name="robots"]')?.getAttribute('content'),
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      oembed: document.querySelector('link[rel="alternate"][type="application/json+oembed"]')?.getAttribute('href'),
      target: document.querySelector('base')?.getAttribute('target'),
      header: document.querySelector('.masthead, nav.site')
    }));
    expect(head.robots).toBe('noindex');
    expect(head.canonical).toMatch(new RegExp(`${base}/$`));
    expect(head.oembed).toMatch(new RegExp(`${base}/embed/${piece}\\.oembed\\.json$`));
    expect(head.target).toBe('_blank');
    expect(head.header).toBeNull();
    const link = page.getByRole('link', { name: /Read the full story/ });
    expect(await link.getAttribute('target')).toBe('_blank');
    const oembed = await (await page.request.get(new URL(head.oembed!, page.url()).href)).json();
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', width: 600, height: PIECE_INFO[piece].start });
    // WordPress's link first (which makes WordPress print wp-embed.js), then the plain iframe.
    const url = `[^"]*${base}/embed/${piece}`;
    expect(oembed.html).toMatch(
      new RegExp(
        `^<blockquote class="wp-embedded-content"[^>]*><a href="${url}">[^<]+</a></blockquote><iframe src="${url}" `
      )
    );
  });

  // The compact pieces fit WordPress's 1000 px, and the plain iframe's fixed height, in a phone's
  // column, a blog's and the widths between, at every step.
  it.each([375, 600, 680])('fits the fixed height of the plain iframe at %i px, every step', async (width) => {
    await page.setViewportSize({ width, height: 800 });
    for (const piece of PIECES) {
      const paths = piece === 'calculator' ? [''] : Array.from({ length: 9 }, (_, i) => `?step=${i + 1}`);
      for (const query of paths) {
        await page.goto(`${site}/embed/${piece}${query}`);
        await hydrated(page);
        const height = await page.evaluate(() => document.getElementById('ftm-embed')!.getBoundingClientRect().height);
        expect(height, `${piece}${query} at ${width} px`).toBeLessThanOrEqual(PIECE_INFO[piece].height);
        expect(PIECE_INFO[piece].height).toBeLessThanOrEqual(1000);
      }
    }
    await page.setViewportSize({ width: 600, height: 800 });
  });

  it('reads as an article without JavaScript: every step, no dead buttons', async () => {
    const context = await browser.newContext({ viewport: { width: 600, height: 800 }, javaScriptEnabled: false });
    const bare = await context.newPage();
    await bare.goto(`${site}/embed/story?step=4`);
    for (let k = 1; k <= 9; k++) expect(await bare.locator(`#step-${k}`).isVisible(), `step ${k}`).toBe(true);
    expect(await bare.getByRole('button', { name: 'Next step' }).isVisible()).toBe(false);
    await bare.goto(`${site}/embed/flow`);
    expect(await bare.locator('header .step span:visible').innerText()).toMatch(/^Step 7 of 9: /);
    await context.close();
  });

  // On a page of its own, so that it holds whichever tests run before it, or none.
  it('logs no console error on any piece, opened at a step and used', async () => {
    const own = await open(browser, site, { viewport: { width: 600, height: 800 } });
    const { page } = own;
    try {
      await page.goto(`${site}/embed/story?step=5`);
      await hydrated(page);
      await page.getByRole('button', { name: 'Next step' }).click();
      await expect.poll(() => stepShown(page.mainFrame())).toBe('Step 6 of 9');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => stepShown(page.mainFrame())).toBe('Step 5 of 9');
      await page.waitForSelector('.figure:not(.still) svg');
      await page.goto(`${site}/embed/flow?step=2`);
      await hydrated(page);
      await page.waitForSelector('.figure:not(.still) svg');
      await page.goto(`${site}/embed/calculator?investment=20`);
      await hydrated(page);
      await page.getByText('Change the assumptions').click();
      await page.getByRole('slider', { name: /investment/i }).fill('30');
      await expect.poll(() => new URL(page.url()).searchParams.get('investment')).toBe('30');
      expect(own.errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
