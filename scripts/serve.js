// A tiny static file server for the built site, so the end-to-end tests need nothing but Node.
// It resolves "/embed/story" to "embed/story.html" the way static hosts do.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml'
};

/**
 * @param {string} root
 * @param {string} pathname
 * @returns {string | null}
 */
function resolve(root, pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidates = [join(root, clean), join(root, `${clean}.html`), join(root, clean, 'index.html')];
  return candidates.find((file) => file.startsWith(root) && existsSync(file) && statSync(file).isFile()) ?? null;
}

/**
 * Serve `root` on 127.0.0.1 at a free port; `base` is the path prefix the site was built for.
 * @param {string} root
 * @param {string} [base]
 * @param {number} [port]
 * @returns {Promise<{ server: import('node:http').Server; origin: string }>}
 */
export function serve(root, base = '', port = 0) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname = url.pathname;
    if (base && pathname.startsWith(base)) pathname = pathname.slice(base.length) || '/';
    const file = resolve(root, pathname);
    if (!file) {
      const notFound = resolve(root, '/404');
      response.writeHead(404, { 'content-type': TYPES['.html'] ?? 'text/html' });
      if (notFound) createReadStream(notFound).pipe(response);
      else response.end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done, fail) => {
    // A port already taken, for one.
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

// `node scripts/serve.js [port]`: serve build/ for a look in a browser.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { origin } = await serve(
    join(process.cwd(), 'build'),
    process.env.BASE_PATH ?? '',
    Number(process.argv[2] ?? 4173)
  );
  console.log(`Serving build/ at ${origin}${process.env.BASE_PATH ?? ''}/`);
}
