// @vitest-environment node
// How the measuring scripts decide pass or MISS against budgets.json "goals", and what they say
// when the floor is missing. The figures are made up; the verdicts are the spec.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { MeasureError, goalTable, median, ratio } from '../../../scripts/budgets.js';
import { floorBuild } from '../../../scripts/floor.js';
import { lighthouseGoalRows, type Audited } from '../../../scripts/lighthouse.js';
import { scrollGoalRows, type ScrollResult } from '../../../scripts/scroll-perf.js';
import { sizeGoalRows, type PageWeight } from '../../../scripts/size.js';

describe('median and ratio', () => {
  it.each([
    { values: [], median: NaN },
    { values: [3], median: 3 },
    { values: [5, 1, 3], median: 3 },
    { values: [40, 10, 30, 20], median: 25 }
  ])('median of $values is $median', ({ values, median: expected }) => expect(median(values)).toBe(expected));
  it.each([
    { ours: 1714, floor: 1397, ratio: '1.23×' },
    { ours: 0, floor: 0, ratio: '1.00×' },
    { ours: 30, floor: 0, ratio: '∞' },
    { ours: 30, floor: null, ratio: '—' }
  ])('$ours over $floor is $ratio', ({ ours, floor, ratio: expected }) => expect(ratio(ours, floor)).toBe(expected));
});

describe('the goals table', () => {
  it('lines up the columns and says pass, MISS or not measured', () => {
    expect(
      goalTable([
        { figure: 'a', floor: '1 KB', ours: '2 KB', ratio: '2.00×', goal: '≤ 3 KB', pass: true },
        { figure: 'longer', floor: '—', ours: '9 KB', ratio: '—', goal: '≤ 1.5× floor', pass: null },
        { figure: 'b', floor: '1 KB', ours: '20 KB', ratio: '20.00×', goal: '≤ 3 KB', pass: false }
      ])
    ).toEqual([
      'figure  floor   ours   ratio  goal          pass?',
      'a        1 KB   2 KB   2.00×  ≤ 3 KB        pass',
      'longer      —   9 KB       —  ≤ 1.5× floor  not measured',
      'b        1 KB  20 KB  20.00×  ≤ 3 KB        MISS'
    ]);
  });
});

const sizes = (brotli: number) => ({ raw: brotli * 4, gzip: brotli * 1.1, brotli });
const weight = (html: number, js: number, css: number): PageWeight => ({
  jsFiles: 1,
  js: sizes(js),
  css: sizes(css),
  stylesheets: sizes(css),
  html: sizes(html),
  firstLoad: html + js + css
});

describe('size goals (HTML ≤ 20 KB, eager JS ≤ 45 KB, first load ≤ 1.5× the floor)', () => {
  const floor = weight(1_000, 39_000, 0); // first load 40,000 bytes: the limit is 60,000
  it.each([
    { name: 'a page within every goal', ours: weight(20_480, 39_520, 0), pass: [true, true, true] },
    { name: 'HTML one byte over', ours: weight(20_481, 30_000, 0), pass: [false, true, true] },
    { name: 'JS one byte over', ours: weight(10_000, 46_081, 0), pass: [true, false, true] },
    { name: 'first load one byte over 1.5×', ours: weight(15_000, 45_000, 1), pass: [true, true, false] }
  ])('$name', ({ ours, pass }) => expect(sizeGoalRows(ours, floor).map((r) => r.pass)).toEqual(pass));
  it('cannot judge the first load without a floor', () => {
    const rows = sizeGoalRows(weight(1, 1, 1), null);
    expect(rows.map((r) => [r.floor, r.ratio, r.pass])).toEqual([
      ['—', '—', true],
      ['—', '—', true],
      ['—', '—', null]
    ]);
  });
});

function audited(
  site: 'ours' | 'floor',
  runs: { performance: number; lcp: number; tbt: number; dom: number }[]
): Audited {
  const figures = runs.map((r) => ({
    scores: { performance: r.performance, accessibility: 100, 'best-practices': 100, seo: 100 },
    fcp: r.lcp,
    lcp: r.lcp,
    tbt: r.tbt,
    cls: 0,
    dom: r.dom
  }));
  return {
    site,
    path: '/',
    preset: 'mobile',
    runs: figures,
    median: {
      ...figures[0]!,
      lcp: median(figures.map((f) => f.lcp)),
      tbt: median(figures.map((f) => f.tbt)),
      dom: median(figures.map((f) => f.dom))
    },
    lhr: {} as Audited['lhr'],
    report: ''
  };
}

