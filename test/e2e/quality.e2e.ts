// What a reader of any built page can count on: nothing fetched from another host, no console
// error, no web font, no sideways scrolling from 320 to 1920 px; the story prints as a linear
// document; the share card and its image are in the build; unknown addresses get a useful 404.
// (Page weight is `npm run size`, which `npm test` runs before these.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { budgets } from '../../scripts/budgets.js';
import { contentFromDisk } from '../../src/lib/server/content/disk';
import { launch, open } from './browser';

const origin = inject('origin');
const content = contentFromDisk();
const steps = content.steps.length;

/** Every page in build/, as the path a reader asks for: "/", "/404", "/embed/story". */
function builtPages(dir = 'build'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) return name === '_app' ? [] : builtPages(file);
    if (!name.endsWith('.html')) return [];
    const path = `/${relative('build', file)
      .replace(/\\/g, '/')
      .replace(/\.html$/, '')}`;
    return [path === '/index' ? '/' : path];
  });
}
const pages = builtPages().sort();
/** The share card is a 1200 × 630 picture photographed at build time, not a page to read. */
const readerPages = pages.filter((path) => path !== '/share-card');
const hasScript = (path: string) =>
  readFileSync(`build${path === '/' ? '/index' : path}.html`, 'utf8').includes('kit.start(');

/** Loaded and, where the page ships JavaScript, hydrated. */
async function ready(page: Page, path: string): Promise<void> {
  if (hasScript(path)) await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Scroll to the bottom in screen-high hops, so whatever loads on the way loads. */
async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await frame();
    }
    window.scrollTo(0, document.documentElement.scrollHeight);
    await frame();
  });
}

/**
 * What loads on the way down, by page, in the state it reaches once loaded: on the story the
 * live diagram and the two islands, on the story and diagram embeds the live diagram.
 */
function lateParts(path: string): string[] {
  if (path === '/')
    return ['.graphic .flow-figure', '#explore[data-island="hydrated"]', '.embed-this [data-island="hydrated"]'];
  if (path === '/embed/story' || path === '/embed/flow') return ['.figure:not(.still) svg'];
  return [];
}

/** Counts the page's requests in flight, so a test can wait until nothing is still loading. */
function inFlight(page: Page): () => number {
  const pending = new Set<unknown>();
  page.on('request', (request) => pending.add(request));
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
  return () => pending.size;
}

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(pages)('%s', (path) => {
  it('asks no other host for anything, loads no web font and logs no console error, top to bottom', async () => {
    const watched = await open(browser, origin, { viewport: { width: 1280, height: 800 } });
    const fonts: string[] = [];
    watched.page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(request.url());
    });
    const loading = inFlight(watched.page);
    try {
      await watched.page.goto(`${origin}${path}`);
      await ready(watched.page, path);
      await scrollThrough(watched.page);
      // Whatever the scroll brought in has loaded and run, and nothing else is on its way.
      for (const selector of lateParts(path)) await watched.page.waitForSelector(selector, { state: 'attached' });
      await expect.poll(loading, { message: 'requests still loading' }).toBe(0);
      await ready(watched.page, path);
      expect(watched.foreign, 'requests to other hosts').toEqual([]);
      expect(watched.errors, 'console errors').toEqual([]);
      expect(fonts, 'web fonts (the design uses system fonts, so no text waits for one)').toEqual([]);
    } finally {
      await watched.page.context().close();
    }
  });

  // src/lib/server/paint-first.ts: the page's text is on screen before any module is asked for,
  // so on a slow line the page's own bytes do not share it with the JavaScript.
  it.runIf(hasScript(path))('paints its text before it asks for its JavaScript, then starts', async () => {
    const { page } = await open(browser, origin, { viewport: { width: 375, height: 740 } });
    try {
      await page.goto(`${origin}${path}`);
      await ready(page, path);
      const { painted, modules } = await page.evaluate(() => ({
        painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        modules: performance
          .getEntriesByType('resource')
          .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
          .map((entry) => entry.startTime)
      }));
      expect(modules.length).toBeGreaterThan(0);
      expect(Math.min(...modules)).toBeGreaterThanOrEqual(painted);
    } finally {
      await page.context().close();
    }
  });

  it.runIf(readerPages.includes(path)).each([320, 375, 768, 1280, 1920])(
    'does not scroll sideways at %i px, at the top or the bottom',
    async (width) => {
      const { page } = await open(browser, origin, { viewport: { width, height: width < 800 ? 720 : 900 } });
      try {
        await page.goto(`${origin}${path}`);
        await ready(page, path);
        expect(await overflow(page), `${path} at ${width} px is wider than the screen at the top`).toBeLessThanOrEqual(
          0
        );
        await scrollThrough(page);
        expect(
          await overflow(page),
          `${path} at ${width} px is wider than the screen at the bottom`
        ).toBeLessThanOrEqual(0);
      } finally {
        await page.context().close();
      }
    }
  );
});

