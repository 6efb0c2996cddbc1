// Lets Vite know the content: `import files from 'virtual:content-files'` (in load.ts) is every
// file of the content folder as text. With `npm run dev` open, saving a file in the folder
// invalidates that module, and with it every server module that imported it (the loader, the
// page's load functions, the hooks that fill in the prerendered stills), then reloads the open
// page, so the edit shows; a mistake shows as the dev error page with the build's message, and
// the next save that fixes it brings the page back. No restart, no stale cache.
//
// Why a plugin and not import.meta.glob('/content/**/*'): a glob's folder is fixed when the
// code is compiled, and the end-to-end test (like a writer trying a risky change) points
// CONTENT_DIR at a throwaway copy outside the project. A virtual module reads whatever folder
// CONTENT_DIR names, in dev and in the build alike, and the same watcher sees adds, edits and
// deletions there. Only the server imports it: it lives under $lib/server, so SvelteKit refuses
// to bundle it, or the text of content/, for the browser.
//
// Relative imports only: vite.config.ts loads this before SvelteKit's aliases exist.
import { isAbsolute, relative } from 'node:path';
import type { Plugin } from 'vite';
import { contentDir, contentPaths, readContentFiles } from './files.ts';

export const CONTENT_MODULE = 'virtual:content-files';
const RESOLVED = `\0${CONTENT_MODULE}`;

/** Editors save in bursts (write, rename, touch); one reload after the burst is enough. */
const QUIET_MS = 40;

function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

export function contentFiles(dir = contentDir()): Plugin {
  return {
    name: 'follow-the-money:content',
    resolveId(id) {
      return id === CONTENT_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const path of contentPaths(dir)) this.addWatchFile(path);
      return `export default ${JSON.stringify(Object.fromEntries(readContentFiles(dir)))};`;
    },
    configureServer(server) {
      server.watcher.add(dir);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const changed = (path: string) => {
        if (!inside(dir, path)) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          // Invalidating the module invalidates its importers too, up to the page's load
          // functions and the hooks, so the next request reads and checks the content afresh.
          for (const environment of Object.values(server.environments)) {
            const module = environment.moduleGraph.getModuleById(RESOLVED);
            if (module) environment.moduleGraph.invalidateModule(module);
          }
          server.ws.send({ type: 'full-reload', path: '*' });
        }, QUIET_MS);
      };
      server.watcher.on('add', changed);
      server.watcher.on('change', changed);
      server.watcher.on('unlink', changed);
    }
  };
}
