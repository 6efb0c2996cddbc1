// The browser gets the parsed content and the code that draws it, never the machinery that reads
// content/: no schema library, no YAML parser, no markdown renderer, no validator, no raw files.
// Each is found by a string that only it contains; every signature is first shown to be present
// where that code does live (the library's own files, the server build), so a signature that
// stopped matching would fail this test rather than pass it silently.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const read = (files: string[]) => files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const client = read(filesUnder('build/_app', /\.js$/));
const pages = read(filesUnder('build', /\.html$/));
const server = read(filesUnder('.svelte-kit/output/server', /\.js$/));

const SIGNATURES = [
  { what: 'valibot (the schema)', signature: 'valibot', home: ['node_modules/valibot/dist/index.min.mjs'] },
  { what: 'yaml (the YAML parser)', signature: 'YAMLParseError', home: ['node_modules/yaml/browser/dist/errors.js'] },
  {
    what: 'marked (the markdown renderer)',
    signature: 'markedjs/marked',
    home: ['node_modules/marked/lib/marked.esm.js']
  },
  {
    what: 'our validator',
    signature: 'must be non-empty text',
    home: ['src/lib/server/content/schema.ts'],
    built: true
  },
  {
    what: 'our outlet lint',
    signature: 'none of its sources is from',
    home: ['src/lib/server/content/outlets.ts'],
    built: true
  },
  // A comment at the top of content/flows.yaml: only the raw file has it.
  {
    what: 'the raw content files',
    signature: 'Money goes FROM the payer TO the payee',
    home: ['content/flows.yaml'],
    built: true
  }
];

describe('client chunks', () => {
  it('were built', () => expect(client.length).toBeGreaterThan(5));

  it.each(SIGNATURES)('hold nothing of $what', ({ signature, home, built }) => {
    for (const file of home) expect(readFileSync(file, 'utf8'), `"${signature}" in ${file}`).toContain(signature);
    // What is bundled into the server build must be found there (libraries stay external imports).
    if (built)
      expect(
        server.some(({ text }) => text.includes(signature)),
        'in the server build'
      ).toBe(true);
    const leaks = [...client, ...pages].filter(({ text }) => text.includes(signature)).map(({ file }) => file);
    expect(leaks).toEqual([]);
  });
});
