#!/usr/bin/env node
// Every figure of issue 12 for /, in one run, as one table (floor | ours | ratio | goal | pass?):
// bytes (scripts/size.js), Lighthouse mobile with floor and ours alternating run by run
// (scripts/lighthouse.js), and the scroll with the CPU slowed 4× (scripts/scroll-perf.js).
// Goals come from budgets.json "goals"; a MISS fails only with --strict.
//
// Usage: npm run measure [-- [--floor DIR] [--runs N] [--strict]]
//   --floor   the floor (scripts/floor.js), default ../shared/floor, where CI machines have it
//   --runs    Lighthouse runs of each site (default: the goal's, 5)
//   --strict  exit 1 when a goal is missed or cannot be measured
//
// Build first (npm run build). Takes about ten minutes on this machine; not part of `npm test`.
import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { MeasureError, budgets, goalTable, isMain, machineNote } from './budgets.js';
import { DEFAULT_FLOOR, floorBuild } from './floor.js';
import { lighthouseGoalRows, lighthouseTable, runLighthouse } from './lighthouse.js';
import { scrollGoalRows, scrollPerf, scrollReport } from './scroll-perf.js';
import { sizeGoalRows, weigh } from './size.js';

/** @param {string[]} argv */
function parseArgs(argv) {
  const options = { floor: DEFAULT_FLOOR, runs: budgets.goals.lighthouse.runs, strict: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--strict') options.strict = true;
    else if (arg === '--runs') options.runs = Math.max(1, Number(argv[++i]) || 1);
    else if (arg === '--floor' || arg.startsWith('--floor=')) {
      const dir = arg === '--floor' ? argv[++i] : arg.slice('--floor='.length);
      if (!dir || dir.startsWith('--'))
        throw new MeasureError('measure: --floor needs a folder, e.g. --floor ../shared/floor');
      options.floor = dir;
    } else
      throw new MeasureError(
        `measure: unknown argument "${arg}"; usage: npm run measure -- [--floor DIR] [--runs N] [--strict]`
      );
  }
  return options;
}

/** The commit measured, and whether the tree had changes on top of it. */
function revision() {
  try {
    const git = (/** @type {string[]} */ ...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? ' + changes' : ''}`;
  } catch {
    return 'unknown revision';
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const floor = floorBuild(options.floor);
  const log = (/** @type {string} */ line) => console.error(line);
  const started = Date.now();

  const goals = budgets.goals;
  const sizes = sizeGoalRows(
    weigh(resolve('build'), goals.size.page, process.env.BASE_PATH ?? ''),
    weigh(floor.root, 'index.html')
  );

  const { audited } = await runLighthouse({
    paths: [goals.lighthouse.path],
    presets: [goals.lighthouse.preset],
    runs: options.runs,
    floorRoot: floor.root,
    log
  });
  const ours = /** @type {import('./lighthouse.js').Audited} */ (audited.find((a) => a.site === 'ours'));
  const floorAudit = audited.find((a) => a.site === 'floor') ?? null;

  log(`measure: scrolling ${goals.scroll.path} with the CPU slowed ${goals.scroll.cpu}×…`);
  const scrolled = await scrollPerf({ cpu: goals.scroll.cpu, path: goals.scroll.path });

  console.log(
    `\nLighthouse, ${goals.lighthouse.preset}, floor and ours alternating (full reports in .tmp/lighthouse/):`
  );
  for (const line of lighthouseTable(audited)) console.log(`  ${line}`);
  console.log('');
  for (const line of scrollReport(scrolled, goals.scroll)) console.log(line);

  const rows = [...lighthouseGoalRows(ours, floorAudit), ...sizes, ...scrollGoalRows(scrolled, goals.scroll.cpu)];
  console.log(
    `\nIssue 12's figures for /, ${revision()}, against the floor (${relative(process.cwd(), floor.from) || '.'}), ` +
      `one run of ${((Date.now() - started) / 60000).toFixed(1)} min; goals from budgets.json "goals" (${options.strict ? 'enforced: --strict' : 'reported, not enforced'}):`
  );
  for (const line of goalTable(rows)) console.log(`  ${line}`);
  for (const line of machineNote()) console.log(line);

  const missed = rows.filter((r) => r.pass !== true);
  if (scrolled.some((r) => r.errors.length)) {
    console.error('measure: the page threw during the scroll (see above).');
    process.exitCode = 1;
  }
  if (!missed.length) console.log('measure: every goal met.');
  else if (options.strict) {
    console.error(
      `measure: ${missed.length} of ${rows.length} figures miss their goal or were not measured (--strict).`
    );
    process.exitCode = 1;
  } else console.log(`measure: ${missed.length} of ${rows.length} figures miss their goal (not enforced yet).`);
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
