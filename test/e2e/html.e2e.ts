// The built pages are valid HTML: the W3C Nu Html Checker (the vnu-jar package, on the
// machine's Java) finds no error on the story and on every embed, and no id is used twice on
// any built page (aria-describedby and label[for] must name one element each).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import vnu from 'vnu-jar';

const build = join(process.cwd(), 'build');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : []
  );
}

/**
 * The checker's CSS grammar predates a few properties the site uses and every current browser
 * supports: container queries (CSS Containment 3), paint-order (SVG 2, the labels' halo) and
 * field-sizing. Those and only those CSS messages are set aside; every other message counts.
 */
const OUTDATED_CSS =
  /CSS: (“(container-type|container|paint-order|field-sizing)”: Property “[^”]+” doesn't exist|Unrecognized at-rule “@container”)/;

describe('valid HTML', () => {
  const pages = htmlFiles(build);

  it('every built page uses each id once', () => {
    const duplicates = pages.flatMap((file) => {
      const ids = [...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
      const seen = new Set<string>();
      return ids
        .filter((id) => (seen.has(id) ? true : (seen.add(id), false)))
        .map((id) => `${relative(build, file)}: ${id}`);
    });
    expect(duplicates).toEqual([]);
  });

  it('the Nu Html Checker finds no error on /, /web and /embed/*', () => {
    const files = [
      'index.html',
      'web.html',
      ...readdirSync(join(build, 'embed'))
        .filter((f) => f.endsWith('.html'))
        .map((f) => `embed/${f}`)
    ];
    try {
      execFileSync('java', ['-version'], { stdio: 'ignore' });
    } catch {
      throw new Error('No Java: the Nu Html Checker needs one (Debian: apt-get install -y default-jre-headless).');
    }
    let output = '';
    try {
      execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'gnu', ...files.map((f) => join(build, f))], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe']
      });
    } catch (error) {
      // The checker exits non-zero when it reports anything; its report is on stderr.
      output = String((error as { stderr?: string }).stderr ?? error);
    }
    const errors = output
      .split('\n')
      .filter((line) => line.includes(': error:') && !OUTDATED_CSS.test(line))
      .map((line) => line.replace(`file:${build}/`, ''));
    expect(errors).toEqual([]);
  }, 120_000);
});
