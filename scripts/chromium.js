// One place that finds and starts Chromium, for the end-to-end tests and the measuring scripts.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** The browser binary: $CHROME_PATH, else Debian's Chromium. Fails saying how to get one. */
export function chromiumPath() {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Error(
      `No Chromium at ${path}. Install one (Debian/Ubuntu as root: apt-get update && apt-get install -y chromium) ` +
        'or point CHROME_PATH at a Chromium or Chrome binary.'
    );
  return path;
}

/** Headless Chromium with the flags this closed network needs. */
export function launch() {
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
