// A whole WordPress for the end-to-end tests, from Debian's packages and nothing else: a private
// MariaDB (its own data directory and socket, no network), WordPress's own code from
// /usr/share/wordpress behind PHP's built-in server, the Twenty Twenty-Three theme, and posts
// written straight into the database. Everything lives in one temporary directory that stop()
// removes; no file outside it is touched.
//
// Packages (Debian bookworm): wordpress, wordpress-theme-twentytwentythree, mariadb-server,
// php-cli, php-mysql. `.ci/run` installs them.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { WORDPRESS_DIR } from './filter';

const run = promisify(execFile);
const THEME = 'twentytwentythree';

/** The first of `names` that is on the PATH (or in /usr/sbin, where Debian puts mariadbd), or null. */
function which(...names: string[]): string | null {
  const dirs = [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/bin'];
  for (const name of names) for (const dir of dirs) if (dir && existsSync(join(dir, name))) return join(dir, name);
  return null;
}

interface Tools {
  php: string;
  mariadbd: string;
  installDb: string;
  client: string;
}

function tools(): Tools | string {
  const php = which('php');
  const mariadbd = which('mariadbd', 'mysqld');
  const installDb = which('mariadb-install-db', 'mysql_install_db');
  const client = which('mariadb', 'mysql');
  const missing = [
    !php && 'php (php-cli)',
    !mariadbd && 'mariadbd (mariadb-server)',
    !installDb && 'mariadb-install-db (mariadb-server)',
    !client && 'mariadb (mariadb-client)',
    !existsSync(join(WORDPRESS_DIR, 'wp-settings.php')) && `WordPress in ${WORDPRESS_DIR} (wordpress)`,
    !existsSync(join(WORDPRESS_DIR, 'wp-content/themes', THEME)) &&
      `the ${THEME} theme (wordpress-theme-twentytwentythree)`
  ].filter(Boolean);
  if (missing.length > 0) return `missing ${missing.join(', ')}`;
  return { php: php!, mariadbd: mariadbd!, installDb: installDb!, client: client! };
}

/** Why a WordPress cannot run here, or null when it can. */
export function wordpressUnavailable(): string | null {
  const found = tools();
  if (typeof found === 'string') return found;
  return null;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves when `child` writes a line matching `ready` to its output; rejects if it exits first. */
function waitFor(child: ChildProcess, ready: RegExp, what: string, log: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      log.push(text);
      if (ready.test(log.join(''))) {
        child.stdout?.off('data', onData);
        child.stderr?.off('data', onData);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}) before it was ready:\n${log.join('')}`)));
  });
}

export interface WordPress {
  /** Where the blog is, e.g. http://127.0.0.1:41234. */
  url: string;
  /** Publish a post (block markup) and return its address. */
  publish: (title: string, content: string) => Promise<string>;
  /** Stop the servers and remove every file. */
  stop: () => Promise<void>;
}

const php = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** Start a private WordPress on a free port of 127.0.0.1. */
export async function startWordPress(): Promise<WordPress> {
  const found = tools();
  if (typeof found === 'string') throw new Error(`WordPress cannot run here: ${found}`);
  const root = mkdtempSync(join(tmpdir(), 'ftm-wordpress-'));
  const children: ChildProcess[] = [];
  // Each server runs in a process group of its own (detached), and stop() ends the whole group:
  // php -S forks its workers, which would otherwise outlive it and keep the port.
  const stop = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            try {
              process.kill(-child.pid!, 'SIGTERM');
            } catch {
              child.kill('SIGTERM');
            }
          })
      )
    );
    rmSync(root, { recursive: true, force: true });
  };
  try {
    // The database: its own data directory, reached only through a socket in the same folder.
    const data = join(root, 'db');
    const socket = join(root, 'mysql.sock');
    const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
    await run(found.installDb, [
      '--no-defaults',
      `--datadir=${data}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      ...asRoot
    ]);
    const db = spawn(
      found.mariadbd,
      [
        '--no-defaults',
        `--datadir=${data}`,
        `--socket=${socket}`,
        `--pid-file=${join(root, 'mysql.pid')}`,
        '--skip-networking',
        '--skip-log-bin',
        ...asRoot
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], detached: true }
    );
    children.push(db);
    await waitFor(db, /ready for connections/, 'mariadbd', []);
    await run(found.client, ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress']);

    // WordPress's own files, linked; only the configuration and wp-content are ours.
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const wp = join(root, 'wp');
    mkdirSync(join(wp, 'wp-content/themes'), { recursive: true });
    mkdirSync(join(wp, 'wp-content/plugins'));
    mkdirSync(join(wp, 'wp-content/uploads'));
    for (const name of readdirSync(WORDPRESS_DIR))
      if (!['wp-config.php', 'wp-content', '.htaccess'].includes(name))
        symlinkSync(join(WORDPRESS_DIR, name), join(wp, name));
    symlinkSync(join(WORDPRESS_DIR, 'wp-content/themes', THEME), join(wp, 'wp-content/themes', THEME));
    writeFileSync(
      join(wp, 'wp-config.php'),
      `<?php
// A throwaway test blog (test/e2e/wordpress/server.ts).
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', ${php(`localhost:${socket}`)});
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_HOME', ${php(url)});
define('WP_SITEURL', ${php(url)});
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
// No calls home: nothing but this host (and so the site next to it) is reachable anyway.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', false);
foreach (['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'] as $key) define($key, 'test-only-' . $key);
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`
    );
    // PHP resolves the linked files to /usr/share/wordpress, whose wp-load.php would then read
    // Debian's own wp-config.php; defining ABSPATH first points it at this folder.
    writeFileSync(
      join(wp, 'router.php'),
      `<?php
define('ABSPATH', __DIR__ . '/');
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if ($path !== '/' && substr($path, -4) !== '.php' && is_file(__DIR__ . $path)) return false;
require __DIR__ . '/index.php';
`
    );
    writeFileSync(
      join(root, 'cli.php'),
      `<?php
// Runs WordPress from the command line: install, or publish a post.
define('ABSPATH', ${php(`${wp}/`)});
$_SERVER['HTTP_HOST'] = ${php(`127.0.0.1:${port}`)};
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
if ($argv[1] === 'install') define('WP_INSTALLING', true);
require ABSPATH . 'wp-load.php';
if ($argv[1] === 'install') {
  require_once ABSPATH . 'wp-admin/includes/upgrade.php';
  wp_install('Follow the money, embedded', 'editor', 'editor@example.org', true, '', 'not-a-real-password');
  update_option('permalink_structure', '');
  switch_theme(${php(THEME)});
  echo 'installed';
} else {
  $id = wp_insert_post(['post_title' => $argv[2], 'post_content' => file_get_contents('php://stdin'), 'post_status' => 'publish', 'post_author' => 1], true);
  if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
  echo get_permalink($id);
}
`
    );
    const installed = await run(found.php, [join(root, 'cli.php'), 'install']);
    if (!installed.stdout.includes('installed')) throw new Error(`WordPress did not install:\n${installed.stdout}`);

    // Two workers, so the post's scripts and styles load while a page renders.
    const server = spawn(found.php, ['-S', `127.0.0.1:${port}`, '-t', wp, join(wp, 'router.php')], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '2' },
      detached: true
    });
    children.push(server);
    await waitFor(server, /Development Server .* started/, 'php -S', []);

    return {
      url,
      stop,
      publish: (title, content) =>
        new Promise((resolve, reject) => {
          const child = execFile(found.php, [join(root, 'cli.php'), 'publish', title], (error, stdout, stderr) =>
            error
              ? reject(new Error(`could not publish "${title}": ${stderr || error.message}`))
              : resolve(stdout.trim())
          );
          child.stdin?.end(content);
        })
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
