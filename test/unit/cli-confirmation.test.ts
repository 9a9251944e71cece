/** `kompetenspass endorse --request` and `kompetenspass trust`: exit codes, bounded input, the files they write. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReply, type Profile, parseTrustListJson } from '../../src/core/index.ts';
import { TEST_KEYS } from './support.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(REPO, 'bin', 'kompetenspass.mjs');
const STACK_LINE = /^ {4}at /m;
const vectors = JSON.parse(readFileSync(join(REPO, 'test/vectors/confirmation-v1.json'), 'utf8')) as {
  now: string;
  holder: string;
  profile: Profile;
  vectors: { name: string; input: string }[];
};
const input = (name: string) => vectors.vectors.find((vector) => vector.name === name)!.input;

let dir = '';
const env = { ...process.env };
delete env.KOMPETENSPASS_BASE_URL;
const path = (name: string) => join(dir, name);
const write = (name: string, text: string) => writeFileSync(path(name), text);

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env, encoding: 'utf8' });
  expect(`${result.stdout}\n${result.stderr}`).not.toMatch(STACK_LINE);
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kompetenspass-cli-confirm-'));
  write('org.jwk', JSON.stringify(TEST_KEYS.org.privateJwk));
  write('request.txt', input('request-valid'));
  write('entry.txt', input('organisation-valid'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('endorse --request', () => {
  const sign = (request: string, ...more: string[]) =>
    cli([
      'endorse',
      '--request',
      request,
      '--key',
      'org.jwk',
      '--name',
      'Café Nova AB',
      '--now',
      vectors.now,
      ...more,
    ]);

  it('signs exactly the requested entry for the requesting key, and prints a reply the holder keeps', async () => {
    const run = sign(
      'request.txt',
      '--statement',
      'Arbetade hos oss.',
      '--expires',
      '365d',
      '--base-url',
      'https://k.example/',
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^https:\/\/k\.example\/#e1\.[\w-]+$/);
    expect(run.stderr).toContain('"Kock och kassa i familjens restaurang"');
    expect(run.stderr).toContain(TEST_KEYS.holder.fingerprint);
    const kept = await checkReply(run.stdout, {
      holder: vectors.holder,
      profile: vectors.profile,
      now: new Date(vectors.now),
    });
    expect(kept.ok && kept.value.endorsement).toMatchObject({
      statement: 'Arbetade hos oss.',
      inProfile: 'same',
    });
  });

  it('takes the link itself too, and prints the token with --token', () => {
    const run = sign(input('request-valid'), '--token');
    expect(run.status).toBe(0);
    expect(run.stdout.split('.')).toHaveLength(3);
  });

  it.each([
    ['request-expired', 'expired'],
    ['request-bad-signature', 'bad_signature'],
    ['request-cut', 'bad_deflate'],
    ['request-wrong-kind', 'wrong_kind'],
  ])('refuses %s with exit status 1 and its reason, printing nothing', (name, reason) => {
    const run = sign(input(name));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`(${reason})`);
  });

  it('is a usage error to name the holder or entry as well', () => {
    const run = sign('request.txt', '--section', 'work');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--section cannot be used with --request');
    expect(cli(['endorse', '--request', 'request.txt', '--name', 'X']).status).toBe(2);
  });

  it('reads a request file only up to its bound', () => {
    write('huge.txt', 'q'.repeat(70_000));
    const run = sign('huge.txt');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('larger than');
  });
});

describe('trust add | remove | list', () => {
  const list = () => parseTrustListJson(readFileSync(path('trust.json'), 'utf8'));
  const issuers = () => {
    const read = list();
    return read.ok ? read.value.issuers : [];
  };

  it('makes a list from an exported entry, replaces by DID, removes, and keeps verify --trust able to read it', () => {
    expect(existsSync(path('trust.json'))).toBe(false);
    const added = cli([
      'trust',
      'add',
      '--list',
      'trust.json',
      '--entry',
      'entry.txt',
      '--list-name',
      'Desk',
    ]);
    expect(added.status).toBe(0);
    expect(added.stderr).toContain(TEST_KEYS.org.fingerprint);
    expect(list()).toEqual({
      ok: true,
      value: {
        name: 'Desk',
        issuers: [{ did: TEST_KEYS.org.did, name: 'Café Nova AB', url: 'https://cafenova.example/' }],
      },
    });
    expect(
      cli(['trust', 'add', '--list', 'trust.json', '--did', TEST_KEYS.other.did, '--name', 'Komvux']).status,
    ).toBe(0);
    expect(
      cli([
        'trust',
        'add',
        '--list',
        'trust.json',
        '--entry',
        input('organisation-valid'),
        '--name',
        'Café Nova',
      ]).status,
    ).toBe(0);
    expect(issuers().map((issuer) => issuer.name)).toEqual(['Café Nova', 'Komvux']);
    const shown = cli(['trust', 'list', '--list', 'trust.json']);
    expect(shown.stdout).toContain('name "Komvux"');
    expect(JSON.parse(cli(['trust', 'list', '--list', 'trust.json', '--json']).stdout).issuers).toHaveLength(
      2,
    );
    expect(cli(['trust', 'remove', '--list', 'trust.json', '--did', TEST_KEYS.other.did]).status).toBe(0);
    const again = cli(['trust', 'remove', '--list', 'trust.json', '--did', TEST_KEYS.other.did]);
    expect(again.status).toBe(1);
    expect(issuers()).toHaveLength(1);
  });

  it('refuses bad input with the exit status of its kind and leaves the file as it was', () => {
    const before = readFileSync(path('trust.json'), 'utf8');
    expect(
      cli(['trust', 'add', '--list', 'trust.json', '--entry', input('organisation-bad-did')]).status,
    ).toBe(1);
    expect(cli(['trust', 'add', '--list', 'trust.json', '--did', 'did:jwk:x', '--name', 'X']).status).toBe(2);
    expect(
      cli(['trust', 'add', '--list', 'trust.json', '--did', TEST_KEYS.other.did, '--name', 'A\u001b[2JB'])
        .status,
    ).toBe(2);
    expect(cli(['trust', 'add', '--list', 'trust.json']).status).toBe(2);
    expect(cli(['trust', 'frobnicate', '--list', 'trust.json']).status).toBe(2);
    expect(readFileSync(path('trust.json'), 'utf8')).toBe(before);
    write('broken.json', '{"name":"x","issuers":[{"did":"nope","name":"y"}]}');
    const broken = cli(['trust', 'list', '--list', 'broken.json']);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('issuers.0.did');
    expect(cli(['trust', 'list', '--list', 'missing.json']).status).toBe(2);
  });
});
