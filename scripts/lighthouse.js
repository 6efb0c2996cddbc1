#!/usr/bin/env node
// Lighthouse against the built site, served locally, in Debian's Chromium (or $CHROME_PATH):
// the mobile preset (Lighthouse's default: a mid-range phone on a slow 4G line, simulated) and
// the desktop preset. Prints the four category scores with LCP, TBT and CLS, writes the full
// HTML reports to .tmp/lighthouse/, and exits 1 when a page misses the budget:
//
//   performance ≥ 98, accessibility 100, best practices 100, SEO 100, CLS 0
//
// Usage: npm run lighthouse [-- [--runs N] [--preset mobile|desktop] [path ...]]
//   path     pages to audit, default "/" (e.g. /embed/story; embeds that ask not to be
//            indexed lose SEO points by design)
//   --runs   runs per page and preset; the run with the median performance score counts
//            (default 1; use 3 when a figure matters, as single runs vary by a point or two)
//
// Not part of `npm test`: one run of both presets takes a minute or two on this machine.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumPath } from './chromium.js';
import { serve } from './serve.js';

/** @typedef {'performance' | 'accessibility' | 'best-practices' | 'seo'} Category */
/** @typedef {'mobile' | 'desktop'} Preset */
/** @typedef {import('lighthouse').Result} Result */

/** @type {Record<Category, number>} */
const BUDGET = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
/** @type {Category[]} */
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** @type {Record<Preset, import('lighthouse').Config | undefined>} */
const PRESETS = { mobile: undefined, desktop: desktopConfig };
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
];

/** @param {string[]} argv */
function parseArgs(argv) {
  const options = {
    runs: 1,
    presets: /** @type {Preset[]} */ (['mobile', 'desktop']),
    paths: /** @type {string[]} */ ([])
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--runs') options.runs = Math.max(1, Number(argv[++i]) || 1);
    else if (arg === '--preset') {
      const preset = argv[++i] ?? '';
      if (preset !== 'mobile' && preset !== 'desktop')
        throw new Error(`--preset must be mobile or desktop, not "${preset}"`);
      options.presets = [preset];
    } else if (arg?.startsWith('/')) options.paths.push(arg);
    else
      throw new Error(
        `unknown argument "${arg}"; usage: npm run lighthouse -- [--runs N] [--preset mobile|desktop] [/path ...]`
      );
  }
  if (!options.paths.length) options.paths.push('/');
  return options;
}

/**
 * One Lighthouse run in a fresh Chromium; returns the result (lhr) and the HTML report.
 * @param {string} url
 * @param {Preset} preset
 * @returns {Promise<{ lhr: Result; html: string }>}
 */
async function audit(url, preset) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent'
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'html', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      PRESETS[preset]
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError)
      throw new Error(`Lighthouse could not load ${url}: ${result.lhr.runtimeError.message}`);
    return { lhr: result.lhr, html: /** @type {string} */ (result.report) };
  } finally {
    chrome.kill();
  }
}

/** @param {Result} lhr @param {Category} id */
const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
/** @param {Result} lhr @param {string} id */
const metric = (lhr, id) => lhr.audits[id]?.numericValue ?? NaN;

/**
 * What costs points: failed audits that count towards a category's score.
 * @param {Result} lhr
 * @param {Category} category
 */
function losses(lhr, category) {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs
    .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => {
      const a = lhr.audits[ref.id];
      return `${ref.id} (${Math.round((a?.score ?? 0) * 100)}${a?.displayValue ? `, ${a.displayValue}` : ''})`;
    });
}

const options = parseArgs(process.argv.slice(2));
const root = resolve('build');
const reports = resolve('.tmp/lighthouse');
mkdirSync(reports, { recursive: true });
const base = process.env.BASE_PATH ?? '';
// The server sends the .br files adapter-static wrote (precompress), as a host does: without
// them the simulated 4G line of the mobile preset would spend its time on uncompressed HTML,
// which no reader is ever sent.
if (!existsSync(resolve(root, 'index.html.br'))) {
  console.error('lighthouse: build/index.html.br is missing; build with precompress on (npm run build).');
  process.exit(1);
}
const { server, origin } = await serve(root, base);
/** @type {{ preset: Preset; path: string; scores: Record<Category, number>; fcp: number; lcp: number; tbt: number; cls: number; runs: number[] }[]} */
const rows = [];
/** @type {string[]} */
const problems = [];
/** @type {number[]} */
const benchmarks = [];

