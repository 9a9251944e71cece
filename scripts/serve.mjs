// Serves the production build in dist/ with the headers of docs/HOSTING.md.
// Usage: node scripts/serve.mjs [--port N] [--dir DIR]; PORT overrides the default 4173.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { cacheControlFor, SECURITY_HEADERS } from './headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export function startServer({ dir = 'dist', port = 4173, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    let stat;
    try {
      stat = statSync(file);
    } catch {
      res
        .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS })
        .end('Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': stat.size,
      'Cache-Control': cacheControlFor(path),
      ...SECURITY_HEADERS,
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const flag = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const port = Number(flag('--port') ?? process.env.PORT ?? 4173);
  const host = process.env.HOST ?? '127.0.0.1';
  try {
    statSync(join(resolve(flag('--dir') ?? 'dist'), 'index.html'));
  } catch {
    console.error('dist/index.html is missing: run `npm run build` first (npm start does both).');
    process.exit(2);
  }
  startServer({ dir: flag('--dir') ?? 'dist', port, host }).then(
    () => console.log(`Kompetenspass is running at http://localhost:${port}/ (Ctrl+C stops it)`),
    (error) => {
      console.error(
        `Could not listen on port ${port}: ${error.code ?? error.message}. Set PORT to another port.`,
      );
      process.exit(2);
    },
  );
}
