// Serves www/ on loopback with the strict Content-Security-Policy the widget
// is built for. `node www/server.mjs` prints the URL; the page tests import
// `startServer` and listen on a free port.
import http from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
import compression from 'compression';
import sirv from 'sirv';

/** The policy the demo and the tests serve every page with (see README.md). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

const WWW = fileURLToPath(new URL('.', import.meta.url));

/**
 * Starts the server on the folder `root` (default: www/); resolves to
 * `{ server, url }` once it listens. Files are sent `no-store` (the demo is
 * rebuilt in place), or cacheable for `cacheFor` seconds, as a newsroom
 * would serve them (the start-up benchmark's repeat visits); with `gzip`,
 * compressed as a newsroom's server or CDN sends them (the start-up
 * benchmark on a throttled network, where the bytes sent are the cost).
 */
export function startServer({ host = '127.0.0.1', port = 0, root = WWW, cacheFor, gzip = false } = {}) {
  const files = sirv(root, {
    dev: true, // always read the files afresh: the demo is rebuilt in place
    setHeaders(res) {
      res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Referrer-Policy', 'no-referrer');
      if (cacheFor) res.setHeader('Cache-Control', `max-age=${cacheFor}`);
    },
  });
  const notFound = (res) => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('Không tìm thấy (404)\n');
  };
  const serve = (req, res) => files(req, res, () => notFound(res));
  const compress = gzip ? compression() : null;
  const server = http.createServer(compress ? (req, res) => compress(req, res, () => serve(req, res)) : serve);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://${host}:${actual}/` });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 8080);
  const { url } = await startServer({ port });
  console.log(`vn-article demo: ${url}`);
}