try {
  for (const path of options.paths)
    for (const preset of options.presets) {
      const url = `${origin}${base}${path}`;
      const runs = [];
      for (let i = 0; i < options.runs; i++) {
        process.stdout.write(`lighthouse: ${preset} ${path} run ${i + 1}/${options.runs}…\n`);
        runs.push(await audit(url, preset));
      }
      runs.sort((a, b) => score(a.lhr, 'performance') - score(b.lhr, 'performance'));
      const { lhr, html } = /** @type {{ lhr: Result; html: string }} */ (runs[Math.floor(runs.length / 2)]);
      const slug = path === '/' ? 'index' : path.replace(/^\/|\/$/g, '').replace(/\//g, '-');
      const file = `${reports}/${preset}-${slug}.html`;
      writeFileSync(file, html);
      benchmarks.push(lhr.environment.benchmarkIndex);
      const scores = /** @type {Record<Category, number>} */ (
        Object.fromEntries(CATEGORIES.map((c) => [c, score(lhr, c)]))
      );
      const lcp = metric(lhr, 'largest-contentful-paint');
      const tbt = metric(lhr, 'total-blocking-time');
      const cls = metric(lhr, 'cumulative-layout-shift');
      const fcp = metric(lhr, 'first-contentful-paint');
      rows.push({ preset, path, scores, fcp, lcp, tbt, cls, runs: runs.map((r) => score(r.lhr, 'performance')) });
      for (const category of CATEGORIES)
        if (scores[category] < BUDGET[category])
          problems.push(
            `${preset} ${path}: ${category} ${scores[category]} < ${BUDGET[category]}; losing points: ${losses(lhr, category).join(', ') || '(see report)'}`
          );
      if (!(cls === 0))
        problems.push(
          `${preset} ${path}: CLS ${cls.toFixed(4)} > 0; shifts: ${lhr.audits['layout-shifts']?.displayValue ?? 'see report'}`
        );
    }
} finally {
  server.close();
}

/** @param {string | number} value @param {number} width */
const pad = (value, width) => String(value).padStart(width);
// Timings on a busy machine say more about the machine than the page: say how busy it was.
const cores = cpus().length;
const load = loadavg()[0] ?? 0;
console.log(`Machine: ${cores} cores, load average ${load.toFixed(1)} over the last minute.`);
if (load > cores)
  console.warn(
    `  Warning: the machine was busy (load ${load.toFixed(1)} on ${cores} cores); run again when it is idle before trusting these figures.`
  );
console.log(
  `\nLighthouse (mobile: simulated slow 4G and 4× CPU slowdown; desktop: simulated cable) against build/ served with brotli at ${origin}${base}\nFull reports: ${reports}/`
);
console.log(
  `${'preset'.padEnd(8)}${'page'.padEnd(18)}${pad('perf', 5)}${pad('a11y', 6)}${pad('bp', 5)}${pad('seo', 5)}${pad('FCP', 9)}${pad('LCP', 9)}${pad('TBT', 8)}${pad('CLS', 8)}`
);
for (const r of rows)
  console.log(
    `${r.preset.padEnd(8)}${r.path.padEnd(18)}${pad(r.scores.performance, 5)}${pad(r.scores.accessibility, 6)}${pad(r.scores['best-practices'], 5)}${pad(r.scores.seo, 5)}` +
      `${pad(`${Math.round(r.fcp)} ms`, 9)}${pad(`${Math.round(r.lcp)} ms`, 9)}${pad(`${Math.round(r.tbt)} ms`, 8)}${pad(r.cls.toFixed(3), 8)}` +
      (r.runs.length > 1 ? `   (performance per run: ${r.runs.join(', ')}; median shown)` : '')
  );
const bench = benchmarks.filter((b) => Number.isFinite(b));
if (bench.length)
  console.log(
    `Machine benchmark index (Lighthouse's CPU estimate; ~1000+ is a typical desktop): ${Math.round(Math.min(...bench))}–${Math.round(Math.max(...bench))}`
  );
if (problems.length) {
  console.error(`\nlighthouse: under budget (performance ≥ ${BUDGET.performance}, others 100, CLS 0):`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log('lighthouse: every page within budget.');
