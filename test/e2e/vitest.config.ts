import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// End-to-end tests drive a real Chromium against the built site (npm run build first).
export default defineConfig({
  // Tests may compute what a page should show with the site's own pure modules ($lib/web…).
  resolve: { alias: { $lib: resolve('src/lib') } },
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: one Chromium per test file, files one after another.
    fileParallelism: false
  }
});
