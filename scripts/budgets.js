// scripts/budgets.json with its types, and what every measuring script needs to report against
// it: medians, ratios to the floor, one table of goals (floor | ours | ratio | goal | pass?), and
// a word on how busy the machine was.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';

/** @typedef {{ js: number; css: number }} PageBudget */
/** @typedef {'performance' | 'accessibility' | 'best-practices' | 'seo'} Category */
/**
 * @typedef {object} SizeGoals
 * @property {string} page          the built page the goals are for
 * @property {number} htmlBrotli    its HTML, brotli, bytes
 * @property {number} jsBrotli      its eager JavaScript, brotli, bytes
 * @property {number} firstLoadRatio HTML + eager JS + CSS, brotli, at most this times the floor's
 */
/**
 * @typedef {object} LighthouseGoals
 * @property {string} path
 * @property {'mobile' | 'desktop'} preset
 * @property {number} runs                   runs of each site, alternated
 * @property {number} performanceBelowFloor  median performance at most this many points under the floor's
 * @property {number} performanceEveryRun    no run's performance under this
 * @property {number} lcpRatio               median LCP at most this times the floor's
 * @property {number} tbtMedianMs
 * @property {number} tbtEveryRunMs
 * @property {number} domElements            elements at load (Lighthouse's dom-size), median
 */
/**
 * @typedef {object} ScrollGoals
 * @property {string} path
 * @property {number} cpu       CPU slowdown the goal is measured at
 * @property {number} taskMs    a main-thread task during the scroll is long over this
 * @property {number} tasksOver how many long tasks are allowed, at each width
 */
/**
 * @typedef {object} Budgets
 * @property {Record<string, PageBudget>} pages
 * @property {Record<string, { raw: number }>} loader
 * @property {Record<Category | 'cls', number>} lighthouse
 * @property {{ path: string; cpu: number; taskMs: number; cls: number }} scroll  issue 9's, enforced by test/e2e/scroll.e2e.ts
 * @property {{ path: string; faces: number }} type  fonts the page's text asks for, enforced by test/e2e/quality.e2e.ts
 * @property {{ size: SizeGoals; lighthouse: LighthouseGoals; scroll: ScrollGoals }} goals
 */

/** @type {Budgets} */
export const budgets = JSON.parse(readFileSync(new URL('./budgets.json', import.meta.url), 'utf8'));

/**
 * One figure against its goal. `pass` is null when it could not be measured (no floor, say).
 * @typedef {{ figure: string; floor: string; ours: string; ratio: string; goal: string; pass: boolean | null }} GoalRow
 */

/** @param {number} n bytes */
export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
/** @param {number} n milliseconds */
export const ms = (n) => `${Math.round(n).toLocaleString('en-US')} ms`;
/** @param {number} n */
export const whole = (n) => Math.round(n).toLocaleString('en-US');

/**
 * The median; of an even count, the mean of the middle two.
 * @param {number[]} values
 */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? (sorted[Math.floor(mid)] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/**
 * Ours over the floor's, "1.23×"; "—" without a floor figure, "∞" over a floor of 0.
 * @param {number} ours
 * @param {number | null | undefined} floor
 */
export function ratio(ours, floor) {
  if (floor === null || floor === undefined || !Number.isFinite(floor) || !Number.isFinite(ours)) return '—';
  if (floor === 0) return ours === 0 ? '1.00×' : '∞';
  return `${(ours / floor).toFixed(2)}×`;
}

/**
 * The goals as one table, a line per figure.
 * @param {GoalRow[]} rows
 * @returns {string[]}
 */
export function goalTable(rows) {
  const verdict = (/** @type {boolean | null} */ pass) => (pass === null ? 'not measured' : pass ? 'pass' : 'MISS');
  const head = { figure: 'figure', floor: 'floor', ours: 'ours', ratio: 'ratio', goal: 'goal', pass: 'pass?' };
  const cells = [head, ...rows.map((r) => ({ ...r, pass: verdict(r.pass) }))];
  /** @param {'figure' | 'floor' | 'ours' | 'ratio' | 'goal' | 'pass'} key */
  const width = (key) => Math.max(...cells.map((c) => c[key].length));
  const w = {
    figure: width('figure'),
    floor: width('floor'),
    ours: width('ours'),
    ratio: width('ratio'),
    goal: width('goal')
  };
  return cells.map(
    (c) =>
      `${c.figure.padEnd(w.figure)}  ${c.floor.padStart(w.floor)}  ${c.ours.padStart(w.ours)}  ${c.ratio.padStart(w.ratio)}  ${c.goal.padEnd(w.goal)}  ${c.pass}`
  );
}

/**
 * Timings on a busy machine say more about the machine than the page: how busy it was.
 * @returns {string[]}
 */
export function machineNote() {
  const cores = cpus().length;
  const load = loadavg()[0] ?? 0;
  const lines = [`Machine: ${cores} cores, load average ${load.toFixed(1)} over the last minute.`];
  if (load > cores)
    lines.push(
      `  Warning: the machine was busy (load ${load.toFixed(1)} on ${cores} cores); times drift, so read ratios to the floor, and run again when it is quieter before trusting absolute figures.`
    );
  return lines;
}

/** A problem whose message says it all (no floor, a bad argument): printed without a stack. */
export class MeasureError extends Error {}

/**
 * True when the module at `url` is the script node was started with.
 * @param {string} url import.meta.url of the module
 */
export const isMain = (url) => !!process.argv[1] && url === pathToFileURL(process.argv[1]).href;
