// Reads content/ from disk at build time. Only server code imports this (the page's
// +page.server.ts), so neither the parsers nor the raw files reach the browser.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseContent, type ContentFiles } from './validate';
import type { Content } from './types';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]
  );
}

/** Read every file under `content/` (relative to `root`) and parse it. */
export function readContentFiles(root = process.cwd()): ContentFiles {
  const files: ContentFiles = new Map();
  for (const path of walk(join(root, 'content')))
    files.set(relative(root, path).split('\\').join('/'), readFileSync(path, 'utf8'));
  return files;
}

let cached: Content | undefined;

/** The parsed content, read once per build. */
export function loadContent(root = process.cwd()): Content {
  cached ??= parseContent(readContentFiles(root));
  return cached;
}
