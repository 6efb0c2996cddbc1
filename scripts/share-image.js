#!/usr/bin/env node
// The share image (Open Graph / Twitter card), drawn at build time from the page's own diagram:
// `npm run build` runs this after `vite build`. It serves build/, opens the story at one step in
// Chromium, lays the title beside that step's diagram on a 1200 × 630 card and saves
// build/share.png. So the card always shows the diagram as built, never a stale hand-made file.
//
//   SHARE_STEP=round-trip   which step's diagram: a step id or a 1-based number (default: the
//                           round trip, else the last step)
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
const wanted = process.env.SHARE_STEP ?? 'round-trip';
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
  await page.goto(`${origin}${base}/`);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout: 15_000 });

  // Which step: an id from content/steps, or a number; the round trip, else the last step.
  const step = await page.evaluate((wanted) => {
    const steps = [...document.querySelectorAll('[id^="step-"][data-step-id]')];
    const byId = steps.find((el) => el.getAttribute('data-step-id') === wanted);
    const byNumber = /^\d+$/.test(wanted) ? document.getElementById(`step-${wanted}`) : null;
    return (byId ?? byNumber ?? steps.at(-1))?.id ?? null;
  }, wanted);
  if (!step) throw new Error('found no story steps ([id^="step-"][data-step-id]) on the built page');
  await page.goto(`${origin}${base}/#${step}`);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await page.waitForFunction((id) => document.getElementById(id)?.getAttribute('aria-current') === 'step', step, {
    timeout: 10_000
  });

  // Move the live diagram onto a card that covers the page: it keeps its own styles and
  // colours, and the title comes from the page's <h1>.
  const placed = await page.evaluate(
    ({ width, height }) => {
      const figure = document.querySelector('.graphic .figure') ?? document.querySelector('.graphic');
      if (!figure) return false;
      const card = document.createElement('div');
      card.setAttribute(
        'style',
        [
          'position: fixed',
          'inset: 0',
          'z-index: 2147483647',
          `width: ${width}px`,
          `height: ${height}px`,
          'display: grid',
          'grid-template-columns: 430px 1fr',
          'gap: 24px',
          'padding: 48px 40px 40px 56px',
          'box-sizing: border-box',
          'background: var(--bg)',
          'color: var(--text)',
          'border-top: 10px solid var(--accent)'
        ].join(';')
      );
      const text = document.createElement('div');
      text.setAttribute(
        'style',
        'display: flex; flex-direction: column; justify-content: center; gap: 18px; font-family: var(--font-ui)'
      );
      const kicker = document.createElement('p');
      kicker.textContent = document.querySelector('.masthead .section')?.textContent?.trim() || 'Explainer';
      kicker.setAttribute(
        'style',
        'margin: 0; font-size: 20px; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: var(--accent)'
      );
      const title = document.createElement('p');
      title.textContent = document.querySelector('h1')?.textContent?.trim() ?? document.title;
      title.setAttribute('style', 'margin: 0; font-size: 46px; line-height: 1.1; font-weight: 700');
      text.append(kicker, title);
      const holder = document.createElement('div');
      holder.setAttribute(
        'style',
        'min-width: 0; min-height: 0; display: flex; align-items: center; justify-content: center'
      );
      figure.setAttribute(
        'style',
        'width: 100%; height: 100%; display: flex; align-items: center; justify-content: center'
      );
      holder.append(figure);
      card.id = 'share-card';
      card.append(text, holder);
      // A picture has no use for buttons: the diagram's own controls stay off the card.
      const style = document.createElement('style');
      style.textContent = `#share-card :is(button, input, select, summary, [role="toolbar"], .no-print, .needs-js) { display: none !important; }`;
      document.head.append(style);
      document.body.append(card);
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      document.documentElement.style.overflow = 'hidden';
      return true;
    },
    { width: WIDTH, height: HEIGHT }
  );
  if (!placed) throw new Error('found no diagram (.graphic .figure) on the built page');
  // Two frames for anything that measures its box (a diagram that picks a layout by width).
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForTimeout(150);
  await page.screenshot({ path: out, type: 'png', clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } });
  console.log(
    `share-image: build/share.png (${WIDTH}×${HEIGHT}) from /#${step} in ${((Date.now() - started) / 1000).toFixed(1)} s`
  );
} catch (error) {
  console.error(`share-image: could not draw build/share.png: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
