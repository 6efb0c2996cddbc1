// `npm run embed:heights`: how tall each embed is in the built site, at frame widths of 375 and
// 680 px (a phone's column and a blog's), as a plain frame and as WordPress shows it (the
// `#?secret=` hash, which asks for the compact layout that fits WordPress's 1,000 px). The
// story and the diagram are measured at every step and the tallest is printed; the calculator
// at the reported figures; the whole web at the latest month, whole and with each of its busiest
// companies in focus. Numbers are CSS pixels of the measured wrapper (#ftm-embed), the
// height the embed asks its host for.
import { join } from 'node:path';
import { launch } from './chromium.js';
import { serve } from './serve.js';

// `npm run embed:heights -- story 320,375` measures one piece at other widths.
const [only, widths] = process.argv.slice(2);
const WIDTHS = widths ? widths.split(',').map(Number) : [375, 680];
const base = process.env.BASE_PATH ?? '';
const { server, origin } = await serve(join(process.cwd(), 'build'), base);
const browser = await launch();

/** The whole web's tallest views: every company, and each company with the most flows in focus. */
const WEB_VIEWS = ['', '?focus=openai', '?focus=amazon', '?focus=anthropic', '?focus=microsoft', '?focus=nvidia'];

/** @param {import('playwright-core').Page} page */
const height = (page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    return Math.ceil(document.getElementById('ftm-embed')?.getBoundingClientRect().height ?? 0);
  });

/**
 * @param {string} piece
 * @param {number} width
 * @param {string} hash
 */
async function measure(piece, width, hash) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const steps =
    piece === 'calculator' ? [''] : piece === 'web' ? WEB_VIEWS : Array.from({ length: 9 }, (_, i) => `?step=${i + 1}`);
  let tallest = { height: 0, query: '' };
  for (const query of steps) {
    await page.goto(`${origin}${base}/embed/${piece}${query}${hash}`);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    // The live diagram replaces the still once its chunk has loaded.
    if (piece === 'story' || piece === 'flow')
      await page.locator('.figure:not(.still) svg:visible').first().waitFor({ timeout: 10000 });
    const h = await height(page);
    if (h > tallest.height) tallest = { height: h, query };
  }
  await context.close();
  return tallest;
}

try {
  const rows = [];
  for (const piece of only ? [only] : ['story', 'flow', 'calculator', 'web'])
    for (const [mode, hash] of /** @type {[string, string][]} */ ([
      ['plain', ''],
      ['wordpress', '#?secret=abc123']
    ]))
      for (const width of WIDTHS) {
        const { height: h, query } = await measure(piece, width, hash);
        rows.push({ piece, mode, width, height: h, tallest: query || '–' });
      }
  console.table(rows);
} finally {
  await browser.close();
  server.close();
}
