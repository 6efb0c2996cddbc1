import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDir, readContentFiles } from '$lib/server/content/files';

describe('contentDir', () => {
  it.each([
    { env: {}, dir: '/site/content' },
    { env: { CONTENT_DIR: '' }, dir: '/site/content' },
    { env: { CONTENT_DIR: 'copy' }, dir: '/site/copy' },
    { env: { CONTENT_DIR: '/tmp/draft' }, dir: '/tmp/draft' }
  ])('$env → $dir', ({ env, dir }) => expect(contentDir(env, '/site')).toBe(dir));
});

describe('readContentFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names every file as a writer knows it, wherever the folder is, and skips editors\' dot files', () => {
    mkdirSync(join(dir, 'steps'));
    writeFileSync(join(dir, 'story.yaml'), 'title: T');
    writeFileSync(join(dir, 'steps', '01-a.md'), '---');
    writeFileSync(join(dir, 'steps', '.01-a.md.swp'), 'x');
    expect([...readContentFiles(dir)]).toEqual([
      ['content/steps/01-a.md', '---'],
      ['content/story.yaml', 'title: T']
    ]);
  });

  it('reads nothing from a folder that is not there', () =>
    expect(readContentFiles(join(dir, 'missing')).size).toBe(0));
});
