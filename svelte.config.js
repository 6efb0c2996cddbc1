import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// The public origin and base path come from the environment at build time, so the same code
// can be hosted at a domain root or under a folder (see README, "Hosting").
const base = /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '');

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  vitePlugin: {
    // The calculator and the diagram load after the page (an island, a lazy chunk) but are
    // prerendered with it. Their styles travel with them: in the page's <head> from the build,
    // and injected again (deduplicated) by the lazy chunk, so they never flash unstyled.
    dynamicCompileOptions: ({ filename }) =>
      /src\/lib\/components\/(controls|flow)\//.test(filename.split('\\').join('/')) ? { css: 'injected' } : undefined
  },
  kit: {
    // precompress: a .br and a .gz beside every text file, which static hosts (and scripts/serve.js)
    // send to browsers that accept them, so measurements see the bytes a reader is sent.
    adapter: adapter({ fallback: undefined, precompress: true, strict: true }),
    paths: { base, relative: false },
    prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
    inlineStyleThreshold: 8192
  }
};

export default config;
