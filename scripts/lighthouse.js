#!/usr/bin/env node
// Lighthouse against the built site, served locally as a host serves it (scripts/serve.js: the
// .br files adapter-static wrote), in Debian's Chromium (or $CHROME_PATH): the mobile preset
// (Lighthouse's default: a mid-range phone on a slow 4G line, simulated) and the desktop preset.
// Prints the four category scores with FCP, LCP, TBT, CLS and DOM size, writes the full HTML
// reports to .tmp/lighthouse/, and exits 1 when a page misses its budget (budgets.json
// "lighthouse": performance ≥ 98, accessibility, best practices and SEO 100, CLS 0).
//
// With --floor, the floor's "/" is audited in the same run, floor and ours alternating run by
// run (floor first, then ours first, …) so that a machine growing busier weighs on both, and
// the goals of issue 12 for / (budgets.json "goals.lighthouse": performance, LCP as a ratio to
// the floor, TBT, DOM elements) are reported, pass or MISS, from the medians.
//
// Usage: npm run lighthouse [-- [--runs N] [--preset mobile|desktop] [--floor DIR] [--strict] [path ...]]
//   path      pages to audit, default "/" (e.g. /embed/story; embeds that ask not to be
//             indexed lose SEO points by design)
//   --runs    runs per page and preset; figures are medians, scores those of the run with the
//             median performance (default 1, or 5 with --floor: single runs vary)
//   --preset  one preset only (default both, or mobile with --floor: the goals are mobile's)
//   --floor   audit the floor too (scripts/floor.js: its source, built into .tmp/floor/, or a
//             build of it), e.g. --floor ../shared/floor
//   --strict  also exit 1 when a goal is missed or cannot be measured
//
// Not part of `npm test`: a run takes 15–30 s on this machine.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { MeasureError, budgets, goalTable, isMain, machineNote, median, ms, ratio, whole } from './budgets.js';
import { chromiumPath } from './chromium.js';
import { floorBuild } from './floor.js';
import { serve } from './serve.js';

/** @typedef {import('./budgets.js').Category} Category */
/** @typedef {import('./budgets.js').GoalRow} GoalRow */
/** @typedef {'mobile' | 'desktop'} Preset */
/** @typedef {'ours' | 'floor'} Site */
/** @typedef {import('lighthouse').Result} Result */
/**
 * One run's figures.
 * @typedef {{ scores: Record<Category, number>; fcp: number; lcp: number; tbt: number; cls: number; dom: number }} Figures
 */
/**
 * All runs of one page of one site with one preset.
 * @typedef {object} Audited
 * @property {Site} site
 * @property {string} path
 * @property {Preset} preset
 * @property {Figures[]} runs  in the order they ran
 * @property {Figures} median  medians of the times and DOM size; scores of the median-performance run
 * @property {Result} lhr      the median-performance run
 * @property {string} report   its HTML report
 */

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
const USAGE = 'npm run lighthouse -- [--runs N] [--preset mobile|desktop] [--floor DIR] [--strict] [/path ...]';

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ runs: number | null; presets: Preset[] | null; paths: string[]; floor: string | null; strict: boolean }} */
  const options = { runs: null, presets: null, paths: [], floor: null, strict: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--runs') options.runs = Math.max(1, Number(argv[++i]) || 1);
    else if (arg === '--preset') {
      const preset = argv[++i] ?? '';
      if (preset !== 'mobile' && preset !== 'desktop')
        throw new MeasureError(`lighthouse: --preset must be mobile or desktop, not "${preset}"`);
      options.presets = [preset];
    } else if (arg === '--floor' || arg.startsWith('--floor=')) {
      const dir = arg === '--floor' ? argv[++i] : arg.slice('--floor='.length);
      if (!dir || dir.startsWith('--'))
        throw new MeasureError('lighthouse: --floor needs a folder, e.g. --floor ../shared/floor');
      options.floor = dir;
    } else if (arg === '--strict') options.strict = true;
    else if (arg.startsWith('/')) options.paths.push(arg);
    else throw new MeasureError(`lighthouse: unknown argument "${arg}"; usage: ${USAGE}`);
  }
  const goals = budgets.goals.lighthouse;
  return {
    runs: options.runs ?? (options.floor ? goals.runs : 1),
    presets: options.presets ?? (options.floor ? [goals.preset] : /** @type {Preset[]} */ (['mobile', 'desktop'])),
    paths: options.paths.length ? options.paths : ['/'],
    floor: options.floor,
    strict: options.strict
  };
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
 * @param {Result} lhr
 * @returns {Figures}
 */
