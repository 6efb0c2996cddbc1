#!/usr/bin/env node
// The share image (Open Graph / Twitter card), drawn at build time from the page's own diagram:
// `npm run build` runs this after `vite build`. It serves build/, opens the prerendered
// /share-card page (src/routes/share-card: the title beside a step's drawing, laid out by the
// same code as the story) in Chromium and saves it as build/share.png. So the card always shows
// the diagram as built, never a stale hand-made file.
//
//   SHARE_STEP=round-trip   which step's drawing, read when the card is prerendered: a step id
//                           or a 1-based number (default: the round trip)
//
// Without a Chromium (a dev machine without one) it warns and skips, so the build still works;
// CI has Chromium, and test/e2e/quality.e2e.ts fails when build/share.png is missing. Any other
// failure stops the build.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumPath, launch } from './chromium.js';
import { serve } from './serve.js';

const WIDTH = 1200;
const HEIGHT = 630;
const root = resolve('build');
const out = resolve(root, 'share.png');
const started = Date.now();

try {
  chromiumPath();
} catch (error) {
  console.warn(`share-image: skipped, build/share.png not written. ${error instanceof Error ? error.message : error}`);
  process.exit(0);
}
if (!existsSync(resolve(root, 'index.html'))) {
  console.error('share-image: build/index.html is missing; run vite build first (npm run build does both).');
  process.exit(1);
}

const base = process.env.BASE_PATH ?? '';
const { server, origin } = await serve(root, base);
const browser = await launch();
try {
  const context = await browser.newContext({
    viewport: { width: WIDTH, height: HEIGHT },
    deviceScaleFactor: 1,
    colorScheme: 'light',
    reducedMotion: 'reduce'
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`share-image: page error: ${error}`));
  const response = await page.goto(`${origin}${base}/share-card`);
  if (!response?.ok()) throw new Error(`the built /share-card page answered ${response?.status()}`);
  await page.waitForLoadState('load');
  await page.screenshot({ path: out, type: 'png', clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } });
  console.log(
    `share-image: build/share.png (${WIDTH}×${HEIGHT}) from /share-card in ${((Date.now() - started) / 1000).toFixed(1)} s`
  );
} catch (error) {
  console.error(`share-image: could not draw build/share.png: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
