import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { embedLoader } from './scripts/embed-loader.js';

export default defineConfig({
  plugins: [sveltekit(), svelteTesting(), embedLoader(process.env.BASE_PATH ?? '')],
  test: {
    environment: 'jsdom',
    include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.ts'],
    setupFiles: ['test/setup.ts']
  }
});