function figuresOf(lhr) {
  return {
    scores: /** @type {Record<Category, number>} */ (Object.fromEntries(CATEGORIES.map((c) => [c, score(lhr, c)]))),
    fcp: metric(lhr, 'first-contentful-paint'),
    lcp: metric(lhr, 'largest-contentful-paint'),
    tbt: metric(lhr, 'total-blocking-time'),
    cls: metric(lhr, 'cumulative-layout-shift'),
    dom: metric(lhr, 'dom-size')
  };
}

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

/**
 * Audit our pages, and the floor's "/" beside them when there is a floor, `runs` times each,
 * alternating who goes first in each round.
 * @param {{ origin: string; floorOrigin: string | null; paths: string[]; presets: Preset[]; runs: number; log?: (line: string) => void }} options
 * @returns {Promise<Audited[]>}
 */
export async function auditAll({ origin, floorOrigin, paths, presets, runs, log = (line) => console.log(line) }) {
  /** @type {{ site: Site; path: string; url: string }[]} */
  const ours = paths.map((path) => ({ site: 'ours', path, url: `${origin}${path}` }));
  const floor = floorOrigin ? [{ site: /** @type {Site} */ ('floor'), path: '/', url: `${floorOrigin}/` }] : [];
  /** @type {Audited[]} */
  const audited = [];
  for (const preset of presets) {
    /** @type {Map<string, { lhr: Result; html: string }[]>} */
    const results = new Map();
    for (let round = 0; round < runs; round++) {
      const order = round % 2 ? [...ours, ...floor] : [...floor, ...ours];
      for (const target of order) {
        log(`lighthouse: ${preset} ${target.site} ${target.path} run ${round + 1}/${runs}…`);
        const key = `${target.site} ${target.path}`;
        results.set(key, [...(results.get(key) ?? []), await audit(target.url, preset)]);
      }
    }
    for (const target of [...floor, ...ours]) {
      const all = results.get(`${target.site} ${target.path}`) ?? [];
      const byPerformance = [...all].sort((a, b) => score(a.lhr, 'performance') - score(b.lhr, 'performance'));
      const middle = /** @type {{ lhr: Result; html: string }} */ (byPerformance[Math.floor(byPerformance.length / 2)]);
      const figures = all.map((r) => figuresOf(r.lhr));
      /** @param {(f: Figures) => number} pick */
      const mid = (pick) => median(figures.map(pick));
      audited.push({
        site: target.site,
        path: target.path,
        preset,
        runs: figures,
        median: {
          scores: figuresOf(middle.lhr).scores,
          fcp: mid((f) => f.fcp),
          lcp: mid((f) => f.lcp),
          tbt: mid((f) => f.tbt),
          cls: mid((f) => f.cls),
          dom: mid((f) => f.dom)
        },
        lhr: middle.lhr,
        report: middle.html
      });
    }
  }
  return audited;
}

/**
 * Issue 12's Lighthouse goals for our page, beside the floor's figures where there are some.
 * @param {Audited} ours
 * @param {Audited | null} floor
 * @returns {GoalRow[]}
 */
