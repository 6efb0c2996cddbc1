#!/usr/bin/env node
// Eager weight of each built page: the JavaScript and CSS a browser fetches before the page is
// interactive. Follows the HTML's scripts, module preloads, stylesheets and SvelteKit's inline
// bootstrap imports, then every static import inside those modules (not dynamic import()).
// Prints raw, gzip and brotli sizes and exits 1 when a page is over its budget.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve('build');
const { pages: budgets, loader: loaderBudgets } = JSON.parse(
  readFileSync(new URL('./budgets.json', import.meta.url), 'utf8')
);

/** Map a URL from the page (absolute with base, or relative) to a file in build/. */
function fileFor(url, fromFile) {
  const path = url.split(/[?#]/)[0];
  if (/^[a-z]+:/i.test(path) || path.startsWith('//')) return null;
  if (path.startsWith('/')) {
    const base = process.env.BASE_PATH ?? '';
    return join(root, path.startsWith(base) ? path.slice(base.length) : path);
  }
  return resolve(dirname(fromFile), path);
}

function staticImports(code) {
  const found = new Set();
  // `import x from "./a.js"`, `import {a} from"./a.js"`, `import "./a.js"`, `export * from "./a.js"`;
  // minified output drops spaces, so the patterns allow none.
  const pattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g;
  for (const match of code.matchAll(pattern)) found.add(match[1]);
  return [...found];
}

function eagerFiles(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const js = new Set();
  const css = new Set();
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    // SvelteKit inlines small stylesheets and keeps a disabled <link> for client navigation.
    if (!href || /\bdisabled\b/.test(tag)) continue;
    const file = fileFor(href, htmlFile);
    if (!file) continue;
    if (rel === 'modulepreload') js.add(file);
    if (rel === 'stylesheet') css.add(file);
  }
  for (const [, src] of html.matchAll(/<script\b[^>]*src="([^"]+)"/g)) {
    const file = fileFor(src, htmlFile);
    if (file) js.add(file);
  }
  // SvelteKit starts the app from an inline script with import("…/start.js") and app.js.
  for (const [, script] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g))
    for (const [, src] of script.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) {
      const file = fileFor(src, htmlFile);
      if (file) js.add(file);
    }
  const queue = [...js];
  while (queue.length) {
    const file = queue.pop();
    if (!existsSync(file))
      throw new Error(`${relative(root, htmlFile)} loads ${relative(root, file)}, which is not in build/`);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      const dep = fileFor(spec, file);
      if (dep && !js.has(dep)) {
        js.add(dep);
        queue.push(dep);
      }
    }
  }
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  return { js: [...js], css: [...css], inlineCss };
}

function sizes(buffers) {
  const all = Buffer.concat(buffers);
  // Files are compressed one by one, as a server sends them.
  const each = (fn) => buffers.reduce((sum, b) => sum + fn(b).length, 0);
  return {
    raw: all.length,
    gzip: each((b) => gzipSync(b, { level: 9 })),
    brotli: each((b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }))
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let failed = false;
const rows = [];
for (const [page, budget] of Object.entries(budgets)) {
  const file = join(root, page);
  if (!existsSync(file)) {
    if (page === 'index.html') {
      console.error(`size: build/${page} is missing; run npm run build first.`);
      process.exit(1);
    }
    rows.push(`${page.padEnd(24)} (not built yet)`);
    continue;
  }
  const eager = eagerFiles(file);
  const js = sizes(eager.js.map((f) => readFileSync(f)));
  const css = sizes([...eager.css.map((f) => readFileSync(f)), Buffer.from(eager.inlineCss)]);
  const over = [];
  if (js.brotli > budget.js) over.push(`JS ${kb(js.brotli)} > ${kb(budget.js)}`);
  if (css.brotli > budget.css) over.push(`CSS ${kb(css.brotli)} > ${kb(budget.css)}`);
  failed ||= over.length > 0;
  rows.push(
    `${page.padEnd(24)} JS ${String(eager.js.length).padStart(2)} files ${kb(js.raw).padStart(9)} raw ${kb(js.gzip).padStart(8)} gzip ${kb(js.brotli).padStart(8)} br` +
      ` | CSS ${kb(css.raw).padStart(8)} raw ${kb(css.brotli).padStart(8)} br` +
      (over.length ? `  OVER BUDGET: ${over.join('; ')}` : '  ok')
  );
}
// The embed loader, as built: minified from src/embed-loader/embed.js (scripts/embed-loader.js).
const loaderFile = join(root, 'embed.js');
const loaderBudget = loaderBudgets['embed.js'].raw;
if (!existsSync(loaderFile)) {
  rows.push(`${'embed.js'.padEnd(24)} MISSING: build/embed.js was not built (scripts/embed-loader.js)`);
  failed = true;
} else {
  const loader = sizes([readFileSync(loaderFile)]);
  const over = loader.raw > loaderBudget;
  failed ||= over;
  rows.push(
    `${'embed.js'.padEnd(24)} loader   ${kb(loader.raw).padStart(9)} raw ${kb(loader.gzip).padStart(8)} gzip ${kb(loader.brotli).padStart(8)} br` +
      (over ? `  OVER BUDGET: ${kb(loader.raw)} > ${kb(loaderBudget)} raw` : '  ok')
  );
}
console.log('Eager JavaScript and CSS per page, and the embed loader (budgets in scripts/budgets.json):');
for (const row of rows) console.log(`  ${row}`);
if (failed) {
  console.error('size: a page is over its budget.');
  process.exit(1);
}
