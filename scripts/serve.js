// The built site served as a static host serves it, so the end-to-end tests and the measuring
// scripts need nothing but Node: sirv (the static server SvelteKit's own preview uses) resolves
// "/embed/story" to embed/story.html and "/" to index.html, sends the .br or .gz file that
// adapter-static wrote beside each file (precompress in svelte.config.js) when the browser
// accepts it, and answers an unknown address with 404.html and status 404. A malformed address
// ("/%E0%A4%A") is an unknown address, not a crash.
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';

/**
 * Serve `root` on 127.0.0.1 at a free port; `base` is the path prefix the site was built for.
 * The list of files is read once, at start, as a host deploys a fixed set of files: write the
 * folder before serving it.
 * @param {string} root
 * @param {string} [base]
 * @param {number} [port]
 * @returns {Promise<{ server: import('node:http').Server; origin: string }>}
 */
export function serve(root, base = '', port = 0) {
  const files = sirv(root, { brotli: true, gzip: true, etag: false });
  const notFoundPage = join(root, '404.html');
  /** @param {import('node:http').ServerResponse} response */
  const notFound = (response) => {
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    if (existsSync(notFoundPage)) createReadStream(notFoundPage).pipe(response);
    else response.end('Not found');
  };
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (base) {
      if (url !== base && !url.startsWith(`${base}/`) && !url.startsWith(`${base}?`)) return notFound(response);
      request.url = url.slice(base.length) || '/';
      if (request.url.startsWith('?')) request.url = `/${request.url}`;
    }
    files(request, response, () => notFound(response));
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
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { origin } = await serve(
    join(process.cwd(), 'build'),
    process.env.BASE_PATH ?? '',
    Number(process.argv[2] ?? 4173)
  );
  console.log(`Serving build/ at ${origin}${process.env.BASE_PATH ?? ''}/`);
}