export function lighthouseGoalRows(ours, floor) {
  const goals = budgets.goals.lighthouse;
  const n = ours.runs.length;
  const perf = (/** @type {Audited} */ a) => a.runs.map((r) => r.scores.performance);
  const oursPerf = median(perf(ours));
  const floorPerf = floor ? median(perf(floor)) : null;
  const lcpLimit = floor ? floor.median.lcp * goals.lcpRatio : null;
  const tbtMax = (/** @type {Audited} */ a) => Math.max(...a.runs.map((r) => r.tbt));
  const minPerf = (/** @type {Audited} */ a) => Math.min(...perf(a));
  const below = goals.performanceBelowFloor;
  return [
    {
      figure: `Lighthouse ${ours.preset} performance, median of ${n}`,
      floor: floorPerf === null ? '—' : whole(floorPerf),
      ours: whole(oursPerf),
      ratio: ratio(oursPerf, floorPerf),
      goal: `≥ floor${below ? ` − ${below}` : ''}${floorPerf === null ? '' : ` (${whole(floorPerf - below)})`}`,
      pass: floorPerf === null ? null : oursPerf >= floorPerf - below
    },
    {
      figure: `  lowest run (runs: ${perf(ours).join(', ')})`,
      floor: floor ? whole(minPerf(floor)) : '—',
      ours: whole(minPerf(ours)),
      ratio: ratio(minPerf(ours), floor ? minPerf(floor) : null),
      goal: `≥ ${goals.performanceEveryRun}`,
      pass: minPerf(ours) >= goals.performanceEveryRun
    },
    {
      figure: `LCP ${ours.preset}, median`,
      floor: floor ? ms(floor.median.lcp) : '—',
      ours: ms(ours.median.lcp),
      ratio: ratio(ours.median.lcp, floor?.median.lcp),
      goal: `≤ ${goals.lcpRatio}× floor${lcpLimit === null ? '' : ` (${ms(lcpLimit)})`}`,
      pass: lcpLimit === null ? null : ours.median.lcp <= lcpLimit
    },
    {
      figure: 'TBT, median',
      floor: floor ? ms(floor.median.tbt) : '—',
      ours: ms(ours.median.tbt),
      ratio: ratio(ours.median.tbt, floor?.median.tbt),
      goal: `≤ ${ms(goals.tbtMedianMs)}`,
      pass: ours.median.tbt <= goals.tbtMedianMs
    },
    {
      figure: `  highest run (runs: ${ours.runs.map((r) => Math.round(r.tbt)).join(', ')} ms)`,
      floor: floor ? ms(tbtMax(floor)) : '—',
      ours: ms(tbtMax(ours)),
      ratio: ratio(tbtMax(ours), floor ? tbtMax(floor) : null),
      goal: `≤ ${ms(goals.tbtEveryRunMs)}`,
      pass: tbtMax(ours) <= goals.tbtEveryRunMs
    },
    {
      figure: 'DOM elements at load',
      floor: floor ? whole(floor.median.dom) : '—',
      ours: whole(ours.median.dom),
      ratio: ratio(ours.median.dom, floor?.median.dom),
      goal: `≤ ${whole(goals.domElements)}`,
      pass: ours.median.dom <= goals.domElements
    }
  ];
}

/**
 * Serve our build (and the floor's), audit, write the reports; the results and any budget
 * problems. Shared by this script and scripts/measure.js.
 * @param {{ paths: string[]; presets: Preset[]; runs: number; floorRoot: string | null; log?: (line: string) => void }} options
 */
