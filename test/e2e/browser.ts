// Opens pages for the end-to-end tests and watches each for what must never happen on it:
// console errors and requests to other hosts.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
export { chromiumPath, launch } from '../../scripts/chromium.js';

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Requests that went to any host other than the site's. */
  foreign: string[];
}

/** Open a page in a fresh context and record what must never happen on it. */
export async function open(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {}
): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  const allowed = new URL(origin).host;
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^https?:$/.test(url.protocol) && url.host !== allowed) foreign.push(request.url());
  });
  return { page, errors, foreign };
}

/** Resolves once the page has hydrated. */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

/** Open `path` in a fresh watched page and wait for hydration: the common start of a test. */
export async function openHydrated(
  browser: Browser,
  origin: string,
  path: string,
  options: BrowserContextOptions = { viewport: { width: 1280, height: 800 } }
): Promise<WatchedPage> {
  const watched = await open(browser, origin, options);
  await watched.page.goto(`${origin}${path}`);
  await hydrated(watched.page);
  return watched;
}

/** A Content-Security-Policy violation a page reported: the directive, what it blocked, where. */
export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  frame: string;
}

/** Record every securitypolicyviolation in every frame of the context's pages, from the start. */
export async function watchViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const list: unknown[] = [];
    (window as unknown as { cspViolations: unknown[] }).cspViolations = list;
    document.addEventListener('securitypolicyviolation', (event) =>
      list.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        frame: location.href
      })
    );
  });
}

/** The violations recorded so far in every frame of `page`. */
export async function violations(page: Page): Promise<Violation[]> {
  const all = await Promise.all(
    page
      .frames()
      .map((frame) =>
        frame
          .evaluate(() => (window as unknown as { cspViolations?: Violation[] }).cspViolations ?? [])
          .catch(() => [] as Violation[])
      )
  );
  return all.flat();
}
