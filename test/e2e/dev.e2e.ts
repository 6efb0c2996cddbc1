// The writer's loop: with `npm run dev` open, an edit in content/ shows in the open page, a
// mistake shows the build's message (file, entry, problem), and fixing it brings the page back,
// all without a restart or a manual reload. Runs the real dev server on a throwaway copy of
// content/ (CONTENT_DIR), so the real files are never touched.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser';

/** A port nothing listens on, from the system. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/**
 * Resolves once the dev server says it is listening on `port` (Vite prints its address), or
 * fails with what it printed if it stops first or says nothing in 2 minutes.
 */
function listening(server: ChildProcess, port: number, log: () => string): Promise<void> {
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`the dev server did not start in 2 minutes:\n${log()}`)), 120_000);
    const finish = (error?: Error) => {
      clearTimeout(timer);
      server.stdout?.off('data', onData);
      server.off('exit', onExit);
      if (error) fail(error);
      else done();
    };
    // Colours stripped, in case the terminal settings turn them on.
    const colour = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
    const plain = () => log().replace(colour, '');
    const onData = () => {
      if (plain().includes(`:${port}/`)) finish();
    };
    const onExit = () => finish(new Error(`the dev server stopped:\n${log()}`));
    server.stdout?.on('data', onData);
    server.on('exit', onExit);
  });
}

/**
 * The environment a writer's shell would have: without the variables Vitest sets for itself
 * (VITEST, NODE_ENV=test…), which would make the dev server build the page for a test runner.
 */
function writersEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^(VITEST|VITE_|TEST$|NODE_ENV$|MODE$)/.test(key)) delete env[key];
  return env;
}

const dir = mkdtempSync(join(tmpdir(), 'content-'));
const file = (name: string) => join(dir, name);
let server: ChildProcess;
let browser: Browser;
let page: Page;
let output = '';

beforeAll(async () => {
  cpSync('content', dir, { recursive: true });
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'dev', '--port', String(port), '--strictPort'], {
    env: { ...writersEnv(), CONTENT_DIR: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true
  });
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  await listening(server, port, () => output);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(origin);
  // Wait for the app to start, so that Vite's client is listening for reloads.
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout: 120_000 });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  // The server was started in its own process group; end it and whatever it started.
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Make `change` and wait until the open page shows `text` in `selector` by itself, for at most
 * `within` ms; resolves to the seconds it took, for the log.
 */
async function showsAfter(change: () => void, selector: string, text: string, within = 20_000): Promise<number> {
  const start = Date.now();
  change();
  await page.waitForFunction(
    ([selector, text]) => document.querySelector(selector as string)?.textContent?.includes(text as string) ?? false,
    [selector, text],
    { timeout: within, polling: 100 }
  );
  return (Date.now() - start) / 1000;
}

const story = readFileSync('content/story.yaml', 'utf8');
const flows = readFileSync('content/flows.yaml', 'utf8');
const TITLE = "Follow the money: Amazon's talks to invest in OpenAI";
const EDITED = 'Follow the money, as edited in dev';

describe('npm run dev on a copy of content/', () => {
  it('shows the story as it stands', async () => expect(await page.locator('h1').textContent()).toBe(TITLE));

  it('shows an edit in the open page', async () => {
    const seconds = await showsAfter(
      () => writeFileSync(file('story.yaml'), story.replace(`title: "${TITLE}"`, `title: "${EDITED}"`)),
      'h1',
      EDITED,
      // README promises a second or two; 15 s leaves room for a busy machine.
      15_000
    );
    console.log(`edit shown after ${seconds.toFixed(1)} s`);
  });

  it('shows a YAML mistake with the file and the problem', async () => {
    const seconds = await showsAfter(
      () => appendFileSync(file('flows.yaml'), '\ntitle: [broken\n'),
      '.message',
      'content/flows.yaml: malformed YAML'
    );
    console.log(`YAML mistake shown after ${seconds.toFixed(1)} s`);
    expect(await page.locator('.code').textContent()).toBe('Error 500');
  });

  it('shows a mistake the schema finds with the file, the entry and the problem, as the build does', async () => {
    await showsAfter(
      () => writeFileSync(file('flows.yaml'), flows.replace('  from: amazon\n', '  from: amazom\n')),
      '.message',
      'content/flows.yaml: flow "amazon-openai-equity": unknown company "amazom" (not in content/companies.yaml)'
    );
    expect(await page.locator('.hint').textContent()).toBe('Fix the file and save it: this page reloads by itself.');
  });

  it('comes back once the mistake is fixed, with the edit still there', async () => {
    const seconds = await showsAfter(() => writeFileSync(file('flows.yaml'), flows), 'h1', EDITED);
    console.log(`page back after ${seconds.toFixed(1)} s`);
    expect(await page.locator('.message').count()).toBe(0);
  });

  it('shows a new step file, and drops it again when it is deleted', async () => {
    const step = `---
id: extra
title: An extra step
scene: { chart: stock }
sources: [oninvest-2025-12-17]
---
A step added while the page was open.
`;
    await showsAfter(
      () => writeFileSync(file('steps/10-extra.md'), step),
      'main',
      'A step added while the page was open.'
    );
    rmSync(file('steps/10-extra.md'));
    await page.waitForFunction(
      () => !document.body.textContent?.includes('A step added while the page was open.'),
      null,
      {
        timeout: 20_000,
        polling: 100
      }
    );
    expect(await page.locator('h1').textContent()).toBe(EDITED);
  });
});
