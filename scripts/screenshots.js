// Screenshots of the built site for a human to look at: npm run screenshots [-- out-dir]. Takes / at 375 and 1280 px, light and dark, at the top
// and at a few steps, plus a PDF print of the page.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch } from './chromium.js';
import { serve } from './serve.js';

const out = resolve(process.argv[2] ?? '.tmp/shots');
mkdirSync(out, { recursive: true });
const { server, origin } = await serve(resolve('build'));
const browser = await launch();
const targets = (process.env.SHOT_PATHS ?? '/,/#step-3,/#step-6,/#step-8').split(',');
for (const width of [375, 1280])
  for (const scheme of /** @type {const} */ (['light', 'dark'])) {
    const context = await browser.newContext({
      viewport: { width, height: width < 800 ? 740 : 800 },
      colorScheme: scheme
    });
    const page = await context.newPage();
    for (const [i, path] of targets.entries()) {
      await page.goto(`${origin}${path}`);
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
      await page.waitForTimeout(900);
      await page.screenshot({ path: `${out}/${width}-${scheme}-${i}.png` });
    }
    await context.close();
  }
const page = await browser.newPage();
await page.goto(`${origin}/`);
await page.emulateMedia({ media: 'print' });
await page.pdf({ path: `${out}/print.pdf`, format: 'A4', printBackground: false });
await browser.close();
server.close();
console.log(`screenshots in ${out}`);
