import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applySelection,
  decodeShareLink,
  defaultSelection,
  encodeShareLink,
  fullSelection,
  parseDidJwk,
  parsePrivateJwk,
} from '../../src/core/index.ts';
import { typicalProfile, vectorFile } from './support.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(REPO, 'bin', 'kompetenspass.mjs');
const FIXTURE = join(REPO, '..', 'shared', 'fixtures', 'typical-profile.json');
const BASE_URL = 'https://kompetenspass.example/';
const STACK_LINE = /^ {4}at /m;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

let dir = '';
const env = { ...process.env };
delete env.KOMPETENSPASS_BASE_URL;

/** Runs `node bin/kompetenspass.mjs …` in the scratch directory; no output may hold a stack trace. */
function cli(args: string[], input?: string): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    env,
    encoding: 'utf8',
    ...(input !== undefined && { input }),
  });
  const run = { status: result.status, stdout: result.stdout, stderr: result.stderr };
  expect(`${run.stdout}\n${run.stderr}`, `stack trace from ${args.join(' ')}`).not.toMatch(STACK_LINE);
  expect(run.stderr).not.toContain('unexpected error');
  return run;
}

const path = (name: string) => join(dir, name);
const write = (name: string, text: string) => writeFileSync(path(name), text);

let link = '';
let token = '';
let fingerprint = '';
let holder = '';

