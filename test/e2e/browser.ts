// One place that finds and starts Chromium for the end-to-end tests, and watches every page
// for console errors and requests to other hosts.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

/** The browser binary: $CHROME_PATH, else Debian's Chromium. Fails with how to get one. */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Error(
      `No Chromium at ${path}. Install one (Debian/Ubuntu as root: apt-get update && apt-get install -y chromium) ` +
        'or point CHROME_PATH at a Chromium or Chrome binary.'
    );
  return path;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run'
    ]
  });
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Requests that went to any host other than the site's. */
  foreign: string[];
}

/** Open a page in a fresh context and record what must never happen on it. */
export async function open(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<WatchedPage> {
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

/** Resolves once the page has hydrated (the story engine has set the active step). */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}
