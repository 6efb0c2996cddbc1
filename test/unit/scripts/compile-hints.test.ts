// @vitest-environment node
// Which chunks get V8's compile hint: those the story page does not load at start.
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHints } from '../../../scripts/compile-hints.js';

type Chunk = {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  imports: string[];
  moduleIds: string[];
  code: string;
};
const chunk = (fileName: string, imports: string[] = [], extra: Partial<Chunk> = {}): Chunk => ({
  type: 'chunk',
  fileName,
  isEntry: false,
  imports,
  moduleIds: [`/app/src/lib/${fileName}`],
  code: `code of ${fileName}`,
  ...extra
});

function run(chunks: Chunk[]) {
  const bundle = Object.fromEntries(chunks.map((c) => [c.fileName, c]));
  const plugin = compileHints() as unknown as { generateBundle: (options: unknown, bundle: unknown) => void };
  plugin.generateBundle({}, bundle);
  return Object.fromEntries(chunks.map((c) => [c.fileName, c.code.startsWith(COMPILE_HINT)]));
}

describe('compileHints', () => {
  it('hints what the story page loads later, not what it loads at start, even when another page loads it at start', () => {
    const hinted = run([
      chunk('entry/start.js', ['chunks/runtime.js'], { isEntry: true }),
      chunk('entry/app.js', ['chunks/runtime.js'], { isEntry: true }),
      chunk('nodes/0.js', [], { isEntry: true }),
      chunk('nodes/2.js', ['chunks/page.js'], { isEntry: true, moduleIds: ['/app/src/routes/+page.svelte'] }),
      chunk('nodes/5.js', ['chunks/diagram.js', 'chunks/page.js'], {
        isEntry: true,
        moduleIds: ['/app/src/routes/web/+page.svelte']
      }),
      chunk('chunks/runtime.js'),
      chunk('chunks/page.js', ['chunks/runtime.js']),
      chunk('chunks/diagram.js', ['chunks/runtime.js']),
      chunk('chunks/figure.js', ['chunks/diagram.js'])
    ]);
    expect(hinted).toEqual({
      'entry/start.js': false,
      'entry/app.js': false,
      'nodes/0.js': false,
      'nodes/2.js': false,
      'nodes/5.js': true,
      'chunks/runtime.js': false,
      'chunks/page.js': false,
      'chunks/diagram.js': true,
      'chunks/figure.js': true
    });
  });

  it('fails when no chunk holds the story page, instead of hinting everything', () => {
    expect(() => run([chunk('entry/start.js', [], { isEntry: true }), chunk('chunks/a.js')])).toThrow(
      'no entry chunk of the client build holds src/routes/+page.svelte'
    );
  });
});
