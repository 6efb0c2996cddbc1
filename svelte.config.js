import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// The public origin and base path come from the environment at build time, so the same code
// can be hosted at a domain root or under a folder (see README, "Hosting").
const base = /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '');

/**
 * Components' CSS comments stay in the source, not in what ships: the styles of the lazy parts
 * (controls, flow, islands) are injected by their scripts, where Svelte keeps comments as
 * written, and they were a few hundred bytes of the calculator embed's 60 KB budget. (The
 * regular expression is enough here: no style of ours has a comment marker inside a string.)
 * @type {import('svelte/compiler').PreprocessorGroup}
 */
const stripStyleComments = {
  name: 'strip-style-comments',
  style: ({ content }) => ({ code: content.replace(/\/\*[\s\S]*?\*\//g, '') })
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: [vitePreprocess(), stripStyleComments],
  compilerOptions: { runes: true },
  vitePlugin: {
    // The calculator and the diagram load after the page (an island, a lazy chunk) but are
    // prerendered with it. Their styles travel with them: in the page's <head> from the build,
    // and injected again (deduplicated) by the lazy chunk, so they never flash unstyled.
    dynamicCompileOptions: ({ filename }) =>
      /src\/lib\/components\/(controls|flow|islands|static)\//.test(filename.split('\\').join('/'))
        ? { css: 'injected' }
        : undefined
  },
  kit: {
    // precompress: a .br and a .gz beside every text file, which static hosts (and scripts/serve.js)
    // send to browsers that accept them, so measurements see the bytes a reader is sent.
    // BUILD_DIR: a second build beside build/, such as the one the WordPress test makes with
    // another PUBLIC_SITE_URL (test/e2e/wordpress.e2e.ts).
    adapter: adapter({
      pages: process.env.BUILD_DIR || 'build',
      assets: process.env.BUILD_DIR || 'build',
      fallback: undefined,
      precompress: true,
      strict: true
    }),
    paths: { base, relative: false },
    prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
    // The page's own CSS is linked, not inlined: its three files load beside extras.css (the
    // prerendered parts' styles, src/lib/server/extras.ts), which a first paint waits for anyway,
    // and are cached from page to page. Inlined, they put 2.3 KB (brotli) into every page's HTML;
    // since the pages paint before asking for their JavaScript (src/lib/server/paint-first.ts),
    // LCP measured the same either way (Lighthouse mobile, 3 alternating runs each: 1,087 /
    // 982 / 1,080 ms inlined, 1,195 / 1,094 / 1,089 ms linked).
    inlineStyleThreshold: 0,
    // A Content-Security-Policy on every page, written into each prerendered page as a
    // <meta http-equiv> (README, "Embed it", has the same policy as a response header, with
    // frame-ancestors, which only a header can carry). Scripts come only from the site, plus the
    // inline ones by their hashes: SvelteKit's start-up script (hashed by SvelteKit) and our two
    // (hashed in src/hooks.server.ts). Styles may be inline: Svelte writes style attributes
    // (style: directives) and injects the lazy components' CSS as <style> elements, neither of
    // which a hash can cover; a style cannot run code. Images may be blob: and data: URLs, which
    // the diagram's PNG export draws through. No eval anywhere, and no requests to other hosts.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'frame-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    }
  }
};

export default config;
