import { describe, expect, it } from 'vitest';
import {
  BACKUP_CODE_DIGITS,
  type BackupTables,
  checkPassphrase,
  createBackup,
  emptyTables,
  formatBackupCode,
  generateBackupCode,
  type KdfParams,
  keyIdentity,
  makeContents,
  mergeProfiles,
  mergeTables,
  normaliseBackupCode,
  openBackup,
  type PrivateJwk,
  readBackupFile,
  summariseTables,
} from '../../src/core/index.ts';
import { rememberingDerive, TEST_KEYS, typicalProfile } from './support.ts';

const FAST_KDF: KdfParams = { logN: 14, r: 8, p: 1 };
const CODE = '111112222233333444445555566666';
const derive = rememberingDerive();

const identity = async (privateJwk: PrivateJwk) => ({
  ...(await keyIdentity(privateJwk)),
  createdAt: 1_700_000_000_000,
});

async function typicalTables(): Promise<BackupTables> {
  return {
    ...emptyTables(),
    profile: [{ id: 'current', profile: typicalProfile(), updatedAt: 1_772_355_600_000 }],
    keys: [{ id: 'holder', ...(await identity(TEST_KEYS.holder.privateJwk)) }],
  };
}

async function make(tables: BackupTables, secret = CODE) {
  const made = await createBackup(
    makeContents(tables, 2),
    { kind: 'code', code: secret },
    { kdf: FAST_KDF, derive },
  );
  if (!made.ok) throw new Error(made.reason);
  return made.value;
}

describe('backup code', () => {
  it('has 30 digits, shown in six groups of five, and is different each time', () => {
    const codes = new Set(Array.from({ length: 50 }, generateBackupCode));
    expect(codes.size).toBe(50);
    for (const code of codes) expect(code).toMatch(new RegExp(`^\\d{${BACKUP_CODE_DIGITS}}$`));
    expect(formatBackupCode(CODE)).toBe('11111 22222 33333 44444 55555 66666');
  });

  it('uses every digit about equally often', () => {
    const counts = new Array(10).fill(0);
    for (let i = 0; i < 400; i++) for (const d of generateBackupCode()) counts[Number(d)] += 1;
    // 12,000 digits: 1,200 expected each; 5 standard deviations is about ±165.
    for (const count of counts) expect(Math.abs(count - 1200)).toBeLessThan(200);
  });

  it('reads a code typed with spaces, dashes, or Arabic-Indic and Persian digits', () => {
    expect(normaliseBackupCode('11111 22222-33333\u00a044444 55555 66666')).toEqual({
      ok: true,
      value: CODE,
    });
    expect(normaliseBackupCode('١١١١١٢٢٢٢٢٣٣٣٣٣٤٤٤٤٤٥٥٥٥٥٦٦٦٦٦')).toEqual({ ok: true, value: CODE });
    expect(normaliseBackupCode('۱۱۱۱۱ ۲۲۲۲۲ ۳۳۳۳۳ ۴۴۴۴۴ ۵۵۵۵۵ ۶۶۶۶۶')).toEqual({ ok: true, value: CODE });
  });

  it('refuses letters and a wrong number of digits', () => {
    expect(normaliseBackupCode('11111 22222 33333 44444 55555 6666O')).toEqual({
      ok: false,
      reason: 'code_not_digits',
    });
    expect(normaliseBackupCode(CODE.slice(1))).toEqual({ ok: false, reason: 'code_wrong_length' });
    expect(normaliseBackupCode(`${CODE}1`)).toEqual({ ok: false, reason: 'code_wrong_length' });
    expect(normaliseBackupCode('')).toEqual({ ok: false, reason: 'code_wrong_length' });
  });
});

