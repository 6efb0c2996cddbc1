// The content the pages are built from, read through Vite (see plugin.ts) and checked once per
// build; in dev, once per edit, because an edit re-evaluates this module. Only server code
// imports this (load functions, hooks.server.ts), so neither the parsers nor the raw files
// reach the browser.
import files from 'virtual:content-files';
import type { Content } from '$lib/content/types';
import { parseContent } from './parse';

let cached: Content | undefined;

/** The parsed content; throws a ContentError naming the file, entry and problem. */
export function loadContent(): Content {
  cached ??= parseContent(new Map(Object.entries(files)));
  return cached;
}
