import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module shared with `npm start`
import { compressAll } from '../../scripts/compression.mjs';
// @ts-expect-error: a plain JavaScript module shared with `npm start`
import { SECURITY_HEADERS } from '../../scripts/headers.mjs';

const SERVE = new URL('../../scripts/serve.mjs', import.meta.url).href;

let dir = '';
const TEXT = 'export const greeting = "Hej";\n'.repeat(400);
/** The server runs in a process of its own, as under `npm start`: if it fell over, it would be gone. */
let server: ChildProcess;
let port = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kompetenspass-serve-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Kompetenspass</title>');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(join(dir, 'assets', 'big-1234.js'), 'x'.repeat(4 * 1024 * 1024));
  symlinkSync('loop.js', join(dir, 'loop.js'));
  // Text with its compressed copies as the build writes them; one with only a gzip copy; one
  // whose copies are older than the file (a hand-edited dist/) and must not be sent.
  for (const [name, copies] of [
    ['text-1234.js', ['br', 'gzip']],
    ['only-gzip-1234.css', ['gzip']],
    ['stale-1234.js', ['br', 'gzip']],
  ] as const) {
    const file = join(dir, 'assets', name);
    writeFileSync(file, TEXT);
    const compressed = await compressAll(Buffer.from(TEXT));
    for (const coding of copies)
      writeFileSync(`${file}${coding === 'br' ? '.br' : '.gz'}`, compressed[coding]);
    if (name.startsWith('stale')) {
      for (const suffix of ['.br', '.gz'])
        utimesSync(`${file}${suffix}`, new Date(2000, 0), new Date(2000, 0));
    }
  }
  writeFileSync(join(dir, 'icon.png'), Buffer.alloc(2048, 7));
  writeFileSync(join(dir, 'icon.png.gz'), Buffer.alloc(10, 7));
  const script = `const { startServer } = await import(${JSON.stringify(SERVE)});
const server = await startServer({ dir: ${JSON.stringify(dir)}, port: 0 });
console.log(server.address().port);`;
  server = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  port = await new Promise<number>((resolve, reject) => {
    server.stdout?.once('data', (data: Buffer) => resolve(Number(data.toString().trim())));
    server.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
  });
});

afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The body as bytes (a compressed body is not text). */
  bytes: Buffer;
}

/** Sends the bytes as they are (no client library tidies them) and reads the whole answer. */
function send(raw: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // Written, not ended: the server closes the connection after its answer (Connection: close).
    const socket = connect(port, '127.0.0.1', () => socket.write(raw));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const all = Buffer.concat(chunks);
      const bytes = all.subarray(all.indexOf('\r\n\r\n') + 4);
      const text = all.toString('utf8');
      const [head = '', body = ''] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => [
          line.slice(0, line.indexOf(':')).toLowerCase(),
          line.slice(line.indexOf(':') + 1).trim(),
        ]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body, bytes });
    });
  });
}

const get = (target: string, method = 'GET', extra: Record<string, string> = {}) =>
  send(
    `${method} ${target} HTTP/1.1\r\nHost: localhost\r\n${Object.entries(extra)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('')}Connection: close\r\n\r\n`,
  );

function expectSecurityHeaders(answer: Answer) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS as Record<string, string>))
    expect(answer.headers[name.toLowerCase()], name).toBe(value);
}

