import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module shared with `npm start`
import { SECURITY_HEADERS } from '../../scripts/headers.mjs';

const SERVE = new URL('../../scripts/serve.mjs', import.meta.url).href;

let dir = '';
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
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => [
          line.slice(0, line.indexOf(':')).toLowerCase(),
          line.slice(line.indexOf(':') + 1).trim(),
        ]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
    });
  });
}

const get = (target: string, method = 'GET') =>
  send(`${method} ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);

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
