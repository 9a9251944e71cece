import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.ts';
import { run } from '../../src/cli/main.ts';

const FIXTURE = new URL('../../../shared/fixtures/typical-profile.json', import.meta.url).pathname;
const VECTORS = JSON.parse(readFileSync(new URL('../vectors/backup-v1.json', import.meta.url), 'utf8')) as {
  vectors: { name: string; secret: string; file: string; expect: { ok: boolean; contents?: unknown } }[];
};
const vector = (name: string) => VECTORS.vectors.find((v) => v.name === name)!;

let dir = '';
const path = (name: string) => join(dir, name);

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), readStdin: async () => '' };
  const status = await run(args, io);
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** `backup create` of the typical profile with the test's key, and the given options. */
const create = (options: string[]) =>
  cli(['backup', 'create', '--profile', FIXTURE, '--key', path('key.json'), ...options]);

describe('kompetenspass backup', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kompetenspass-backup-'));
    writeFileSync(path('full.txt'), vector('code-full').file);
    writeFileSync(path('code.txt'), `${vector('code-full').secret}\n`);
    writeFileSync(path('wrong.txt'), '00000 00000 00000 00000 00000 00000\n');
    writeFileSync(path('truncated.txt'), vector('truncated').file);
    writeFileSync(path('pass.txt'), 'Korrekt häst batteri häftklammer\n');
    expect((await cli(['keygen', '--out', path('key.json')])).status).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('open prints what a backup holds as JSON', async () => {
    const result = await cli(['backup', 'open', path('full.txt'), '--code-file', path('code.txt')]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(vector('code-full').expect.contents);
  });

  it.each([
    ['a wrong code', 'full.txt', 'wrong.txt', /wrong backup code or passphrase \(wrong_secret\)/],
    ['a cut file', 'truncated.txt', 'code.txt', /cut short: its end line is missing \(truncated\)/],
    ['another kind of file', 'code.txt', 'code.txt', /not a Kompetenspass backup/],
  ])('open refuses %s with exit status 1', async (_name, file, secret, message) => {
    const result = await cli(['backup', 'open', path(file), '--code-file', path(secret)]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('create makes a backup that the app and open can read, with a new code written to a file', async () => {
    const created = await cli([
      'backup',
      'create',
      '--profile',
      FIXTURE,
      '--key',
      path('key.json'),
      '--new-code-file',
      path('new-code.txt'),
      '--out',
      path('made.txt'),
    ]);
    expect(created.status).toBe(0);
    expect(statSync(path('made.txt')).mode & 0o777).toBe(0o600);
    expect(readFileSync(path('new-code.txt'), 'utf8')).toMatch(/^(\d{5} ){5}\d{5}\n$/);
    const opened = await cli(['backup', 'open', path('made.txt'), '--code-file', path('new-code.txt')]);
    expect(opened.status).toBe(0);
    const contents = JSON.parse(opened.stdout);
    expect(contents.tables.profile[0].profile).toEqual(JSON.parse(readFileSync(FIXTURE, 'utf8')));
    expect(contents.tables.keys[0].privateJwk).toEqual(JSON.parse(readFileSync(path('key.json'), 'utf8')));
    expect(created.stderr).toContain(contents.tables.keys[0].fingerprint);
  });

  it('create with a passphrase file, and never over an existing file without --force', async () => {
    const args = ['--passphrase-file', path('pass.txt'), '--out', path('pass-backup.txt')];
    expect((await create(args)).status).toBe(0);
    const again = await create(args);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('--force');
    const opened = await cli([
      'backup',
      'open',
      path('pass-backup.txt'),
      '--passphrase-file',
      path('pass.txt'),
    ]);
    expect(opened.status).toBe(0);
  });

  it('refuses a weak passphrase and a missing secret as usage errors', async () => {
    writeFileSync(path('weak.txt'), 'hemligt\n');
    const weak = await create(['--passphrase-file', path('weak.txt'), '--out', path('weak-backup.txt')]);
    expect(weak.status).toBe(2);
    expect(weak.stderr).toContain('too short');
    const none = await cli(['backup', 'open', path('full.txt')]);
    expect(none.status).toBe(2);
    expect((await cli(['backup', 'frobnicate'])).status).toBe(2);
  });
});
