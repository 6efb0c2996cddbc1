import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { contentFiles } from './src/lib/server/content/plugin.ts';
import { compileHints } from './scripts/compile-hints.js';
import { embedLoader } from './scripts/embed-loader.js';

export default defineConfig({
  // contentFiles: content/ (or $CONTENT_DIR) as a module Vite watches, so `npm run dev` shows
  // every edit and every mistake in it (see src/lib/server/content/plugin.ts).
  plugins: [contentFiles(), sveltekit(), svelteTesting(), embedLoader(process.env.BASE_PATH ?? ''), compileHints()],
  test: {
    environment: 'jsdom',
    include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.ts'],
    setupFiles: ['test/setup.ts']
  }
});
