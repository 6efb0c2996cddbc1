// @vitest-environment node
// scripts/serve.js, the static server of the end-to-end tests and the measuring scripts: it must
// answer as a static host does, and a bad address must never take it down.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../../scripts/serve.js';

const FILES: Record<string, string> = {
  'index.html': 'home',
  'embed/story.html': 'story',
  'embed.js': 'loader',
  '404.html': 'not found page'
};

interface Answer {
  status: number;
  encoding: string | undefined;
  type: string | undefined;
  body: string;
}

/** A GET with the address sent as written (fetch would normalise "..", and reject "%"). */
function get(origin: string, path: string, accept = ''): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request(`${origin}/`, { path, headers: { 'accept-encoding': accept } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'];
        const body = encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
        done({ status: res.statusCode ?? 0, encoding, type: res.headers['content-type'], body: body.toString() });
      });
    });
    // The old hand-written server died on a malformed address and left requests hanging.
    req.setTimeout(2000, () => req.destroy(new Error(`no answer to ${path} within 2 s: did the server crash?`)));
    req.on('error', fail);
    req.end();
  });
}

let root: string;
const servers: Server[] = [];
let atRoot: string;
let underBase: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ftm-serve-'));
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
    // As adapter-static's precompress writes them.
    writeFileSync(join(root, `${name}.br`), brotliCompressSync(text));
    writeFileSync(join(root, `${name}.gz`), gzipSync(text));
  }
  writeFileSync(join(root, 'share.png'), 'png');
  const plain = await serve(root);
  const based = await serve(root, '/ftm');
  servers.push(plain.server, based.server);
  atRoot = plain.origin;
  underBase = based.origin;
});

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  rmSync(root, { recursive: true, force: true });
});

describe('serve(root)', () => {
  it.each([
    { path: '/', status: 200, body: 'home' },
    { path: '/?step=3', status: 200, body: 'home' },
    { path: '/index.html', status: 200, body: 'home' },
    { path: '/embed/story', status: 200, body: 'story' },
    { path: '/embed/story.html', status: 200, body: 'story' },
    { path: '/embed/story?step=2', status: 200, body: 'story' },
    { path: '/embed.js', status: 200, body: 'loader' },
    { path: '/share.png', status: 200, body: 'png' },
    { path: '/embed/nothing', status: 404, body: 'not found page' },
    { path: '/%E0%A4%A', status: 404, body: 'not found page' },
    { path: '/%', status: 404, body: 'not found page' },
    { path: '/embed/%zz', status: 404, body: 'not found page' },
    { path: '/../package.json', status: 404, body: 'not found page' },
    { path: '/%2e%2e/%2e%2e/etc/passwd', status: 404, body: 'not found page' }
  ])('$path → $status $body', async ({ path, status, body }) => {
    expect(await get(atRoot, path)).toMatchObject({ status, body });
  });

  it('keeps serving after a malformed address', async () => {
    await get(atRoot, '/%E0%A4%A');
    expect(await get(atRoot, '/')).toMatchObject({ status: 200, body: 'home' });
  });

  it.each([
    { accept: 'gzip, deflate, br', encoding: 'br' },
    { accept: 'gzip', encoding: 'gzip' },
    { accept: '', encoding: undefined }
  ])('sends the precompressed file the browser accepts ("$accept" → $encoding)', async ({ accept, encoding }) => {
    expect(await get(atRoot, '/embed/story', accept)).toEqual({
      status: 200,
      encoding,
      type: 'text/html;charset=utf-8',
      body: 'story'
    });
  });

  it('sends JavaScript as JavaScript', async () => {
    expect((await get(atRoot, '/embed.js', 'br')).type).toBe('text/javascript');
  });
});

describe('serve(root, base)', () => {
  it.each([
    { path: '/ftm', status: 200, body: 'home' },
    { path: '/ftm/', status: 200, body: 'home' },
    { path: '/ftm?step=3', status: 200, body: 'home' },
    { path: '/ftm/embed/story', status: 200, body: 'story' },
    { path: '/embed/story', status: 404, body: 'not found page' },
    { path: '/ftmx/embed/story', status: 404, body: 'not found page' },
    { path: '/ftm/%E0%A4%A', status: 404, body: 'not found page' }
  ])('$path → $status $body', async ({ path, status, body }) => {
    expect(await get(underBase, path)).toMatchObject({ status, body });
  });
});
