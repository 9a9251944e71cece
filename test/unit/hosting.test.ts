import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module shared with `npm start`
import { COMPRESSIBLE } from '../../scripts/compression.mjs';
// @ts-expect-error: a plain JavaScript module shared with `npm start`
import { CONTENT_SECURITY_POLICY, cacheControlFor, SECURITY_HEADERS } from '../../scripts/headers.mjs';

const hosting = readFileSync(new URL('../../docs/HOSTING.md', import.meta.url), 'utf8');

describe('docs/HOSTING.md and the local server agree', () => {
  it('gives the same Content-Security-Policy everywhere it is written', () => {
    const written = [...hosting.matchAll(/Content-Security-Policy:?\s+"?([^"\n]+?)"?(?: always;)?$/gm)].map(
      (m) => m[1],
    );
    expect(written.length).toBeGreaterThanOrEqual(3);
    for (const policy of written) expect(policy).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows nothing from another origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('lists every header the server sends', () => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS as Record<string, string>))
      expect(hosting).toContain(`${name}: ${value}`);
  });

  it('the nginx and static-host examples send every security header on every path', () => {
    const nginx = /```nginx\n([\s\S]*?)```/.exec(hosting)?.[1] ?? '';
    const locations = nginx.split(/^location /m).slice(1);
    expect(locations.length).toBeGreaterThanOrEqual(2);
    const headersFile = /```\n(\/\*[\s\S]*?)```/.exec(hosting)?.[1] ?? '';
    const everyPath = /^\/\*\n((?: {2}.*\n)+)/m.exec(headersFile)?.[1] ?? '';
    for (const [name, value] of Object.entries(SECURITY_HEADERS as Record<string, string>)) {
      for (const block of locations) {
        const line = block.split('\n').find((l) => l.trim().startsWith(`add_header ${name} `)) ?? '';
        expect(line, `nginx ${name} in location ${block.split('\n')[0]}`).toContain(value);
        expect(line).toMatch(/ always;$/);
      }
      expect(everyPath, `_headers /* ${name}`).toContain(`${name}: ${value}`);
    }
    // A header set on /* and again on a narrower path would be joined by the host: only once.
    expect(everyPath).not.toContain('Cache-Control');
  });

  it('revalidates the app shell and keeps hashed assets for a year', () => {
    for (const path of ['/', '/index.html', '/sw.js', '/manifest.webmanifest', '/icons/icon-192.png'])
      expect(cacheControlFor(path)).toBe('no-cache');
    expect(cacheControlFor('/assets/index-Colr6l_Q.js')).toBe('public, max-age=31536000, immutable');
  });

  it('keeps catalogue packs (content-hashed names) for a year, and revalidates the index that names them', () => {
    expect(cacheControlFor('/catalogue/isco-08/sv.5ae1371b5b3f.json')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(cacheControlFor('/catalogue/isco-08/concepts.e79d013be397.json')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(cacheControlFor('/catalogue/index.json')).toBe('no-cache');
    expect(cacheControlFor('/catalogue/isco-08/sv.json')).toBe('no-cache');
  });

  it('says how to send the precompressed copies, with Vary, on nginx', () => {
    const nginx = /```nginx\n([\s\S]*?)```/.exec(hosting)?.[1] ?? '';
    for (const directive of ['gzip_static on;', 'brotli_static on;', 'gzip_vary on;'])
      expect(nginx).toContain(directive);
    expect(hosting).toContain('Vary: Accept-Encoding');
    // Every kind of file the build compresses is named, and nginx compresses its type too.
    const types = /^gzip_types (.*);$/m.exec(nginx)?.[1]?.split(' ') ?? [];
    for (const [extension, type] of [
      ['.js', 'text/javascript'],
      ['.css', 'text/css'],
      ['.json', 'application/json'],
      ['.webmanifest', 'application/manifest+json'],
      ['.svg', 'image/svg+xml'],
    ]) {
      expect(COMPRESSIBLE.test(`x${extension}`), extension).toBe(true);
      expect(hosting).toContain(`\`${extension}\``);
      expect(types).toContain(type);
    }
    expect(COMPRESSIBLE.test('x.png')).toBe(false);
  });
});