describe('Lighthouse goals (performance at the floor, no run under 98, LCP ≤ 1.1×, TBT ≤ 10 / 50 ms, ≤ 1,200 elements)', () => {
  const run = (performance: number, lcp: number, tbt: number, dom = 1_000) => ({ performance, lcp, tbt, dom });
  const floor = audited('floor', [run(100, 1_400, 0, 35), run(100, 1_380, 0, 35), run(99, 1_420, 0, 35)]);
  it('passes a page as good as the floor, LCP exactly 1.1×', () => {
    const ours = audited('ours', [run(100, 1_540, 10), run(100, 1_500, 0), run(98, 1_600, 50)]);
    expect(lighthouseGoalRows(ours, floor).map((r) => r.pass)).toEqual([true, true, true, true, true, true]);
  });
  it('misses each goal on its own figure', () => {
    const ours = audited('ours', [run(99, 1_541, 11, 1_201), run(97, 1_541, 11, 1_201), run(99, 1_541, 51, 1_201)]);
    const rows = lighthouseGoalRows(ours, floor);
    expect(rows.map((r) => [r.ours, r.pass])).toEqual([
      ['99', false],
      ['97', false],
      ['1,541 ms', false],
      ['11 ms', false],
      ['51 ms', false],
      ['1,201', false]
    ]);
    expect(rows[1]?.figure).toBe('  lowest run (runs: 99, 97, 99)');
  });
  it('without a floor, judges what needs none', () => {
    const ours = audited('ours', [run(100, 1_000, 0)]);
    expect(lighthouseGoalRows(ours, null).map((r) => r.pass)).toEqual([null, true, null, true, true, true]);
  });
});

describe('scroll goal (no task over 50 ms at 4× CPU)', () => {
  const result = (width: number, longest: number, over: number) =>
    ({ viewport: { name: 'x', width, height: 800 }, longest, over }) as ScrollResult;
  const results = [result(1280, 50, 0), result(375, 252, 7)];
  it('judges each width at 4×, narrow first', () => {
    expect(scrollGoalRows(results, 4).map((r) => [r.figure, r.ours, r.pass])).toEqual([
      ['scrolling / at 375 px, CPU 4×: tasks over 50 ms', '7', false],
      ['scrolling / at 375 px, CPU 4×: longest task', '252.0 ms', false],
      ['scrolling / at 1280 px, CPU 4×: tasks over 50 ms', '0', true],
      ['scrolling / at 1280 px, CPU 4×: longest task', '50.0 ms', true]
    ]);
  });
  it('does not judge a run at another CPU', () => {
    expect(scrollGoalRows(results, 1).map((r) => r.pass)).toEqual([null, null, null, null]);
  });
});

describe('floorBuild', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'ftm-floor-'));
  const made: string[] = [];
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  it('says what to pass when there is no floor', () => {
    const missing = join(scratch, 'nowhere');
    expect(() => floorBuild(missing)).toThrow(MeasureError);
    expect(() => floorBuild(missing)).toThrow(
      `floor: nothing at ${missing}. The floor is the bare SvelteKit page our figures are read against`
    );
  });

  it('refuses a folder that is neither a build nor a source', () => {
    mkdirSync(join(scratch, 'empty'));
    expect(() => floorBuild(join(scratch, 'empty'))).toThrow(
      `floor: ${join(scratch, 'empty')} is not a floor: no index.html (a build), no build/index.html and no package.json (a source to build).`
    );
  });

  it('serves a build of the floor from a precompressed copy, leaving the build as it was', () => {
    const build = join(scratch, 'floor', 'build');
    mkdirSync(join(build, '_app'), { recursive: true });
    writeFileSync(join(build, 'index.html'), '<h1>floor</h1>');
    writeFileSync(join(build, '_app', 'start.js'), 'export {}');
    writeFileSync(join(build, 'favicon.png'), 'png');
    const { root, from } = floorBuild(join(scratch, 'floor'), () => {});
    made.push(root);
    expect(from).toBe(build);
    expect(brotliDecompressSync(readFileSync(join(root, 'index.html.br'))).toString()).toBe('<h1>floor</h1>');
    expect(existsSync(join(root, '_app', 'start.js.gz'))).toBe(true);
    expect(existsSync(join(root, 'favicon.png.br'))).toBe(false);
    expect(existsSync(join(build, 'index.html.br'))).toBe(false);
  });
});
