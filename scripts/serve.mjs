// Serves the production build in dist/ with the headers of docs/HOSTING.md.
// Usage: node scripts/serve.mjs [--port N] [--dir DIR]; PORT overrides the default 4173.
//
// Like a good static host it sends the precompressed copy (.br, else .gz, written by the build)
// that the browser accepts, with Vary: Accept-Encoding; hashed assets are cached for a year
// (scripts/headers.mjs), and everything else is revalidated by its ETag (304 Not Modified).
//
// It behaves like a real host towards bad requests: a malformed path, a directory, a file that
// cannot be read or a method other than GET and HEAD gets its 4xx answer, with the security
// headers, and the server keeps serving.
import { statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { acceptedEncodings, COMPRESSIBLE, ENCODINGS } from './compression.mjs';
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

const STATUS_TEXT = { 400: 'Bad request', 404: 'Not found', 405: 'Method not allowed', 500: 'Server error' };

function refuse(res, status, extra = {}) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = STATUS_TEXT[status] ?? 'Error';
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-cache',
    ...SECURITY_HEADERS,
    ...extra,
  });
  res.end(body);
}

/**
 * The file a request path names inside `root`, or the status to answer with: 400 for a path that
 * is not a decodable origin-form path or holds a NUL byte, 404 for anything outside the root.
 */
export function fileForPath(root, requestUrl) {
  if (typeof requestUrl !== 'string') return { status: 400 };
  let pathname;
  try {
    // The absolute form (`GET http://host/path`) is as valid as the usual `GET /path`.
    const raw = /^https?:\/\//i.test(requestUrl) ? new URL(requestUrl).pathname : requestUrl;
    if (!raw.startsWith('/')) return { status: 400 };
    pathname = decodeURIComponent(raw.split(/[?#]/)[0]);
  } catch {
    return { status: 400 };
  }
  if (pathname.includes('\0')) return { status: 400 };
  if (pathname.endsWith('/')) pathname += 'index.html';
  const file = resolve(root, `.${pathname}`);
  if (file !== root && !file.startsWith(root + sep)) return { status: 404 };
  return { file, pathname };
}

/**
 * The representation to send: the precompressed copy of the best coding the client accepts, if
 * there is one at least as new as the file, else the file itself. Opens what it picks.
 */
async function pick(req, file, handle, info) {
  if (!COMPRESSIBLE.test(file)) return { handle, info };
  const accepts = acceptedEncodings(req.headers['accept-encoding']);
  for (const { name, suffix } of ENCODINGS) {
    if (!accepts(name)) continue;
    const copy = await open(file + suffix, 'r').catch(() => undefined);
    if (!copy) continue;
    const copyInfo = await copy.stat().catch(() => undefined);
    if (copyInfo?.isFile() && copyInfo.mtimeMs >= info.mtimeMs)
      return { handle: copy, info: copyInfo, encoding: name };
    await copy.close().catch(() => {});
  }
  return { handle, info };
}

/** A strong validator of the bytes sent: their size and time, as nginx makes it. */
const etagOf = (info, encoding) =>
  `"${Math.floor(info.mtimeMs).toString(16)}-${info.size.toString(16)}${encoding ? `-${encoding}` : ''}"`;

const matches = (ifNoneMatch, etag) =>
  typeof ifNoneMatch === 'string' &&
  (ifNoneMatch.trim() === '*' ||
    ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag));

async function serveFile(req, res, root) {
  const found = fileForPath(root, req.url);
  if (found.status) return refuse(res, found.status);
  let handle;
  try {
    handle = await open(found.file, 'r');
  } catch {
    // Missing, a path too long, a loop of links, no permission: nothing to serve.
    return refuse(res, 404);
  }
  let sent;
  try {
    const info = await handle.stat();
    if (!info.isFile()) return refuse(res, 404);
    sent = await pick(req, found.file, handle, info);
    const etag = etagOf(sent.info, sent.encoding);
    const headers = {
      'Content-Type': TYPES[extname(found.file)] ?? 'application/octet-stream',
      'Cache-Control': cacheControlFor(found.pathname),
      ETag: etag,
      ...(COMPRESSIBLE.test(found.file) && { Vary: 'Accept-Encoding' }),
      ...(sent.encoding && { 'Content-Encoding': sent.encoding }),
      ...SECURITY_HEADERS,
    };
    if (matches(req.headers['if-none-match'], etag)) {
      res.writeHead(304, headers);
      return res.end();
    }
    res.writeHead(200, { ...headers, 'Content-Length': sent.info.size });
    if (req.method === 'HEAD') return res.end();
    // pipeline ends both sides however it ends: a read error or a client gone (even before
    // this line) settles it, and the files are closed below.
    await pipeline(sent.handle.createReadStream({ autoClose: false }), res).catch(() => res.destroy());
  } finally {
    if (sent && sent.handle !== handle) await sent.handle.close().catch(() => {});
    await handle.close().catch(() => {});
  }
}

export function startServer({ dir = 'dist', port = 4173, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, { Allow: 'GET, HEAD' });
    serveFile(req, res, root).catch(() => refuse(res, 500));
  });
  // A malformed request line or header never reaches the handler: answer it and go on.
  server.on('clientError', (_error, socket) => {
    if (!socket.writable || socket.destroyed) return socket.destroy();
    const headers = Object.entries(SECURITY_HEADERS)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.end(
      `HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 11\r\n${headers}Connection: close\r\n\r\nBad request`,
    );
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