describe('passphrase', () => {
  it.each([
    ['kort', 'passphrase_too_short'],
    ['lösenord123!', 'passphrase_too_simple'],
    ['aaaaaaaaaaaaaaaa', 'passphrase_too_simple'],
    ['123456789012345', 'passphrase_too_simple'],
    ['abcdefghijklmnop', 'passphrase_too_simple'],
    ['Password2024Password', 'passphrase_too_simple'],
    ['kompetenspass2026', 'passphrase_too_simple'],
  ])('refuses %j (%s)', (text, reason) => {
    expect(checkPassphrase(text)).toEqual({ ok: false, reason });
  });

  it.each([
    'Korrekt häst batteri häftklammer',
    'سميرة تحب الخبز في الصباح',
    'my grandmother baked in Aleppo',
  ])('accepts %j', (text) => {
    expect(checkPassphrase(text)).toEqual({ ok: true, value: text.normalize('NFC') });
  });

  it('treats the same letters typed in two Unicode forms as one passphrase', () => {
    const composed = 'Öppen dörr mot gården';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(checkPassphrase(decomposed)).toEqual(checkPassphrase(composed));
  });
});

describe('backup file', () => {
  it('restores exactly what was backed up, and says which secret it needs', async () => {
    const tables = await typicalTables();
    const text = await make(tables);
    expect(text.startsWith('-----BEGIN KOMPETENSPASS BACKUP-----\n')).toBe(true);
    expect(text.trimEnd().endsWith('-----END KOMPETENSPASS BACKUP-----')).toBe(true);
    expect(text.split('\n').every((line) => line.length <= 64 || line.startsWith('-----'))).toBe(true);
    const container = readBackupFile(text);
    expect(container.ok && container.value.header).toMatchObject({ secret: 'code', kdf: FAST_KDF });
    const opened = await openBackup(text, CODE, { derive });
    expect(opened.ok && opened.value.contents.tables).toEqual(tables);
  });

  it('holds no profile text, name or key in readable form', async () => {
    const text = await make(await typicalTables());
    const decoded = Buffer.from(text.split('\n').slice(1, -2).join(''), 'base64').toString('latin1');
    for (const secret of [
      typicalProfile().person.givenName,
      TEST_KEYS.holder.privateJwk.d,
      'skills',
      'holder',
    ])
      expect(decoded).not.toContain(secret);
  });

  it('is made with a fresh salt and nonce each time', async () => {
    const tables = await typicalTables();
    const a = readBackupFile(
      await createBackup(makeContents(tables, 2), { kind: 'code', code: CODE }, { kdf: FAST_KDF }).then(
        (r) => (r.ok ? r.value : ''),
      ),
    );
    const b = readBackupFile(
      await createBackup(makeContents(tables, 2), { kind: 'code', code: CODE }, { kdf: FAST_KDF }).then(
        (r) => (r.ok ? r.value : ''),
      ),
    );
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.value.header.salt).not.toEqual(b.value.header.salt);
    expect(a.value.header.nonce).not.toEqual(b.value.header.nonce);
  });

  it('refuses to make a backup with a weak passphrase or a malformed code', async () => {
    const contents = makeContents(await typicalTables(), 2);
    expect(await createBackup(contents, { kind: 'passphrase', passphrase: 'hemligt' })).toEqual({
      ok: false,
      reason: 'passphrase_too_short',
    });
    expect(await createBackup(contents, { kind: 'code', code: '12345' })).toEqual({
      ok: false,
      reason: 'code_wrong_length',
    });
  });

  it('refuses to make a backup it could not restore', async () => {
    const tables = await typicalTables();
    tables.keys[0] = { ...tables.keys[0]!, fingerprint: 'AAAAA-AAAAA' };
    expect(await createBackup(makeContents(tables, 2), { kind: 'code', code: CODE }, { derive })).toEqual({
      ok: false,
      reason: 'bad_contents',
    });
  });

  it.each([
    ['an empty file', '', 'not_a_backup'],
    ['a JSON profile', JSON.stringify(typicalProfile()), 'not_a_backup'],
    ['a PDF', '%PDF-1.7\n%âãÏÓ\n1 0 obj', 'not_a_backup'],
  ])('calls %s not a backup', (_name, text, reason) => {
    expect(readBackupFile(text)).toEqual({ ok: false, reason });
  });

  it('tells a cut file from a damaged one, and both from a wrong code', async () => {
    const text = await make(await typicalTables());
    expect(readBackupFile(text.slice(0, text.length / 2))).toEqual({ ok: false, reason: 'truncated' });
    const lines = text.split('\n');
    const withoutLine = [...lines.slice(0, 3), ...lines.slice(4)].join('\n');
    expect(await openBackup(withoutLine, CODE, { derive })).toEqual({ ok: false, reason: 'damaged' });
    expect(await openBackup(text, '999992222233333444445555566666', { derive })).toEqual({
      ok: false,
      reason: 'wrong_secret',
    });
  });

  it('opens a file that a mail program re-wrapped and framed with other text', async () => {
    const tables = await typicalTables();
    const text = await make(tables);
    const lines = text.trim().split('\n');
    const body = lines.slice(1, -1).join('');
    const rewrapped = `Hej!\r\n\r\n${lines[0]}\r\n${body.match(/.{1,76}/g)!.join('\r\n')}\r\n${lines.at(-1)}\r\n-- \r\nSkickat från min telefon`;
    const opened = await openBackup(rewrapped, CODE, { derive });
    expect(opened.ok && opened.value.contents.tables).toEqual(tables);
  });

  it('refuses a file larger than any real backup before reading it', () => {
    expect(readBackupFile('x'.repeat(8 * 1024 * 1024 + 1))).toEqual({ ok: false, reason: 'too_large' });
  });
});

