// Serves the demo site: www/ at the root and the shipped bundle pkg/ at /pkg/.
//
//   node scripts/serve.mjs            → http://127.0.0.1:8080/
//   PORT=9000 node scripts/serve.mjs
//
// Tests import startServer() to get the same server on a free port, optionally with extra routes
// (slow, failing or oversized responses) in front of the static files.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = sirv(`${root}/www`, { dev: true, etag: true });
const shipped = sirv(`${root}/pkg`, { dev: true, etag: true });

/**
 * Starts the server and resolves to { server, url } once it listens.
 * `routes` maps a path to a (req, res) handler tried before the static files; `cors: true` lets
 * pages on any origin use every response (as a CDN serving pkg/ would); `pkg` serves another
 * directory at /pkg/ (a test build of the bundle) instead of pkg/.
 */
export function startServer({ port = 0, host = '127.0.0.1', routes = {}, cors = false, pkg } = {}) {
  const bundle = pkg ? sirv(pkg, { dev: true, etag: true }) : shipped;
  const server = createServer((req, res) => {
    if (cors) res.setHeader('access-control-allow-origin', '*');
    const path = new URL(req.url, 'http://localhost').pathname;
    const route = routes[path];
    if (route) return route(req, res);
    const notFound = () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('not found');
    };
    if (path.startsWith('/pkg/')) {
      req.url = req.url.slice('/pkg'.length);
      return bundle(req, res, notFound);
    }
    return site(req, res, notFound);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: bound } = server.address();
      resolve({ server, url: `http://${host}:${bound}` });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT) || 8080;
  const { url } = await startServer({ port });
  console.log(`exec-summary demo: ${url}/`);
}
