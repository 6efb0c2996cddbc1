// The whole round trip through a real WordPress 6.1 (Debian's packages; see wordpress/server.ts):
// our pieces' addresses pasted into a post as embed blocks, discovered through oEmbed, filtered
// and sandboxed by WordPress, printed with wp-embed.js in Twenty Twenty-Three, and read in
// Chromium at 375 and 680 px: every piece whole at its own height, the story's buttons working,
// the calculator scrolling inside itself once opened past 1000 px. It also checks that
// wordpress/filter.ts, which wp-embed.e2e.ts relies on, prints what WordPress prints.
//
// WordPress fetches an oEmbed from a site on its own host only on port 80, 443 or 8080
// (wp_http_validate_url), so the site is built with PUBLIC_SITE_URL=http://127.0.0.1:8080 into
// .tmp/build-wordpress and served there, with Access-Control-Allow-Origin: * as static hosts send
// it; port 8080 must be free. Without the packages the tests are skipped with a warning naming
// what is missing, unless FTM_REQUIRE_WORDPRESS=1 (set by .ci/run) makes that a failure.
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, ElementHandle, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.js';
import { launch, open, violations, watchViolations } from './browser';
import { expectScrollsInside, expectStoryTurns, expectWhole } from './wordpress/checks';
import { wordpressEmbedHtml } from './wordpress/filter';
import { startWordPress, wordpressUnavailable, type WordPress } from './wordpress/server';

const unavailable = wordpressUnavailable();
if (unavailable) {
  const message = `No WordPress to test against (${unavailable}). Debian: apt-get install -y wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql.`;
  if (process.env.FTM_REQUIRE_WORDPRESS) throw new Error(message);
  console.warn(`wordpress.e2e.ts skipped. ${message}`);
}

const PORT = 8080;
const base = process.env.BASE_PATH ?? '';
const SITE = `http://127.0.0.1:${PORT}`;
const OUT = resolve('.tmp/build-wordpress');
const PIECES = ['story', 'flow', 'calculator'] as const;

let wordpress: WordPress | undefined;
let site: Server | undefined;
let browser: Browser;
let postUrl: string;

/** An embed block as the block editor saves a pasted address. */
const embedBlock = (url: string) =>
  `<!-- wp:embed {"url":"${url}","type":"rich","providerNameSlug":"follow-the-money"} -->\n` +
  `<figure class="wp-block-embed is-type-rich is-provider-follow-the-money wp-block-embed-follow-the-money">` +
  `<div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n<!-- /wp:embed -->`;

beforeAll(async () => {
  if (unavailable) return;
  // The site as it would be deployed next to the blog, so its oEmbed files name their address.
  // Vitest's own variables (NODE_ENV=test, VITEST…) would make that a test build, one that
  // does not hydrate: the build gets the environment `npm run build` would.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(key)));
  await promisify(execFile)(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build'], {
    env: { ...env, PUBLIC_SITE_URL: SITE, BUILD_DIR: OUT },
    maxBuffer: 64 * 1024 * 1024
  });
  const served = await serve(OUT, base, PORT).catch((error: Error) => {
    throw new Error(
      `Port ${PORT} is taken (${error.message}); WordPress fetches oEmbeds from its own host only on 80, 443 or 8080.`
    );
  });
  served.server.prependListener('request', (_request, response) =>
    response.setHeader('access-control-allow-origin', '*')
  );
  site = served.server;
  wordpress = await startWordPress();
  const paragraph = (text: string) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;
  postUrl = await wordpress.publish(
    'What Amazon’s money buys',
    [
      paragraph('The talks, step by step:'),
      embedBlock(`${SITE}${base}/embed/story`),
      paragraph('Who pays whom:'),
      embedBlock(`${SITE}${base}/embed/flow`),
      paragraph('Try the numbers yourself:'),
      embedBlock(`${SITE}${base}/embed/calculator`),
      paragraph('The end of the post.')
    ].join('\n\n')
  );
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await wordpress?.stop();
  await new Promise((done) => (site ? site.close(done) : done(undefined)));
  rmSync(OUT, { recursive: true, force: true });
});

describe.skipIf(!!unavailable)('a real WordPress post', () => {
  let html: string;

  beforeAll(async () => {
    // The first view of the post is when WordPress discovers and fetches the three oEmbeds.
    html = await (await fetch(postUrl)).text();
  }, 120_000);

  it('prints wp-embed.js, because our oEmbed carries its fallback link', () => {
    expect(html).toMatch(/<script[^>]+src=["'][^"']*wp-includes\/js\/wp-embed(\.min)?\.js/);
  });

  it.each(PIECES)('prints the %s exactly as wordpress/filter.ts says it does', (piece) => {
    const oembed = JSON.parse(readFileSync(`${OUT}/embed/${piece}.oembed.json`, 'utf8')) as {
      html: string;
      title: string;
    };
    const printed = new RegExp(
      `<blockquote class="wp-embedded-content" data-secret="(\\w+)">(?:(?!</iframe>).)*?/embed/${piece}#(?:(?!</iframe>).)*</iframe>`,
      's'
    ).exec(html);
    expect(printed, `no ${piece} embed in the post`).not.toBeNull();
    expect(printed![0]).toBe(wordpressEmbedHtml(oembed.html, printed![1]!, oembed.title));
  });
});

describe.skipIf(!!unavailable).each([375, 680])('the WordPress post at %i px', (width) => {
  let page: Page;
  const iframes: Record<string, ElementHandle<HTMLIFrameElement>> = {};

  beforeAll(async () => {
    ({ page } = await open(browser, wordpress!.url, { viewport: { width, height: 900 } }));
    await watchViolations(page.context());
    await page.goto(postUrl);
    for (const piece of PIECES) {
      const handle = await page.$(`iframe.wp-embedded-content[src*="/embed/${piece}"]`);
      if (!handle) throw new Error(`no ${piece} frame in the post`);
      iframes[piece] = handle as ElementHandle<HTMLIFrameElement>;
    }
  });

  afterAll(async () => {
    await page?.context().close();
  });

  it.each(PIECES)('shows the %s whole, as tall as it is, with nothing scrolling inside', async (piece) => {
    await expectWhole(iframes[piece]!, `${piece} at ${width} px`);
  });

  it("turns the story's steps with its buttons, and WordPress follows its height", async () => {
    await expectStoryTurns(iframes.story!);
  });

  it('scrolls the calculator inside itself once it is opened up past 1000 px', async () => {
    await expectScrollsInside(iframes.calculator!);
  });

  // On a page of its own, so that it holds whichever tests run before it, or none.
  it('logs no console error and no policy violation, the story turned and the calculator opened', async () => {
    const own = await open(browser, wordpress!.url, { viewport: { width, height: 900 } });
    try {
      await watchViolations(own.page.context());
      await own.page.goto(postUrl);
      const frame = async (piece: string) =>
        (await own.page.$(`iframe.wp-embedded-content[src*="/embed/${piece}"]`)) as ElementHandle<HTMLIFrameElement>;
      for (const piece of PIECES) await expectWhole(await frame(piece), `${piece} at ${width} px`);
      await expectStoryTurns(await frame('story'));
      await expectScrollsInside(await frame('calculator'));
      expect(own.errors).toEqual([]);
      expect(await violations(own.page)).toEqual([]);
    } finally {
      await own.page.context().close();
    }
  });
});