export async function runLighthouse({ paths, presets, runs, floorRoot, log }) {
  const root = resolve('build');
  // The server sends the .br files adapter-static wrote (precompress), as a host does: without
  // them the simulated 4G line of the mobile preset would spend its time on uncompressed HTML,
  // which no reader is ever sent.
  if (!existsSync(resolve(root, 'index.html.br')))
    throw new MeasureError('lighthouse: build/index.html.br is missing; build with precompress on (npm run build).');
  const base = process.env.BASE_PATH ?? '';
  const ours = await serve(root, base);
  const floor = floorRoot ? await serve(floorRoot) : null;
  try {
    const audited = await auditAll({
      origin: `${ours.origin}${base}`,
      floorOrigin: floor?.origin ?? null,
      paths,
      presets,
      runs,
      log
    });
    const reports = resolve('.tmp/lighthouse');
    mkdirSync(reports, { recursive: true });
    for (const a of audited) {
      const slug = a.path === '/' ? 'index' : a.path.replace(/^\/|\/$/g, '').replace(/\//g, '-');
      writeFileSync(`${reports}/${a.site === 'floor' ? 'floor-' : ''}${a.preset}-${slug}.html`, a.report);
    }
    /** @type {string[]} */
    const problems = [];
    const budget = budgets.lighthouse;
    for (const a of audited.filter((a) => a.site === 'ours')) {
      for (const category of CATEGORIES)
        if (a.median.scores[category] < budget[category])
          problems.push(
            `${a.preset} ${a.path}: ${category} ${a.median.scores[category]} < ${budget[category]}; losing points: ${losses(a.lhr, category).join(', ') || '(see report)'}`
          );
      const cls = Math.max(...a.runs.map((r) => r.cls));
      if (!(cls <= budget.cls))
        problems.push(
          `${a.preset} ${a.path}: CLS ${cls.toFixed(4)} > ${budget.cls}; shifts: ${a.lhr.audits['layout-shifts']?.displayValue ?? 'see report'}`
        );
    }
    return { audited, problems, reports, origin: `${ours.origin}${base}` };
  } finally {
    ours.server.close();
    floor?.server.close();
  }
}

/**
 * The table of every audited page, medians, one line each.
 * @param {Audited[]} audited
 * @returns {string[]}
 */
export function lighthouseTable(audited) {
  /** @param {string | number} value @param {number} width */
  const pad = (value, width) => String(value).padStart(width);
  const lines = [
    `${'site'.padEnd(6)}${'preset'.padEnd(8)}${'page'.padEnd(18)}${pad('perf', 5)}${pad('a11y', 6)}${pad('bp', 5)}${pad('seo', 5)}${pad('FCP', 9)}${pad('LCP', 9)}${pad('TBT', 8)}${pad('CLS', 8)}${pad('DOM', 7)}`
  ];
  for (const a of audited) {
    const m = a.median;
    lines.push(
      `${a.site.padEnd(6)}${a.preset.padEnd(8)}${a.path.padEnd(18)}${pad(m.scores.performance, 5)}${pad(m.scores.accessibility, 6)}${pad(m.scores['best-practices'], 5)}${pad(m.scores.seo, 5)}` +
        `${pad(`${Math.round(m.fcp)} ms`, 9)}${pad(`${Math.round(m.lcp)} ms`, 9)}${pad(`${Math.round(m.tbt)} ms`, 8)}${pad(m.cls.toFixed(3), 8)}${pad(Math.round(m.dom), 7)}` +
        (a.runs.length > 1 ? `   (performance per run: ${a.runs.map((r) => r.scores.performance).join(', ')})` : '')
    );
  }
  return lines;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const floor = options.floor ? floorBuild(options.floor) : null;
  const { audited, problems, reports, origin } = await runLighthouse({
    paths: options.paths,
    presets: options.presets,
    runs: options.runs,
    floorRoot: floor?.root ?? null
  });

  for (const line of machineNote()) console.log(line);
  console.log(
    `\nLighthouse (mobile: simulated slow 4G and 4× CPU slowdown; desktop: simulated cable) against build/ served with brotli at ${origin}` +
      (floor ? ` and the floor (${relative(process.cwd(), floor.from) || '.'}), alternating` : '') +
      `\nMedians of ${options.runs} run${options.runs > 1 ? 's' : ''}; scores from the run with the median performance. Full reports: ${relative(process.cwd(), reports)}/`
  );
  for (const line of lighthouseTable(audited)) console.log(line);
  const bench = audited.map((a) => a.lhr.environment.benchmarkIndex).filter((b) => Number.isFinite(b));
  if (bench.length)
    console.log(
      `Machine benchmark index (Lighthouse's CPU estimate; ~1000+ is a typical desktop): ${Math.round(Math.min(...bench))}–${Math.round(Math.max(...bench))}`
    );

  const goals = budgets.goals.lighthouse;
  const goalOurs = audited.find((a) => a.site === 'ours' && a.path === goals.path && a.preset === goals.preset);
  const goalFloor = audited.find((a) => a.site === 'floor' && a.preset === goals.preset) ?? null;
  let missed = 0;
  if (goalOurs) {
    const rows = lighthouseGoalRows(goalOurs, goalFloor);
    missed = rows.filter((r) => r.pass !== true).length;
    console.log(
      `\nGoals for ${goals.path}, ${goals.preset} (budgets.json "goals"; ${options.strict ? 'enforced: --strict' : 'reported, not enforced; --strict enforces them'}${goalFloor ? '' : '; pass --floor DIR for the floor column and the ratios'}):`
    );
    for (const line of goalTable(rows)) console.log(`  ${line}`);
    if (goalOurs.runs.length < goals.runs)
      console.log(`  (the goals ask for the median of ${goals.runs} runs; this was ${goalOurs.runs.length})`);
  }

  if (problems.length) {
    console.error(
      `\nlighthouse: under budget (budgets.json "lighthouse": performance ≥ ${budgets.lighthouse.performance}, others 100, CLS 0):`
    );
    for (const p of problems) console.error(`  ${p}`);
    process.exitCode = 1;
  } else console.log('lighthouse: every page within budget.');
  if (missed) {
    if (options.strict) {
      console.error(`lighthouse: ${missed} goal figure(s) missed or not measured (--strict).`);
      process.exitCode = 1;
    } else console.log(`lighthouse: ${missed} goal figure(s) missed or not measured (not enforced yet).`);
  } else if (goalOurs) console.log('lighthouse: every goal met.');
}

if (isMain(import.meta.url)) {
  try {
    await main();
  } catch (error) {
    if (!(error instanceof MeasureError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
