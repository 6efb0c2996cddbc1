// The content read straight from disk, for tests and scripts that run outside Vite (the
// end-to-end tests count the steps, the screenshot script walks them). The pages read it
// through Vite instead (load.ts), which is what makes edits show live in dev.
import type { Content } from '$lib/content/types';
import { contentDir, readContentFiles } from './files';
import { parseContent } from './parse';

/** Read and check the content folder (`$CONTENT_DIR`, else content/). */
export function contentFromDisk(dir = contentDir()): Content {
  return parseContent(readContentFiles(dir));
}