describe('merge (keep both)', () => {
  const base = () => typicalProfile();

  it('keeps entries that exist on only one side and the newer version of the rest', () => {
    const older = base();
    const newer = base();
    newer.skills = [
      { ...older.skills[0]!, label: 'Bakning (ändrad)' },
      { id: 'only-newer', label: 'Svetsning' },
    ];
    older.skills.push({ id: 'only-older', label: 'Sömnad' });
    const merged = mergeProfiles(newer, older);
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    const ids = merged.value.profile.skills.map((s) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining(['only-newer', 'only-older', ...older.skills.map((s) => s.id)]),
    );
    expect(merged.value.profile.skills[0]!.label).toBe('Bakning (ändrad)');
    expect(merged.value.conflicts).toEqual([{ section: 'skills', id: older.skills[0]!.id }]);
  });

  it('keeps a name that one side had emptied, and unites wishes', () => {
    const older = base();
    const newer = { ...base(), person: { ...base().person, givenName: '' } };
    newer.wishes = { occupations: ['Kock'], workTime: 'part' };
    older.wishes = { occupations: ['Bagare', 'Kock'], regions: ['Eksjö'] };
    const merged = mergeProfiles(newer, older);
    expect(merged.ok && merged.value.profile.person.givenName).toBe(older.person.givenName);
    expect(merged.ok && merged.value.profile.wishes).toEqual({
      occupations: ['Kock', 'Bagare'],
      regions: ['Eksjö'],
      workTime: 'part',
    });
  });

  it('refuses, and changes nothing, when both sides together hold too many entries', () => {
    const older = base();
    const newer = base();
    older.skills = Array.from({ length: 60 }, (_, i) => ({ id: `o${i}`, label: `Äldre ${i}` }));
    newer.skills = Array.from({ length: 60 }, (_, i) => ({ id: `n${i}`, label: `Nyare ${i}` }));
    expect(mergeProfiles(newer, older)).toMatchObject({ ok: false, reason: 'merge_too_large' });
  });

  it("keeps the backup's key and says so when the device had another", async () => {
    const device = {
      ...emptyTables(),
      keys: [{ id: 'holder' as const, ...(await identity(TEST_KEYS.other.privateJwk)) }],
    };
    const backup = await typicalTables();
    const merged = mergeTables(device, backup);
    expect(merged.ok && merged.value.keyReplaced).toBe(true);
    expect(merged.ok && merged.value.tables.keys).toEqual(backup.keys);
    expect(merged.ok && mergeTables(backup, backup).ok && mergeTables(backup, backup)).toMatchObject({
      value: { keyReplaced: false },
    });
  });
});

describe('backup summary', () => {
  it('gives name, entry counts and fingerprint for the preview', async () => {
    const summary = summariseTables(await typicalTables());
    const profile = typicalProfile();
    expect(summary).toMatchObject({
      name: `${profile.person.givenName} ${profile.person.familyName}`,
      fingerprint: TEST_KEYS.holder.fingerprint,
      totalEntries:
        profile.languages.length +
        profile.education.length +
        profile.work.length +
        profile.skills.length +
        profile.licences.length,
      shares: 0,
      hasProfile: true,
    });
  });
});
