// Where content/ is and how its files are read. Node only, and no $lib imports: vite.config.ts
// loads this (through plugin.ts) before SvelteKit's aliases exist.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The content files by their path as a writer knows them, e.g. "content/flows.yaml". */
export type ContentFiles = Map<string, string>;

export const CONTENT_FILES = {
  story: 'content/story.yaml',
  companies: 'content/companies.yaml',
  flows: 'content/flows.yaml',
  sources: 'content/sources.yaml',
  market: 'content/market.yaml',
  updates: 'content/updates.yaml',
  sliders: 'content/sliders.yaml',
  presets: 'content/presets.yaml',
  calculator: 'content/calculator.yaml',
  web: 'content/web.yaml'
} as const;

export const STEPS_DIR = 'content/steps/';

/**
 * The content folder: `$CONTENT_DIR` when set (relative to the working directory), else
 * `content/` in it. Tests point CONTENT_DIR at a throwaway copy to edit it safely.
 */
export function contentDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env.CONTENT_DIR || 'content');
}

/** Every file under `dir`, as absolute paths, in a stable order. Dot files (editor swap files) are skipped. */
export function contentPaths(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) => (entry.isDirectory() ? contentPaths(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

/** The writer's name of a file in `dir`: always "content/…", wherever the folder really is. */
export function contentName(dir: string, path: string): string {
  return `content/${relative(dir, path).split('\\').join('/')}`;
}

/** Read every file of the content folder. */
export function readContentFiles(dir = contentDir()): ContentFiles {
  return new Map(contentPaths(dir).map((path) => [contentName(dir, path), readFileSync(path, 'utf8')]));
}
