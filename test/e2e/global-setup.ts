import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './browser';
import { serve } from '../../scripts/serve.js';

// Serves the built site for every end-to-end test file and checks, once, that a browser exists.
export default async function setup(project: TestProject) {
  chromiumPath();
  const root = resolve('build');
  if (!existsSync(resolve(root, 'index.html')))
    throw new Error('No built site in build/. Run "npm run build" before the end-to-end tests (npm test does both).');
  const { server, origin } = await serve(root);
  project.provide('origin', origin);
  return () => new Promise<void>((done) => server.close(() => done()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}
