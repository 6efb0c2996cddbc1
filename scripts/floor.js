// The floor: a bare SvelteKit 2 + adapter-static page with one slider and one d3 axis, the least
// a page like ours can cost. Our figures are read against it, measured in the same run (absolute
// times drift on a shared machine; ratios hold). It lives beside the project, read-only, at
// ../shared/floor; `--floor DIR` in `npm run size`, `npm run lighthouse` and `npm run measure`
// takes any of:
//
//   - a built floor: a folder holding index.html (the floor's build/);
//   - a floor folder holding a build/ with index.html: that build is used as it is;
//   - a floor's source (package.json, no build/): copied to .tmp/floor/<hash of the source>/,
//     then `npm ci` and `npm run build` there. The build is kept and reused while the source is
//     unchanged, so only the first run pays the minute it takes.
//
// The floor builds without precompress; the copy it is served from gets the same .br and .gz
// files adapter-static writes for us, so both sites are sent the way a host sends them.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { MeasureError } from './budgets.js';

/** Where the floor usually is: beside the project, as on CI machines. */
export const DEFAULT_FLOOR = '../shared/floor';
const CACHE = resolve('.tmp/floor');
const SKIP = new Set(['node_modules', 'build', '.svelte-kit', '.git']);
// What adapter-static's precompress compresses.
const COMPRESSIBLE = /\.(html|js|mjs|json|css|svg|xml|wasm|txt)$/;

/**
 * Files under `dir`, relative paths, sorted; skips dependencies and build output.
 * @param {string} dir
 * @param {string} [at]
 * @returns {string[]}
 */
function files(dir, at = dir) {
  return readdirSync(at, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(at, entry.name);
      if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : files(dir, path);
      return entry.isFile() ? [relative(dir, path)] : [];
    })
    .sort();
}

/**
 * A short hash of a folder's files, names and contents.
 * @param {string} dir
 * @param {(name: string) => boolean} [keep]
 */
function hashOf(dir, keep = () => true) {
  const hash = createHash('sha256');
  for (const name of files(dir).filter(keep)) hash.update(`${name}\0`).update(readFileSync(join(dir, name)));
  return hash.digest('hex').slice(0, 12);
}

/**
 * Write name.br and name.gz beside each text file, as adapter-static's precompress does.
 * @param {string} dir
 */
export function precompress(dir) {
  for (const name of files(dir).filter((n) => COMPRESSIBLE.test(n))) {
    const path = join(dir, name);
    const data = readFileSync(path);
    writeFileSync(`${path}.gz`, gzipSync(data, { level: constants.Z_BEST_COMPRESSION }));
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(data, {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: statSync(path).size
        }
      })
    );
  }
}

/**
 * Run a command in `cwd`, its output to our stderr; throws naming the command when it fails.
 * @param {string} cwd
 * @param {string[]} command
 */
function run(cwd, command) {
  const [bin = '', ...args] = command;
  const result = spawnSync(bin, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0)
    throw new MeasureError(
      `floor: \`${command.join(' ')}\` failed in ${cwd} (exit ${result.status ?? result.signal}):\n${`${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-20).join('\n')}`
    );
}

/**
 * Copy a folder (without dependencies or build output) and make the copy writable: the floor
 * is read-only where it sits, and `cp` keeps modes.
 * @param {string} from
 * @param {string} to
 */
function copy(from, to) {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  for (const name of files(from)) {
    mkdirSync(dirname(join(to, name)), { recursive: true });
    cpSync(join(from, name), join(to, name));
    chmodSync(join(to, name), 0o644);
  }
}

/**
 * The floor's built site, ready to serve (precompressed) and to weigh.
 * @param {string} dir a built floor, a folder holding one in build/, or a floor's source
 * @param {(message: string) => void} [log]
 * @returns {{ root: string; from: string }} root: the folder to serve; from: what it was made of
 */
export function floorBuild(dir, log = (message) => console.error(message)) {
  const at = resolve(dir);
  if (!existsSync(at))
    throw new MeasureError(
      `floor: nothing at ${at}. The floor is the bare SvelteKit page our figures are read against ` +
        `(README, "Measuring"); it usually sits beside the project at ${DEFAULT_FLOOR}. ` +
        'Pass --floor DIR: its source folder (built here into .tmp/floor/) or a build of it (a folder with index.html).'
    );
  const built = existsSync(join(at, 'index.html'))
    ? at
    : existsSync(join(at, 'build', 'index.html'))
      ? join(at, 'build')
      : null;
  if (built) {
    // Serve a precompressed copy; the given build stays as it is.
    if (files(built).some((name) => name.endsWith('.br'))) return { root: built, from: built };
    const root = join(CACHE, `built-${hashOf(built)}`);
    if (!existsSync(join(root, '.ready'))) {
      copy(built, root);
      precompress(root);
      writeFileSync(join(root, '.ready'), built);
    }
    return { root, from: built };
  }
  if (!existsSync(join(at, 'package.json')))
    throw new MeasureError(
      `floor: ${at} is not a floor: no index.html (a build), no build/index.html and no package.json (a source to build).`
    );
  const work = join(CACHE, `source-${hashOf(at)}`);
  const root = join(work, 'build');
  if (existsSync(join(work, '.ready'))) {
    log(`floor: using the build of ${at} in ${relative(process.cwd(), work)}/ (same source as last time)`);
    return { root, from: at };
  }
  log(`floor: building ${at} in ${relative(process.cwd(), work)}/ (npm ci, npm run build; about a minute)…`);
  copy(at, work);
  run(work, ['npm', 'ci', '--no-audit', '--no-fund']);
  run(work, ['npm', 'run', 'build']);
  if (!existsSync(join(root, 'index.html')))
    throw new MeasureError(
      `floor: \`npm run build\` in ${work} wrote no build/index.html; is it an adapter-static site?`
    );
  precompress(root);
  writeFileSync(join(work, '.ready'), at);
  return { root, from: at };
}
