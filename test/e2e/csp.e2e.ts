// The Content-Security-Policy: every built page runs under it without a single violation, as a
// <meta> (how the static build ships it) and as the response header README documents; and a
// script slipped into a page does not run.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serve } from '../../scripts/serve.js';
import { launch, open, violations, watchViolations } from './browser';

const origin = inject('origin');
let browser: Browser;
const servers: Server[] = [];
const dirs: string[] = [];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Every page in build/, as the path a reader asks for: "/", "/404", "/embed/story". */
function builtPages(dir = 'build'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) return name === '_app' ? [] : builtPages(file);
    if (!name.endsWith('.html')) return [];
    const path = `/${relative('build', file)
      .replace(/\\/g, '/')
      .replace(/\.html$/, '')}`;
    return [path === '/index' ? '/' : path];
  });
}
const fileOf = (path: string) => `build${path === '/' ? '/index' : path}.html`;

/** The policy a built page carries in its <meta http-equiv>. */
function policyOf(path: string): string {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(readFileSync(fileOf(path), 'utf8'));
  if (!meta) throw new Error(`${path} has no Content-Security-Policy`);
  return meta[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

const frames = (page: Page, n = 2) =>
  page.evaluate(
    (n) =>
      new Promise<void>((done) => {
        const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : done());
        step(n);
      }),
    n
  );

/** Use the page as a reader would, so that everything that loads late loads under the policy. */
async function exercise(page: Page, path: string): Promise<void> {
  if (!readFileSync(fileOf(path), 'utf8').includes('kit.start(')) return;
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  if (path === '/') {
    // The live diagram and the calculator island load on the way down; the preview frames an embed.
    await page.mouse.wheel(0, 400);
    await page.locator('#explore').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('#explore')?.getAttribute('data-island') === 'hydrated');
    await page.getByRole('slider', { name: /investment/i }).fill('20');
    await page.locator('.embed-this summary').first().click();
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.waitForFunction(() => {
      const frame = document.querySelector<HTMLIFrameElement>('.embed-this iframe');
      return frame?.contentDocument?.documentElement?.dataset.hydrated === 'true';
    });
    await page.evaluate(() => document.getElementById('step-6')?.scrollIntoView());
    await page.waitForSelector('.graphic svg[role="img"]');
  } else if (path.startsWith('/embed/story')) {
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.waitForSelector('.figure:not(.still) svg');
  } else if (path.startsWith('/embed/flow')) {
    await page.waitForSelector('.figure:not(.still) svg');
  } else if (path.startsWith('/embed/calculator')) {
    await page.getByText('Change the assumptions').click();
    await page.getByRole('slider', { name: /investment/i }).fill('30');
    await page.getByText('Show as table').click();
  }
  await frames(page);
}

describe.each(builtPages().sort())('%s', (path) => {
  it('carries a policy: scripts from the site and by hash only, no eval, connections to itself', () => {
    const policy = policyOf(path);
    const directive = (name: string) => new RegExp(`(?:^|; )${name} ([^;]*)`).exec(policy)?.[1]?.split(' ') ?? [];
    const script = directive('script-src');
    expect(script[0]).toBe("'self'");
    expect(
      script.slice(1).every((source) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source)),
      script.join(' ')
    ).toBe(true);
    expect(policy).not.toContain('unsafe-eval');
    expect(directive('connect-src')).toEqual(["'self'"]);
    expect(directive('default-src')).toEqual(["'self'"]);
    expect(directive('object-src')).toEqual(["'none'"]);
  });

  it('loads and runs with no violation of it, as the build ships it', async () => {
    const watched = await open(browser, origin, { viewport: { width: 1280, height: 800 } });
    await watchViolations(watched.page.context());
    try {
      await watched.page.goto(`${origin}${path}`);
      await exercise(watched.page, path);
      expect(await violations(watched.page)).toEqual([]);
      expect(watched.errors).toEqual([]);
    } finally {
      await watched.page.context().close();
    }
  });
});

describe('as a response header, for hosts that can send one', () => {
  let site: string;

  beforeAll(async () => {
    // The header README gives: the page's own policy, plus frame-ancestors, which a <meta>
    // cannot carry (any host may frame an embed; only the site itself frames its other pages).
    const { server, origin: o } = await serve(resolve('build'));
    server.prependListener('request', (request, response) => {
      const path = new URL(request.url ?? '/', 'http://x').pathname.replace(/\/$/, '') || '/';
      let policy: string;
      try {
        policy = policyOf(path);
      } catch {
        return;
      }
      const ancestors = path.startsWith('/embed/') ? '*' : "'self'";
      response.setHeader('content-security-policy', `${policy}; frame-ancestors ${ancestors}`);
    });
    servers.push(server);
    site = o;
  });

  it.each(['/', '/embed/story', '/embed/calculator'])(
    '%s runs with no violation, its theme script included',
    async (path) => {
      const watched = await open(browser, site, { viewport: { width: 1280, height: 800 } });
      await watchViolations(watched.page.context());
      const response = await watched.page.goto(`${site}${path}`);
      expect(response?.headers()['content-security-policy']).toContain('frame-ancestors');
      await exercise(watched.page, path);
      // The theme script in app.html marks the document scripted before first paint.
      expect(await watched.page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
      expect(await violations(watched.page)).toEqual([]);
      expect(watched.errors).toEqual([]);
      await watched.page.context().close();
    }
  );
});

describe('a script slipped into a page', () => {
  it('does not run: not inline, not as an attribute, not added at run time', async () => {
    // A copy of the built page with three injections, served beside the real assets.
    const dir = mkdtempSync(join(tmpdir(), 'ftm-csp-'));
    dirs.push(dir);
    for (const entry of readdirSync('build'))
      if (!entry.startsWith('index.html')) symlinkSync(resolve('build', entry), join(dir, entry));
    const html = readFileSync('build/index.html', 'utf8').replace(
      '<main',
      '<script>window.injected = "inline"</script>' +
        '<img alt="" src="data:,not-an-image" onerror="window.injected = \'attribute\'">' +
        '<main'
    );
    writeFileSync(join(dir, 'index.html'), html);
    const { server, origin: copy } = await serve(dir);
    servers.push(server);

    const watched = await open(browser, copy, { viewport: { width: 1280, height: 800 } });
    await watchViolations(watched.page.context());
    const { page } = watched;
    await page.goto(`${copy}/`);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = "runtime"';
      document.body.append(script);
    });
    await frames(page);
    expect(await page.evaluate(() => (window as unknown as { injected?: string }).injected)).toBeUndefined();
    const seen = (await violations(page)).map((v) => v.directive).sort();
    expect(seen).toEqual(['script-src-attr', 'script-src-elem', 'script-src-elem']);
    // The page itself still works: only the browser's reports of the refusals are errors.
    expect(watched.errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
    await page.context().close();
  });
});
