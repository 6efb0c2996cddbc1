#!/usr/bin/env node
// Screenshots of the whole-web explorer (/web) to look at: 375 and 1280 px, light and dark, at
// three months and with a company in focus, in .tmp/web-shots/. `node scripts/web-shots.js`
// after `npm run build`; `-- --only 375` for one width.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch } from './chromium.js';
import { serve } from './serve.js';

const out = resolve('.tmp/web-shots');
mkdirSync(out, { recursive: true });
const only = process.argv.includes('--only') ? Number(process.argv[process.argv.indexOf('--only') + 1]) : null;
const views = [
  ['2024-03', ''],
  ['2025-10', ''],
  ['', ''],
  ['2025-12', 'openai'],
  ['', 'amazon'],
  ['', 'anthropic']
];
const { server, origin } = await serve(resolve('build'));
const browser = await launch();
try {
  for (const width of [375, 1280].filter((w) => !only || w === only))
    for (const scheme of /** @type {const} */ (['light', 'dark'])) {
      const page = await browser.newPage({ viewport: { width, height: width < 800 ? 740 : 800 }, colorScheme: scheme });
      for (const [month, focus] of views) {
        const query = new URLSearchParams({ ...(month ? { month } : {}), ...(focus ? { focus } : {}) }).toString();
        await page.goto(`${origin}/web${query ? `?${query}` : ''}`);
        await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
        await page.waitForTimeout(150);
        const name = `${width}-${scheme}-${month || 'latest'}${focus ? `-${focus}` : ''}.png`;
        await page
          .locator('figure')
          .first()
          .screenshot({ path: `${out}/${name}` });
        if (scheme === 'light' && !month && !focus)
          await page.screenshot({ path: `${out}/${width}-page.png`, fullPage: true });
        console.log(name);
      }
      await page.close();
    }
} finally {
  await browser.close();
  server.close();
}