/**
 * The faces the page's rendered text is set in, as "family size weight style", with how many
 * text nodes and generated contents (::before, ::after) use each: every one with a box, on
 * screen or off it, SVG text included; hidden ones (display: none, a closed <details>, an SVG
 * <desc>) ask for no font.
 */
function faces(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const used: Record<string, number> = {};
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim()) continue;
      range.selectNodeContents(node);
      if (range.getClientRects().length === 0) continue;
      const style = getComputedStyle(parent);
      if (style.visibility === 'hidden') continue;
      const face = `${style.fontFamily} ${style.fontSize} ${style.fontWeight} ${style.fontStyle}`;
      used[face] = (used[face] ?? 0) + 1;
    }
    for (const element of document.body.querySelectorAll('*')) {
      if (element.getClientRects().length === 0) continue;
      for (const pseudo of ['::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        // Text, a counter or an attribute: not nothing, and not an empty string.
        if (['none', 'normal', '""', "''"].includes(style.content) || style.display === 'none') continue;
        if (style.visibility === 'hidden') continue;
        const face = `${style.fontFamily} ${style.fontSize} ${style.fontWeight} ${style.fontStyle}`;
        used[face] = (used[face] ?? 0) + 1;
      }
    }
    return used;
  });
}

describe('the type scale', () => {
  it.each([375, 1280])(
    `sets the text of ${budgets.type.path} in at most ${budgets.type.faces} faces at %i px`,
    async (width) => {
      const { page } = await open(browser, origin, { viewport: { width, height: 800 } });
      try {
        await page.goto(`${origin}${budgets.type.path}`);
        await ready(page, budgets.type.path);
        const used = await faces(page);
        // A face that is missing its text would be a test that cannot fail.
        expect(
          Object.keys(used).some((face) => face.includes('700')),
          'a bold face in use'
        ).toBe(true);
        const list = Object.entries(used)
          .sort((a, b) => b[1] - a[1])
          .map(([face, nodes]) => `${face} (${nodes})`)
          .join('\n');
        expect(Object.keys(used).length, `faces (scripts/budgets.json "type"):\n${list}`).toBeLessThanOrEqual(
          budgets.type.faces
        );
      } finally {
        await page.context().close();
      }
    }
  );
});

describe('sharing', () => {
  const html = readFileSync('build/index.html', 'utf8');
  /** The content of <meta property|name="key">, entities decoded. */
  const meta = (key: string) =>
    new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1]?.replace(/&amp;/g, '&');

  it('builds a 1200 × 630 PNG share image from the diagram (build/share.png)', () => {
    const png = readFileSync('build/share.png');
    expect(png.subarray(1, 4).toString('latin1'), 'build/share.png is not a PNG').toBe('PNG');
    // The IHDR chunk follows the 8-byte signature: length, type, then width and height.
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: 1200, height: 630 });
    expect(png.length, 'the share image is suspiciously small (blank?)').toBeGreaterThan(10_000);
  });

  it('keeps the share card’s drawing and words 38 px or more inside its sides (/share-card)', async () => {
    const { page, errors } = await open(browser, origin, { viewport: { width: 1200, height: 630 } });
    await page.goto(`${origin}/share-card`);
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll('.card .words > *, .card svg g.node, .card svg text')].map((el) => {
        const { left, top, right, bottom } = el.getBoundingClientRect();
        return { what: el.textContent?.trim().slice(0, 30), left, top, right, bottom };
      })
    );
    expect(boxes.length).toBeGreaterThan(5);
    const outside = boxes.filter((b) => b.left < 38 || b.top < 24 || b.right > 1200 - 38 || b.bottom > 630 - 24);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('gives / a title, description, canonical URL, Open Graph and Twitter card (src/lib/components/site/Meta.svelte)', () => {
    expect(html, 'no <title> in build/index.html').toMatch(/<title>[^<]+<\/title>/);
    expect(meta('description')).toBeTruthy();
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    expect(canonical ?? '(none)', 'no <link rel="canonical"> in build/index.html: place <Meta> on the page').toMatch(
      /^https?:\/\/[^/]+\/?/
    );
    expect(meta('og:url')).toBe(canonical);
    expect(meta('og:title')).toBeTruthy();
    expect(meta('og:description')).toBeTruthy();
    expect(meta('og:image') ?? '(none)', 'og:image must be an absolute URL of the built share image').toMatch(
      /^https?:\/\/.+\/share\.png$/
    );
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('twitter:image')).toBe(meta('og:image'));
    expect(html).toMatch(/<link rel="icon" href="[^"]*favicon\.svg"/);
  });
});

