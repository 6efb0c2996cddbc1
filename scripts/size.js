#!/usr/bin/env node
// Eager weight of each built page: the JavaScript and CSS a browser fetches before the page is
// interactive. Follows the HTML's scripts, module preloads, stylesheets and SvelteKit's inline
// bootstrap imports, then every static import inside those modules (not dynamic import()).
// Prints raw, gzip and brotli sizes (each file compressed on its own, as a server sends it) and
// exits 1 when a page, or the embed loader, is over its budget in scripts/budgets.json.
//
// Then the goals for / (budgets.json "goals.size"): its HTML, its eager JavaScript and the whole
// first load (HTML + eager JS + stylesheets), beside the floor's when --floor is given. Goals
// are reported, pass or MISS; only --strict fails on a miss.
//
// Usage: npm run size [-- [--floor DIR] [--strict]]
//   --floor DIR  weigh the floor too (scripts/floor.js: a floor's source, built into .tmp/floor/,
//                or a build of it), e.g. --floor ../shared/floor
//   --strict     exit 1 when a goal is missed or cannot be measured (the ratio needs --floor)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { MeasureError, budgets, goalTable, isMain, kb, ratio } from './budgets.js';
import { floorBuild } from './floor.js';

/** @typedef {{ raw: number; gzip: number; brotli: number }} Sizes */
/**
 * @typedef {object} PageWeight
 * @property {number} jsFiles
 * @property {Sizes} js          eager JavaScript
 * @property {Sizes} css         stylesheets and the page's inline <style>s (what the CSS budget counts)
 * @property {Sizes} stylesheets linked stylesheets only (inline styles travel in the HTML)
 * @property {Sizes} html        the page itself
 * @property {number} firstLoad  HTML + eager JavaScript + stylesheets, brotli
 */
/** @typedef {import('./budgets.js').GoalRow} GoalRow */

/**
 * Map a URL from the page (absolute with base, or relative) to a file under root.
 * @param {string} url
 * @param {string} fromFile
 * @param {string} root
 * @param {string} base
 */
function fileFor(url, fromFile, root, base) {
  const path = url.split(/[?#]/)[0] ?? '';
  if (/^[a-z]+:/i.test(path) || path.startsWith('//')) return null;
  if (path.startsWith('/')) return join(root, base && path.startsWith(base) ? path.slice(base.length) : path);
  return resolve(dirname(fromFile), path);
}

/** @param {string} code */
function staticImports(code) {
  const found = new Set();
  // `import x from "./a.js"`, `import {a} from"./a.js"`, `import "./a.js"`, `export * from "./a.js"`;
  // minified output drops spaces, so the patterns allow none.
  const pattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g;
  for (const match of code.matchAll(pattern)) if (match[1]) found.add(match[1]);
  return [...found];
}

/**
 * @param {string} htmlFile
 * @param {string} root
 * @param {string} base
 */
function eagerFiles(htmlFile, root, base) {
  const html = readFileSync(htmlFile, 'utf8');
  /** @type {Set<string>} */
  const js = new Set();
  /** @type {Set<string>} */
  const css = new Set();
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    // SvelteKit inlines small stylesheets and keeps a disabled <link> for client navigation.
    if (!href || /\bdisabled\b/.test(tag)) continue;
    const file = fileFor(href, htmlFile, root, base);
    if (!file) continue;
    if (rel === 'modulepreload') js.add(file);
    if (rel === 'stylesheet') css.add(file);
  }
  for (const [, src = ''] of html.matchAll(/<script\b[^>]*src="([^"]+)"/g)) {
    const file = fileFor(src, htmlFile, root, base);
    if (file) js.add(file);
  }
  // SvelteKit starts the app from an inline script with import("…/start.js") and app.js; in the
  // built pages that script also lists the modules it preloads after the first paint
  // (src/lib/server/paint-first.ts): every quoted .js path in an inline script counts.
  for (const [, script = ''] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g))
    for (const [, src = ''] of script.matchAll(/["']([^"'\s]+\.js)["']/g)) {
      const file = fileFor(src, htmlFile, root, base);
      if (file) js.add(file);
    }
  const queue = [...js];
  for (let file = queue.pop(); file; file = queue.pop()) {
    if (!existsSync(file))
      throw new Error(`${relative(root, htmlFile)} loads ${relative(root, file)}, which is not in ${root}`);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      const dep = fileFor(spec, file, root, base);
      if (dep && !js.has(dep)) {
        js.add(dep);
        queue.push(dep);
      }
    }
  }
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  return { html: Buffer.from(html), js: [...js], css: [...css], inlineCss };
}

/**
 * Sizes of files compressed one by one, as a server sends them.
 * @param {Buffer[]} buffers
 * @returns {Sizes}
 */
function sizes(buffers) {
  /** @param {(b: Buffer) => Buffer} compress */
  const each = (compress) => buffers.reduce((sum, b) => sum + compress(b).length, 0);
  return {
    raw: buffers.reduce((sum, b) => sum + b.length, 0),
    gzip: each((b) => gzipSync(b, { level: 9 })),
    brotli: each((b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }))
  };
}

/**
 * What one built page costs at load.
 * @param {string} root the built site
 * @param {string} page its file, e.g. "index.html"
 * @param {string} [base] the path prefix the site was built for
 * @returns {PageWeight}
 */
export function weigh(root, page, base = '') {
  const eager = eagerFiles(join(root, page), root, base);
  const js = sizes(eager.js.map((f) => readFileSync(f)));
  const stylesheets = sizes(eager.css.map((f) => readFileSync(f)));
  const css = sizes([...eager.css.map((f) => readFileSync(f)), Buffer.from(eager.inlineCss)]);
  const html = sizes([eager.html]);
  return {
    jsFiles: eager.js.length,
    js,
    css,
    stylesheets,
    html,
    firstLoad: html.brotli + js.brotli + stylesheets.brotli
  };
}