describe('kompetenspass command line', { timeout: 30_000 }, () => {
  beforeAll(() => {
    // What `npm run prepare` does: lib/ must be the current source.
    execFileSync('npx', ['tsc', '-p', 'tsconfig.lib.json'], { cwd: REPO, stdio: 'pipe' });
    dir = mkdtempSync(join(tmpdir(), 'kompetenspass-cli-'));
    const keygen = cli(['keygen', '--out', 'key.json']);
    expect(keygen.status).toBe(0);
    fingerprint = /fingerprint: (\S+)/.exec(keygen.stderr)?.[1] ?? '';
    holder = /did: (\S+)/.exec(keygen.stderr)?.[1] ?? '';
    const made = cli(['snapshot', '--profile', FIXTURE, '--key', 'key.json', '--base-url', BASE_URL]);
    expect(made.status).toBe(0);
    link = made.stdout.trim();
    token = cli(['snapshot', '--profile', FIXTURE, '--key', 'key.json', '--token']).stdout.trim();
    write('link.txt', `${link}\n`);
    write('token.txt', `${token}\n`);
    const { d: _d, ...publicJwk } = JSON.parse(readFileSync(path('key.json'), 'utf8'));
    write('public.json', JSON.stringify(publicJwk));
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe('keygen', () => {
    it('writes a private P-256 JWK, readable only by its owner, and tells DID and fingerprint', () => {
      const jwk = JSON.parse(readFileSync(path('key.json'), 'utf8'));
      expect(parsePrivateJwk(jwk).ok).toBe(true);
      if (process.platform !== 'win32') expect(statSync(path('key.json')).mode & 0o777).toBe(0o600);
      expect(fingerprint).toMatch(/^[A-Z2-7]{5}-[A-Z2-7]{5}$/);
      expect(parseDidJwk(holder)).toEqual({
        ok: true,
        value: { crv: 'P-256', kty: 'EC', x: jwk.x, y: jwk.y },
      });
    });

    it('does not replace an existing key without --force', () => {
      const before = readFileSync(path('key.json'), 'utf8');
      const again = cli(['keygen', '--out', 'key.json']);
      expect(again.status).toBe(2);
      expect(again.stderr).toContain('--force');
      expect(readFileSync(path('key.json'), 'utf8')).toBe(before);
    });

    it('prints the key to standard output without --out', () => {
      const printed = cli(['keygen']);
      expect(printed.status).toBe(0);
      expect(parsePrivateJwk(JSON.parse(printed.stdout)).ok).toBe(true);
    });
  });

  describe('snapshot', () => {
    it('prints a link with the base URL, the token with --token, the fragment without a base URL', () => {
      expect(link).toMatch(/^https:\/\/kompetenspass\.example\/#s1\.[A-Za-z0-9_-]+$/);
      expect(token).toMatch(/^eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
      const bare = cli(['snapshot', '--profile', FIXTURE, '--key', 'key.json']);
      expect(bare.status).toBe(0);
      expect(bare.stdout.trim()).toMatch(/^#s1\./);
      expect(bare.stderr).toContain('--base-url');
    });

    it('leaves out contact details unless --include-contact, and shares only --sections', () => {
      const profile = typicalProfile();
      const json = (run: Run) => JSON.parse(cli(['verify', run.stdout.trim(), '--json']).stdout);
      expect(json({ status: 0, stdout: link, stderr: '' }).profile).toEqual(
        applySelection(profile, defaultSelection(profile)),
      );
      const all = cli(['snapshot', '--profile', FIXTURE, '--key', 'key.json', '--include-contact']);
      expect(json(all).profile).toEqual(applySelection(profile, fullSelection(profile)));
      const some = cli([
        'snapshot',
        '--profile',
        FIXTURE,
        '--key',
        'key.json',
        '--sections',
        'person,skills',
      ]);
      expect(Object.keys(json(some).profile)).toEqual(['v', 'lang', 'person', 'skills']);
    });

    it('carries an endorsement made by `endorse`, trusted with --trust', () => {
      expect(cli(['keygen', '--out', 'org.json']).status).toBe(0);
      const endorsed = cli([
        'endorse',
        '--key',
        'org.json',
        '--name',
        'Café Mötesstugan',
        '--holder',
        holder,
        '--section',
        'skills',
        '--entry-id',
        's4',
        '--profile',
        FIXTURE,
      ]);
      expect(endorsed.status).toBe(0);
      write('endorsement.jws', endorsed.stdout);
      const org = JSON.parse(readFileSync(path('org.json'), 'utf8'));
      const orgDid = `did:jwk:${Buffer.from(JSON.stringify({ crv: 'P-256', kty: 'EC', x: org.x, y: org.y })).toString('base64url')}`;
      write(
        'org-trust.json',
        JSON.stringify({ name: 'Test', issuers: [{ did: orgDid, name: 'Café Mötesstugan AB' }] }),
      );
      const made = cli([
        'snapshot',
        '--profile',
        FIXTURE,
        '--key',
        'key.json',
        '--endorsement',
        'endorsement.jws',
      ]);
      expect(made.status).toBe(0);
      const trusted = cli(['verify', made.stdout.trim(), '--trust', 'org-trust.json', '--json']);
      expect(trusted.status).toBe(0);
      expect(JSON.parse(trusted.stdout).endorsements).toMatchObject([
        { status: 'trusted', section: 'skills', inProfile: 'same' },
      ]);
      const text = cli(['verify', made.stdout.trim()]);
      expect(text.stdout).toContain('unknown organisation: not on your trust list');
      expect(text.stdout).toMatch(/^ +calls itself +"Café Mötesstugan"$/m);
      const trustedText = cli(['verify', made.stdout.trim(), '--trust', 'org-trust.json']);
      expect(trustedText.stdout).toContain(
        'trusted: your trust list names this organisation "Café Mötesstugan AB"',
      );
    });
  });

  describe('the core from Node, as a case system imports it', () => {
    it("verifies through the package's export `kompetenspass/core`, without a browser", () => {
      const script = [
        "const { verifySnapshot } = await import('kompetenspass/core');",
        'const result = await verifySnapshot(process.argv[1]);',
        'console.log(JSON.stringify({ ok: result.ok, fingerprint: result.fingerprint }));',
      ].join('\n');
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, link], {
        cwd: REPO,
        encoding: 'utf8',
      });
      expect(JSON.parse(out)).toEqual({ ok: true, fingerprint });
    });
  });

  describe('verify', () => {
    const expectValidText = (run: Run) => {
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^VALID: /);
      expect(run.stdout).toContain(fingerprint);
      expect(run.stdout).toContain('skills (10 entries)');
      expect(run.stdout).toContain('Stated by the person (not checked):');
      expect(run.stderr).toBe('');
    };

    it('accepts the link, the fragment, the token, a file and standard input', () => {
      expectValidText(cli(['verify', link]));
      expectValidText(cli(['verify', link.slice(link.indexOf('#'))]));
      expectValidText(cli(['verify', link.slice(link.indexOf('#') + 1)]));
      expectValidText(cli(['verify', token]));
      expectValidText(cli(['verify', 'link.txt']));
      expectValidText(cli(['verify', 'token.txt']));
      expectValidText(cli(['verify', '-'], `${link}\n`));
      expectValidText(cli(['verify', '-'], token));
    });

    it('--json prints the shape of DESIGN.md, then jti, for, lang and problems', () => {
      const run = cli(['verify', link, '--json']);
      expect(run.status).toBe(0);
      const json = JSON.parse(run.stdout);
      expect(Object.keys(json)).toEqual([
        'status',
        'reasons',
        'holder',
        'fingerprint',
        'issuedAt',
        'expiresAt',
        'endorsements',
        'profile',
        'jti',
        'for',
        'lang',
        'problems',
      ]);
      expect(json).toMatchObject({ status: 'valid', reasons: [], holder, fingerprint, endorsements: [] });
      expect(json.jti).toMatch(/^[A-Za-z0-9_-]{22,}$/);
      expect(json.problems).toEqual([]);
      expect(Date.parse(json.expiresAt) - Date.parse(json.issuedAt)).toBe(7 * 86_400_000);
      expect(json.issuedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
      expect(json.profile.person.givenName).toBe('Samira');
    });

    it('a tampered link exits 1 and says why', async () => {
      const decoded = await decodeShareLink(link);
      if (!decoded.ok) throw new Error(decoded.reason);
      const { parts } = decoded.value;
      const payload = new TextEncoder().encode(
        new TextDecoder().decode(parts.payload).replace('Samira', 'Samirb'),
      );
      const tampered = `${BASE_URL}#${await encodeShareLink({ ...parts, payload })}`;
      const text = cli(['verify', tampered]);
      expect(text.status).toBe(1);
      expect(text.stdout).toMatch(/^NOT VALID: /);
      expect(text.stdout).toContain('(bad_signature)');
      expect(text.stdout).not.toContain('Samirb');
      const json = JSON.parse(cli(['verify', tampered, '--json']).stdout);
      expect(json).toEqual({
        status: 'invalid',
        reasons: ['bad_signature'],
        holder: null,
        fingerprint: null,
        issuedAt: null,
        expiresAt: null,
        endorsements: [],
        profile: null,
        jti: null,
        for: null,
        lang: null,
        problems: [],
      });
      // One changed character in the middle of the link: some reason, never valid.
      const at = Math.floor(link.length / 2);
      const changed = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
      const run = cli(['verify', changed]);
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/reason {14}.+\([a-z_0-9]+\)/);
    });

    it('--now past the expiry exits 1 "expired", before the issue time "not yet valid"', () => {
      const expired = cli(['verify', link, '--now', '2100-01-01T00:00:00Z']);
      expect(expired.status).toBe(1);
      expect(expired.stdout).toMatch(/^EXPIRED: /);
      expect(expired.stdout).toContain('(expired)');
      expect(expired.stdout).toContain(fingerprint);
      const json = JSON.parse(cli(['verify', link, '--now', '2100-01-01', '--json']).stdout);
      expect(json).toMatchObject({
        status: 'expired',
        reasons: ['expired'],
        holder,
        fingerprint,
        profile: null,
      });
      const early = cli(['verify', link, '--now', '2000-01-01']);
      expect(early.status).toBe(1);
      expect(early.stdout).toContain('(not_yet_valid)');
    });

    it('bad input that is not a snapshot exits 1 with a reason', () => {
      write('garbage.txt', 'hello world\n');
      for (const run of [
        cli(['verify', 'garbage.txt']),
        cli(['verify', '-'], ''),
        cli(['verify', '#s1.%%%']),
      ]) {
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/^NOT VALID: /);
      }
    });
  });

  describe('bounded input', () => {
    it('a file or standard input larger than any snapshot is "too_large" without reading it all', () => {
      write('huge.txt', `${link}${' '.repeat(1_100_000)}`);
      const file = cli(['verify', 'huge.txt', '--json']);
      expect(file.status).toBe(1);
      expect(JSON.parse(file.stdout).reasons).toEqual(['too_large']);
      const piped = cli(['verify', '-'], 'A'.repeat(2_000_000));
      expect(piped.status).toBe(1);
      expect(piped.stdout).toMatch(/^NOT VALID: /);
      expect(piped.stdout).toContain('(too_large)');
      // Below the byte bound, the characters are counted as FORMAT.md §7 step 1 says.
      const counted = cli(['verify', '-', '--json'], `#s1.${'A'.repeat(400_000)}`);
      expect(JSON.parse(counted.stdout).reasons).toEqual(['too_large']);
    });

    it('refuses a profile, key or trust list file larger than its kind can be, before reading it', () => {
      write('big.json', `{"a":"${'x'.repeat(17 * 1024 * 1024)}"}`);
      for (const [args, message] of [
        [
          ['snapshot', '--profile', 'big.json', '--key', 'key.json'],
          'the profile file big.json is larger than',
        ],
        [['snapshot', '--profile', FIXTURE, '--key', 'big.json'], 'the key file big.json is larger than'],
        [['verify', link, '--trust', 'big.json'], 'the trust list file big.json is larger than'],
      ] as const) {
        const run = cli([...args]);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain(message);
      }
    });
  });

  describe('author text in the output', () => {
    it('--json escapes C1 and direction controls that JSON.stringify leaves raw', () => {
      const vector = vectorFile().vectors.find((v) => v.name === 'direction-controls-allowed')!;
      const run = cli(['verify', '-', '--json', '--now', vector.now], vector.input);
      expect(run.status).toBe(0);
      expect(run.stdout).not.toMatch(/[\u0080-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
      expect(run.stdout).toContain('Samira\\u2069\\u202e');
      const json = JSON.parse(run.stdout);
      expect(json.profile.person.givenName).toBe('Samira\u2069\u202e');
      const text = cli(['verify', '-', '--now', vector.now], vector.input);
      expect(text.stdout).toContain('name                "Samira\\u{2069}\\u{202E} Haddad"');
    });

    it('endorse refuses an address with user info and a name with a line break', () => {
      const base = ['endorse', '--key', 'key.json', '--holder', holder, '--section', 'skills'];
      const entry = ['--entry-id', 's4', '--profile', FIXTURE];
      for (const extra of [
        ['--name', 'Café', '--url', 'https://arbetsformedlingen.se@evil.example/'],
        ['--name', 'Café\nTrusted'],
        ['--name', 'Café', '--statement', 'ok\u001b[2K'],
      ]) {
        const run = cli([...base, ...extra, ...entry]);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('--name, --url or --statement');
      }
    });
  });

  describe('usage and I/O errors exit 2 with one message and no stack trace', () => {
    const snap = ['snapshot', '--profile', FIXTURE, '--key', 'key.json'];
    it.each([
      ['no command', [], 'kompetenspass verify <link'],
      ['an unknown command', ['frobnicate'], 'unknown command "frobnicate"'],
      ['an unknown flag (verify)', ['verify', 'link.txt', '--bogus'], "Unknown option '--bogus'"],
      ['an unknown flag (snapshot)', [...snap, '--bogus'], "Unknown option '--bogus'"],
      ['an unknown flag (keygen)', ['keygen', '--bogus'], "Unknown option '--bogus'"],
      ['verify without input', ['verify'], 'verify takes one link'],
      ['verify with two inputs', ['verify', 'link.txt', 'token.txt'], 'verify takes one link'],
      ['a missing file', ['verify', 'missing.txt'], 'missing.txt is neither a file nor a link'],
      ['a directory', ['verify', '.'], '. is neither a file nor a link'],
      ['a bad --now', ['verify', 'link.txt', '--now', 'yesterday'], '--now yesterday: not an ISO-8601'],
      [
        'a --now that is no calendar day',
        ['verify', 'link.txt', '--now', '2026-02-30'],
        '--now 2026-02-30: not',
      ],
      ['a --now in month 13', ['verify', 'link.txt', '--now', '2026-13-01'], '--now 2026-13-01: not'],
      [
        'a --now without a time zone',
        ['verify', 'link.txt', '--now', '2026-03-01T09:00:00'],
        '--now 2026-03-01T09:00:00: not',
      ],
      ['--now without a value', ['verify', 'link.txt', '--now'], '--now'],
      [
        'a missing trust list',
        ['verify', 'link.txt', '--trust', 'no.json'],
        'cannot read the trust list file',
      ],
      [
        'a bad trust list',
        ['verify', 'link.txt', '--trust', 'link.txt'],
        'link.txt is not a valid trust list',
      ],
      [
        'a missing profile',
        ['snapshot', '--profile', 'no.json', '--key', 'key.json'],
        'cannot read the profile',
      ],
      ['no --profile', ['snapshot', '--key', 'key.json'], '--profile is required'],
      ['a profile that is not JSON', ['snapshot', '--profile', 'link.txt', '--key', 'key.json'], 'not_json'],
      ['a missing key', ['snapshot', '--profile', FIXTURE, '--key', 'no.json'], 'cannot read the key file'],
      ['a key that is not JSON', ['snapshot', '--profile', FIXTURE, '--key', 'link.txt'], 'is not JSON'],
      [
        'a public key only',
        ['snapshot', '--profile', FIXTURE, '--key', 'public.json'],
        'not a private P-256 JWK',
      ],
      ['an unknown section', [...snap, '--sections', 'person,hobbies'], 'unknown section hobbies'],
      ['--expires 400d', [...snap, '--expires', '400d'], 'at most 366 days'],
      ['--expires 0d', [...snap, '--expires', '0d'], '--expires must lie in the future'],
      ['--expires in the past', [...snap, '--expires', '2020-01-01'], '--expires must lie in the future'],
      ['--expires soon', [...snap, '--expires', 'soon'], '--expires soon: use e.g.'],
      [
        '--expires on no calendar day',
        [...snap, '--expires', '2099-02-30'],
        '--expires 2099-02-30: use e.g.',
      ],
      ['a bad --lang', [...snap, '--lang', 'svenska!'], '--lang'],
      [
        'a missing endorsement file',
        [...snap, '--endorsement', 'no.jws'],
        'cannot read the endorsement file',
      ],
      [
        'endorse with a bad holder',
        [
          'endorse',
          '--key',
          'key.json',
          '--name',
          'X',
          '--holder',
          'did:x',
          '--section',
          'skills',
          '--entry-id',
          's1',
          '--profile',
          FIXTURE,
        ],
        '--holder is not a P-256 did:jwk',
      ],
    ])('%s', (_name, args, message) => {
      const run = cli(args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^kompetenspass/);
      expect(run.stderr).toContain(message);
    });
  });
});