describe('the 404 page', () => {
  it('answers an unknown address with a 404 that links to the story and to every step', async () => {
    const { page } = await open(browser, origin, { viewport: { width: 375, height: 720 } });
    try {
      const response = await page.goto(`${origin}/no-such-page`);
      expect(response?.status()).toBe(404);
      await expect.poll(() => page.locator('h1').innerText()).toMatch(/no page/i);
      const hrefs = await page.$$eval('main a', (links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs).toContain('/');
      for (let i = 1; i <= steps; i++) expect(hrefs).toContain(`/#step-${i}`);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    } finally {
      await page.context().close();
    }
  });
});

describe('print', () => {
  /** / at 1280 px, ready, as printed; `dark`: a reader who chose the dark theme. */
  async function printedPage(dark = false): Promise<Page> {
    const { page } = await open(browser, origin, {
      viewport: { width: 1280, height: 800 },
      colorScheme: dark ? 'dark' : 'light'
    });
    await page.goto(`${origin}/`);
    await ready(page, '/');
    if (dark) await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    await page.emulateMedia({ media: 'print' });
    return page;
  }

  it('prints the story as a linear document: no controls, nothing sticky, every step, sources with URLs', async () => {
    const page = await printedPage();
    try {
      const printed = await page.evaluate(() => {
        const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true });
        return {
          controls: [...document.querySelectorAll('.no-print, .needs-js, button, input, select')]
            .filter(shown)
            .map((el) => el.outerHTML.slice(0, 80)),
          stuck: [...document.querySelectorAll('body *')]
            .filter((el) => ['sticky', 'fixed'].includes(getComputedStyle(el).position) && shown(el))
            .map((el) => el.outerHTML.slice(0, 80)),
          steps: [...document.querySelectorAll('.step')].filter(shown).length,
          stills: [...document.querySelectorAll('.step-still')].map(shown),
          // Each source's address is printed after its link (a ::after of attr(href)).
          urls: [...document.querySelectorAll('.sources li > a')]
            .filter((a) => shown(a) && getComputedStyle(a, '::after').content !== 'none')
            .map((a) => a.getAttribute('href')),
          background: getComputedStyle(document.body).backgroundColor
        };
      });
      expect(printed.controls, 'controls visible in print').toEqual([]);
      expect(printed.stuck, 'sticky or fixed elements in print').toEqual([]);
      expect(printed.steps).toBe(steps);
      expect(printed.stills.every(Boolean), 'a .step-still is hidden in print').toBe(true);
      expect(printed.urls.sort(), 'source URLs written out in print').toEqual(content.sources.map((s) => s.url).sort());
      expect(printed.background).toBe('rgb(255, 255, 255)');
    } finally {
      await page.context().close();
    }
  });

  // The masthead, the steps, the calculator and the sources each kept their screen widths and
  // centring, so the printed text started at three left edges; the cash chart's key printed
  // its swatches (backgrounds) blank.
  it('prints every section from one left edge, and the swatches of the keys', async () => {
    const page = await printedPage();
    try {
      const printed = await page.evaluate(() => ({
        edges: ['.masthead h1', '.step h2', '#explore h2', 'ol.sources', 'footer.after p'].map((selector) => {
          const el = document.querySelector(selector)!;
          return { selector, seen: el.checkVisibility(), left: Math.round(el.getBoundingClientRect().left) };
        }),
        swatches: [...document.querySelectorAll('.cash-chart .swatch')].map(
          (el) => getComputedStyle(el).printColorAdjust
        )
      }));
      const first = printed.edges[0]!.left;
      for (const { selector, seen, left } of printed.edges) {
        expect(seen, `${selector} printed`).toBe(true);
        expect(left, `${selector}'s left edge`).toBe(first);
      }
      expect(printed.swatches.length).toBeGreaterThan(0);
      expect(
        printed.swatches.every((adjust) => adjust === 'exact'),
        'swatches printed'
      ).toBe(true);
    } finally {
      await page.context().close();
    }
  });

  it('prints in the light theme even when the reader chose dark', async () => {
    const page = await printedPage(true);
    try {
      expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    } finally {
      await page.context().close();
    }
  });
});

describe('the theme', () => {
  it('follows the system setting and keeps a toggled choice for the session only', async () => {
    const watched = await open(browser, origin, { viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });
    const { page } = watched;
    try {
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.goto(`${origin}/`);
      await ready(page, '/');
      const dark = await background();
      // What ThemeToggle does (it has its own component test): set the choice for the session.
      await page.evaluate(() => sessionStorage.setItem('theme', 'light'));
      await page.reload();
      await ready(page, '/');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      const light = await background();
      expect(light).not.toBe(dark);
      // A new session starts from the system setting again.
      const fresh = await page.context().newPage();
      await fresh.goto(`${origin}/`);
      expect(await fresh.evaluate(() => document.documentElement.dataset.theme ?? 'auto')).toBe('auto');
      expect(watched.errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
