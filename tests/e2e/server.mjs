// A small static server for dist/, on loopback only: the demo (`make serve`) and the e2e tests.
// Every HTML response carries a strict Content-Security-Policy, like a careful host page, so
// the tests prove the widget needs no inline script and no inline style. Extra test pages are
// composed from the real snippet (dist/snippet-script.html), exactly as an editor pastes it.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants } from 'node:zlib';

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const COMPRESSIBLE = /^(text\/|application\/(json|wasm|javascript)|image\/svg)/;
// Each distinct body is compressed once (quality 11 takes ≈ 1 s for the module), as a CDN
// keeps what it compressed.
const brotliCache = new Map();
function compressed(body) {
  const key = createHash('sha256').update(body).digest('hex');
  if (!brotliCache.has(key)) {
    brotliCache.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
  return brotliCache.get(key);
}

/** A bare host page with `body` inside an article, and `head` (say, the site install). */
export function page(body, { lang = 'vi', title = 'Host page', head = '' } = {}) {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>` +
    `<link rel="icon" href="data:,">${head}</head><body><article>${body}</article></body></html>`;
}

/**
 * Starts serving `dir` on `host`:`port` (0 = any free port). `pages` maps extra paths to
 * functions returning, from the snippet text, the body (HTML, or by the path's extension) or
 * `{ body, csp }` for a page with its own policy. Files other than HTML may be loaded from
 * another origin (CORS), as a widget installed on another site is, unless `cors` is false (a
 * site that did not set it up). With `brotli`, every text and wasm response is sent
 * brotli-compressed (quality 11) to a browser that accepts it, as a CDN or the portal's web
 * server sends it. Resolves to { server, url }.
 */
export async function serve(dir, port = 0, pages = {}, host = '127.0.0.1', { cors = true, brotli = false } = {}) {
  const policy = CSP;
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const accepts = brotli && /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
    const send = (status, type, body, csp = policy) => {
      const headers = { 'content-type': type, 'cache-control': 'no-cache' };
      if (type.startsWith('text/html') && csp) headers['content-security-policy'] = csp;
      else if (cors) headers['access-control-allow-origin'] = '*';
      if (accepts && COMPRESSIBLE.test(type)) {
        body = compressed(body);
        headers['content-encoding'] = 'br';
        headers.vary = 'accept-encoding';
      }
      res.writeHead(status, headers);
      res.end(body);
    };
    try {
      if (pages[path]) {
        const snippet = await readFile(join(dir, 'snippet-script.html'), 'utf8');
        const made = await pages[path](snippet);
        const type = TYPES[extname(path)] ?? TYPES['.html'];
        if (made && typeof made === 'object' && 'body' in made) return send(200, type, made.body, made.csp);
        return send(200, type, made);
      }
      const rel = normalize(path === '/' ? '/index.html' : path).replace(/^(\.\.[/\\])+/, '');
      const file = join(dir, rel);
      if (!file.startsWith(normalize(dir))) return send(403, 'text/plain', 'forbidden');
      const body = await readFile(file);
      return send(200, TYPES[extname(file)] ?? 'application/octet-stream', body);
    } catch {
      return send(404, 'text/plain; charset=utf-8', 'not found');
    }
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const close = server.close.bind(server);
  server.close = () => {
    server.closeAllConnections();
    return close();
  };
  return { server, url: `http://${host}:${server.address().port}` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await serve(dir, Number(port));
  console.log(`serving ${dir} on ${url}/ (Ctrl-C to stop)`);
}
