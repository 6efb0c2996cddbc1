// Our pieces in a WordPress post, sized by WordPress's own wp-embed.js (from Debian's `wordpress`
// package; GPL, used here and never shipped). The post is written as WordPress writes one: each
// piece's oEmbed HTML passed through the copy of wp_filter_oembed_result in wordpress/filter.ts
// (sandboxed frame, secret, hidden until it speaks), in a 650 px column with WordPress's margins,
// at phone and blog widths. The site sends Access-Control-Allow-Origin: *, as static hosts do, so
// the app runs in the sandbox and the story's buttons work. wordpress.e2e.ts does the same
// against a whole WordPress, which also checks filter.ts.
//
// Needs wp-includes/js/wp-embed.js: `apt-get install wordpress` (.ci/run does), or
// WORDPRESS_DIR=/path/to/wordpress. Without it the tests are skipped with a warning, unless
// FTM_REQUIRE_WORDPRESS=1 (set by .ci/run), which makes its absence a failure.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, ElementHandle, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.js';
import { launch, open, violations, watchViolations } from './browser';
import { expectScrollsInside, expectStoryTurns, expectWhole } from './wordpress/checks';
import { WORDPRESS_DIR, wordpressEmbedHtml } from './wordpress/filter';

const WP_EMBED = join(WORDPRESS_DIR, 'wp-includes/js/wp-embed.js');
const available = existsSync(WP_EMBED);
if (!available) {
  const message =
    `No WordPress at ${WORDPRESS_DIR} (${WP_EMBED} is missing): the tests against WordPress's wp-embed.js ` +
    "need Debian's package (apt-get install -y wordpress) or WORDPRESS_DIR pointing at a WordPress.";
  if (process.env.FTM_REQUIRE_WORDPRESS) throw new Error(message);
  console.warn(`wp-embed.e2e.ts skipped. ${message}`);
}

const base = process.env.BASE_PATH ?? '';
const PIECES = ['story', 'flow', 'calculator'] as const;
const servers: Server[] = [];
let browser: Browser;
let blog: string;
let dir: string;

/** A post with the three pieces, each as WordPress prints an oEmbed it does not trust. */
function post(site: string): string {
  const origin = new URL(site).origin;
  const figures = PIECES.map((piece, i) => {
    const json = JSON.parse(readFileSync(resolve(`build/embed/${piece}.oembed.json`), 'utf8')) as {
      html: string;
      title: string;
    };
    // Without PUBLIC_SITE_URL the build's addresses are root-relative; a deployed build's are absolute.
    const html = json.html.replace(/(href|src)="\//g, `$1="${origin}/`);
    const printed = wordpressEmbedHtml(html, `Secret${i}abc`, json.title);
    if (!printed) throw new Error(`WordPress would refuse the ${piece} embed: ${json.html}`);
    return `<figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper">\n${printed}\n</div></figure>`;
  });
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>A post with three embeds</title>
    <style>
      body { margin: 0; font: 18px/1.6 Georgia, serif; }
      main { max-width: 650px; margin: 0 auto; padding: 0 20px; }
      .wp-block-embed { margin: 2rem 0; }
      .wp-block-embed iframe { max-width: 100%; }
    </style>
  </head>
  <body>
    <main>
      <h1>What Amazon's money buys</h1>
      <p>A paragraph of the post before the embeds.</p>
      ${figures.join('\n      ')}
      <p>And one after them.</p>
    </main>
    <script src="wp-embed.js"></script>
  </body>
</html>`;
}

beforeAll(async () => {
  if (!available) return;
  browser = await launch();
  const cors = await serve(resolve('build'), base);
  cors.server.prependListener('request', (_request, response) =>
    response.setHeader('access-control-allow-origin', '*')
  );
  servers.push(cors.server);
  dir = mkdtempSync(join(tmpdir(), 'ftm-wp-'));
  copyFileSync(WP_EMBED, join(dir, 'wp-embed.js'));
  writeFileSync(join(dir, 'post.html'), post(cors.origin + base));
  const host = await serve(dir);
  servers.push(host.server);
  blog = host.origin;
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!available).each([375, 680])('a WordPress post at %i px, with wp-embed.js', (width) => {
  let page: Page;
  const iframes: Record<string, ElementHandle<HTMLIFrameElement>> = {};

  beforeAll(async () => {
    ({ page } = await open(browser, blog, { viewport: { width, height: 900 } }));
    await watchViolations(page.context());
    await page.goto(`${blog}/post.html`);
    for (const piece of PIECES) {
      const handle = await page.$(`iframe.wp-embedded-content[src*="/embed/${piece}"]`);
      if (!handle) throw new Error(`no ${piece} frame in the post`);
      iframes[piece] = handle as ElementHandle<HTMLIFrameElement>;
    }
  });

  afterAll(async () => {
    await page?.context().close();
  });

  it('is the post WordPress prints: sandboxed frames with a secret, hidden until they speak', async () => {
    const first = await page.$eval('iframe.wp-embedded-content', (el) => ({
      sandbox: el.getAttribute('sandbox'),
      secret: el.getAttribute('data-secret'),
      src: el.getAttribute('src')
    }));
    expect(first.sandbox).toBe('allow-scripts');
    expect(first.src).toMatch(new RegExp(`/embed/story#\\?secret=${first.secret}$`));
    expect(readFileSync(join(dir, 'post.html'), 'utf8')).toContain('clip: rect(1px, 1px, 1px, 1px)');
  });

  it.each(PIECES)('shows the %s whole, as tall as it is, with nothing scrolling inside', async (piece) => {
    const f = await expectWhole(iframes[piece]!, `${piece} at ${width} px`);
    expect(f.attribute).toBe(String(f.outer));
  });

  it("turns the story's steps with its buttons, and WordPress follows its height", async () => {
    await expectStoryTurns(iframes.story!);
  });

  it('scrolls the calculator inside itself once it is opened up past 1000 px', async () => {
    await expectScrollsInside(iframes.calculator!);
  });

  // On a page of its own, so that it holds whichever tests run before it, or none.
  it('logs no console error and no policy violation, the story turned and the calculator opened', async () => {
    const own = await open(browser, blog, { viewport: { width, height: 900 } });
    try {
      await watchViolations(own.page.context());
      await own.page.goto(`${blog}/post.html`);
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
