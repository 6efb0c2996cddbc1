// The embed loader is the one script of ours that runs on other people's pages, so it ships
// minified: src/embed-loader/embed.js is the readable source, and the Vite plugin below writes
// build/embed.js from it at `npm run build` (precompressed with the rest of the build).
// `npm run dev` serves the readable source at /embed.js. Minified by Vite's own minifier (Oxc),
// so the loader costs no dependency.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifySync } from 'vite';

/** The readable loader, as kept in the repository. */
export const LOADER_SOURCE = resolve(dirname(fileURLToPath(import.meta.url)), '../src/embed-loader/embed.js');

/**
 * The loader as it ships: minified, with only its one-line `/*!` header kept.
 * @param {string} source
 * @returns {string}
 */
export function minifyLoader(source) {
  const { code, errors } = minifySync('embed.js', source, {
    compress: true,
    mangle: true,
    codegen: { legalComments: 'inline' }
  });
  if (errors.length)
    throw new Error(`src/embed-loader/embed.js did not minify: ${errors.map((e) => e.message).join('; ')}`);
  return code;
}

/**
 * Emits embed.js at the root of the client build (build/embed.js, beside index.html).
 * @param {string} base the path prefix the site is built for ('' or '/folder')
 * @returns {import('vite').Plugin}
 */
export function embedLoader(base) {
  return {
    name: 'ftm-embed-loader',
    applyToEnvironment: (environment) => environment.name === 'client',
    buildStart() {
      this.addWatchFile(LOADER_SOURCE);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'embed.js', source: minifyLoader(readFileSync(LOADER_SOURCE, 'utf8')) });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0];
        if (path !== `${base}/embed.js` && path !== '/embed.js') return next();
        response.setHeader('content-type', 'text/javascript; charset=utf-8');
        response.end(readFileSync(LOADER_SOURCE, 'utf8'));
      });
    }
  };
}