/**
 * The size goals for our page, beside the floor's where there is one.
 * @param {PageWeight} ours
 * @param {PageWeight | null} floor
 * @returns {GoalRow[]}
 */
export function sizeGoalRows(ours, floor) {
  const goals = budgets.goals.size;
  const firstLoadLimit = floor ? floor.firstLoad * goals.firstLoadRatio : null;
  return [
    {
      figure: `HTML of ${goals.page}, brotli`,
      floor: floor ? kb(floor.html.brotli) : '—',
      ours: kb(ours.html.brotli),
      ratio: ratio(ours.html.brotli, floor?.html.brotli),
      goal: `≤ ${kb(goals.htmlBrotli)}`,
      pass: ours.html.brotli <= goals.htmlBrotli
    },
    {
      figure: 'eager JavaScript, brotli',
      floor: floor ? kb(floor.js.brotli) : '—',
      ours: kb(ours.js.brotli),
      ratio: ratio(ours.js.brotli, floor?.js.brotli),
      goal: `≤ ${kb(goals.jsBrotli)}`,
      pass: ours.js.brotli <= goals.jsBrotli
    },
    {
      figure: 'whole first load (HTML + JS + CSS), brotli',
      floor: floor ? kb(floor.firstLoad) : '—',
      ours: kb(ours.firstLoad),
      ratio: ratio(ours.firstLoad, floor?.firstLoad),
      goal: `≤ ${goals.firstLoadRatio}× floor${firstLoadLimit === null ? '' : ` (${kb(firstLoadLimit)})`}`,
      pass: firstLoadLimit === null ? null : ours.firstLoad <= firstLoadLimit
    }
  ];
}

/**
 * @param {string[]} argv
 * @returns {{ floor: string | null; strict: boolean }}
 */
function parseArgs(argv) {
  /** @type {{ floor: string | null; strict: boolean }} */
  const options = { floor: null, strict: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--strict') options.strict = true;
    else if (arg === '--floor' || arg.startsWith('--floor=')) {
      const dir = arg === '--floor' ? argv[++i] : arg.slice('--floor='.length);
      if (!dir || dir.startsWith('--'))
        throw new MeasureError('size: --floor needs a folder, e.g. --floor ../shared/floor');
      options.floor = dir;
    } else throw new MeasureError(`size: unknown argument "${arg}"; usage: npm run size -- [--floor DIR] [--strict]`);
  }
  return options;
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  // The floor first: a missing one is reported before anything is weighed.
  const floor = options.floor ? floorBuild(options.floor) : null;
  const root = resolve('build');
  const base = process.env.BASE_PATH ?? '';
  let failed = false;
  const rows = [];
  /** @type {PageWeight | null} */
  let goalPage = null;
  for (const [page, budget] of Object.entries(budgets.pages)) {
    if (!existsSync(join(root, page))) {
      if (page === 'index.html') throw new MeasureError(`size: build/${page} is missing; run npm run build first.`);
      rows.push(`${page.padEnd(24)} (not built yet)`);
      continue;
    }
    const weight = weigh(root, page, base);
    if (page === budgets.goals.size.page) goalPage = weight;
    const { js, css } = weight;
    const over = [];
    if (js.brotli > budget.js) over.push(`JS ${kb(js.brotli)} > ${kb(budget.js)}`);
    if (css.brotli > budget.css) over.push(`CSS ${kb(css.brotli)} > ${kb(budget.css)}`);
    failed ||= over.length > 0;
    rows.push(
      `${page.padEnd(24)} JS ${String(weight.jsFiles).padStart(2)} files ${kb(js.raw).padStart(9)} raw ${kb(js.gzip).padStart(8)} gzip ${kb(js.brotli).padStart(8)} br` +
        ` | CSS ${kb(css.raw).padStart(8)} raw ${kb(css.brotli).padStart(8)} br` +
        (over.length ? `  OVER BUDGET: ${over.join('; ')}` : '  ok')
    );
  }

  // The embed loader, as built: minified from src/embed-loader/embed.js (scripts/embed-loader.js).
  const loaderFile = join(root, 'embed.js');
  const loaderBudget = budgets.loader['embed.js']?.raw ?? 0;
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

  const floorWeight = floor ? weigh(floor.root, 'index.html') : null;
  const goals = sizeGoalRows(/** @type {PageWeight} */ (goalPage), floorWeight);
  console.log(
    `\nGoals for /${budgets.goals.size.page === 'index.html' ? '' : budgets.goals.size.page} (budgets.json "goals"; ${options.strict ? 'enforced: --strict' : 'reported, not enforced; --strict enforces them'})` +
      (floor
        ? `, beside the floor (${relative(process.cwd(), floor.from) || '.'}):`
        : '; pass --floor DIR for the floor column and the ratio:')
  );
  for (const line of goalTable(goals)) console.log(`  ${line}`);
  const missed = goals.filter((g) => g.pass !== true);

  if (failed) {
    console.error('size: a page is over its budget.');
    process.exitCode = 1;
  } else console.log('size: every page within its budget.');
  if (missed.length) {
    const what = `${missed.length} of ${goals.length} goals missed or not measured: ${missed.map((g) => g.figure).join('; ')}`;
    if (options.strict) {
      console.error(`size: ${what} (--strict).`);
      process.exitCode = 1;
    } else console.log(`size: ${what} (not enforced yet).`);
  } else console.log('size: every goal met.');
}

if (isMain(import.meta.url)) {
  try {
    main();
  } catch (error) {
    if (!(error instanceof MeasureError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
