// Puts the golden drawings (test/golden/*.svg) side by side on one page, with the site's
// colours and the drawing's styles, and takes a picture of it in light and dark:
// `node scripts/golden-preview.js` writes .tmp/golden/index.html and .tmp/golden/{light,dark}.png.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from './chromium.js';

const dir = resolve('test/golden');
const out = resolve('.tmp/golden');
mkdirSync(out, { recursive: true });
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.svg'))
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
// The drawing's own styles, unscoped: the component's <style> block, as the page applies it.
const component = readFileSync(resolve('src/lib/components/flow/FlowDrawing.svelte'), 'utf8');
const styles = /<style>([\s\S]*?)<\/style>/.exec(component)?.[1] ?? '';
const figures = files
  .map((f) => `<figure><figcaption>${f}</figcaption>${readFileSync(join(dir, f), 'utf8')}</figure>`)
  .join('\n');
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Golden drawings</title>
<link rel="stylesheet" href="${pathToFileURL(resolve('src/app.css'))}">
<style>${styles}
body { display: grid; grid-template-columns: 343px 768px; gap: 16px; padding: 16px; align-items: start; }
figure { margin: 0; outline: 1px dashed var(--border); } figcaption { font: 12px system-ui; color: var(--muted); }
.flow-drawing { font-family: system-ui, sans-serif; }</style></head><body>${figures}</body></html>`;
writeFileSync(join(out, 'index.html'), html);
const browser = await launch();
for (const scheme of /** @type {const} */ (['light', 'dark'])) {
  const page = await browser.newPage({ viewport: { width: 1180, height: 800 }, colorScheme: scheme });
  await page.goto(pathToFileURL(join(out, 'index.html')).href);
  await page.screenshot({ path: join(out, `${scheme}.png`), fullPage: true });
  await page.close();
}
await browser.close();
console.log(`golden drawings: ${join(out, 'index.html')}, light.png, dark.png`);