describe('scripts/serve.mjs answers bad requests like a real host and keeps serving', () => {
  it.each([
    ['a path that is not percent-encoding', '/%E0%A4%A', 400],
    ['a NUL byte', '/index.html%00.js', 400],
    ['a directory', '/assets', 404],
    ['a directory with a slash and no index', '/assets/', 404],
    ['a way out of the root', '/../../../../etc/passwd', 404],
    ['a way out, percent-encoded', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd', 404],
    ['a link that points at itself (ELOOP)', '/loop.js', 404],
    ['a name too long for the file system', `/${'a'.repeat(5000)}.js`, 404],
    ['a file that is not there', '/nothing.js', 404],
    ['a path that is not a path', 'index.html', 400],
  ])('%s: %s → %i, with the security headers', async (_what, target, status) => {
    const answer = await get(target);
    expect(answer.status).toBe(status);
    expectSecurityHeaders(answer);
    expect(answer.body).not.toContain('Kompetenspass');
  });

  it('answers // and the absolute form with the app', async () => {
    for (const target of ['//', 'http://localhost/index.html', '/?x=%ZZ']) {
      const answer = await get(target);
      expect(answer.status, target).toBe(200);
      expect(answer.body).toContain('Kompetenspass');
      expectSecurityHeaders(answer);
    }
  });

  it('refuses other methods than GET and HEAD with 405 and Allow', async () => {
    const answer = await get('/', 'POST');
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
    expectSecurityHeaders(answer);
  });

  it('answers a request line that is not HTTP with 400 and the security headers', async () => {
    const answer = await send('HELLO THERE\r\n\r\n');
    expect(answer.status).toBe(400);
    expectSecurityHeaders(answer);
  });

  it('closes the file when a client hangs up, before or during the answer', { timeout: 30_000 }, async () => {
    const openFiles = () => readdirSync(`/proc/${server.pid}/fd`).length;
    const before = openFiles();
    await Promise.all(
      Array.from(
        { length: 20 },
        (_, i) =>
          new Promise<void>((done) => {
            const socket = connect(port, '127.0.0.1', () => {
              socket.write('GET /assets/big-1234.js HTTP/1.1\r\nHost: localhost\r\n\r\n');
              // Half of them hang up at once, half once the answer has begun.
              if (i % 2 === 0) socket.destroy();
            });
            socket.once('data', () => socket.destroy());
            socket.on('close', () => done());
            socket.on('error', () => done());
          }),
      ),
    );
    await expect.poll(openFiles, { timeout: 10_000 }).toBeLessThanOrEqual(before);
  });

  it('still serves after all of them, with the cache rules of HOSTING.md', async () => {
    expect(server.exitCode).toBeNull();
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.headers['cache-control']).toBe('no-cache');
    expectSecurityHeaders(index);
    const asset = await get('/assets/app-1234.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.body).toBe('console.log(1)');
    const head = await get('/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});

describe('scripts/serve.mjs sends compressed copies as a good host does', () => {
  const decode: Record<string, (bytes: Buffer) => Buffer> = {
    br: brotliDecompressSync,
    gzip: gunzipSync,
    none: (bytes) => bytes,
  };

  it.each([
    ['br, gzip, deflate', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['BR;Q=0.5', 'br'],
    ['*', 'br'],
    ['*, br;q=0', 'gzip'],
    ['gzip;q=0, *;q=0', 'none'],
    ['identity', 'none'],
    ['', 'none'],
    ['br;q=oops, ;;, gzip', 'gzip'],
  ])('Accept-Encoding "%s" → %s, with Vary, the right length and the same text', async (accept, coding) => {
    const answer = await get('/assets/text-1234.js', 'GET', accept ? { 'Accept-Encoding': accept } : {});
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe(coding === 'none' ? undefined : coding);
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(Number(answer.headers['content-length'])).toBe(answer.bytes.length);
    expect(decode[coding]!(answer.bytes).toString('utf8')).toBe(TEXT);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(answer);
    if (coding !== 'none') expect(answer.bytes.length).toBeLessThan(TEXT.length / 10);
  });

  it('falls back to gzip where only a gzip copy exists', async () => {
    const answer = await get('/assets/only-gzip-1234.css', 'GET', { 'Accept-Encoding': 'br, gzip' });
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(gunzipSync(answer.bytes).toString('utf8')).toBe(TEXT);
  });

  it('never sends a compressed copy older than the file', async () => {
    const answer = await get('/assets/stale-1234.js', 'GET', { 'Accept-Encoding': 'br, gzip' });
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body).toBe(TEXT);
  });

  it('leaves images as they are, without Vary', async () => {
    const answer = await get('/icon.png', 'GET', { 'Accept-Encoding': 'br, gzip' });
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers.vary).toBeUndefined();
    expect(answer.bytes.length).toBe(2048);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const headers = { 'Accept-Encoding': 'br' };
    const [got, head] = await Promise.all([
      get('/assets/text-1234.js', 'GET', headers),
      get('/assets/text-1234.js', 'HEAD', headers),
    ]);
    expect(head.status).toBe(200);
    expect(head.bytes.length).toBe(0);
    for (const name of [
      'content-encoding',
      'content-length',
      'content-type',
      'vary',
      'etag',
      'cache-control',
    ])
      expect(head.headers[name], name).toBe(got.headers[name]);
  });

  it('revalidates by ETag: 304 without a body, a new tag for each coding', async () => {
    const first = await get('/index.html', 'GET', { 'Accept-Encoding': 'gzip' });
    const plain = await get('/index.html');
    expect(first.headers.etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+(-gzip)?"$/);
    const script = await get('/assets/text-1234.js', 'GET', { 'Accept-Encoding': 'br' });
    const scriptPlain = await get('/assets/text-1234.js');
    expect(script.headers.etag).not.toBe(scriptPlain.headers.etag);
    const again = await get('/index.html', 'GET', { 'If-None-Match': `"x", ${plain.headers.etag}` });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
    expect(again.headers['cache-control']).toBe('no-cache');
    expectSecurityHeaders(again);
    const changed = await get('/index.html', 'GET', { 'If-None-Match': '"other"' });
    expect(changed.status).toBe(200);
  });

  it('still refuses malformed paths with the security headers when asked for brotli', async () => {
    for (const [target, status] of [
      ['/%E0%A4%A', 400],
      ['/../../etc/passwd', 404],
      ['/assets/nothing.js', 404],
    ] as const) {
      const answer = await get(target, 'GET', { 'Accept-Encoding': 'br, gzip' });
      expect(answer.status, target).toBe(status);
      expect(answer.headers['content-encoding']).toBeUndefined();
      expectSecurityHeaders(answer);
    }
  });
});
