/**
 * test/vectors/backup-v1.json is a record of files that this version wrote: every later version
 * must still open them (a backup made by an earlier version restores), and so must any other
 * implementation of docs/FORMAT.md §12.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_OPEN_REASONS,
  type BackupContents,
  deriveKeyMaterial,
  openBackup,
  readBackupFile,
  verifyEndorsement,
} from '../../src/core/index.ts';
import { rememberingDerive, TEST_KEYS } from './support.ts';

interface BackupVectorFile {
  example: {
    secretBytes: string;
    salt: string;
    kdf: { N: number; r: number; p: number };
    derived: string;
    headerHex: string;
  };
  vectors: {
    name: string;
    secret: string;
    file: string;
    expect: { ok: true; contents: BackupContents } | { ok: false; reason: string };
  }[];
}

const file: BackupVectorFile = JSON.parse(
  readFileSync(new URL('../vectors/backup-v1.json', import.meta.url), 'utf8'),
);
const derive = rememberingDerive();

describe('backup vectors', () => {
  it.each(file.vectors.map((v) => [v.name, v] as const))('%s', async (_name, vector) => {
    const opened = await openBackup(vector.file, vector.secret, { derive });
    if (vector.expect.ok) {
      expect(opened.ok).toBe(true);
      expect(opened.ok && opened.value.contents).toEqual(vector.expect.contents);
    } else expect(opened).toEqual({ ok: false, reason: vector.expect.reason });
  });

  it('cover the refusals a person can meet', () => {
    const reasons = new Set(file.vectors.flatMap((v) => (v.expect.ok ? [] : [v.expect.reason])));
    for (const reason of [
      'not_a_backup',
      'truncated',
      'damaged',
      'newer_version',
      'wrong_secret',
      'unsupported_parameters',
    ])
      expect(reasons, reason).toContain(reason);
    for (const reason of reasons) expect(BACKUP_OPEN_REASONS).toContain(reason);
  });

  it('spell out scrypt and the header byte for byte', async () => {
    const { example } = file;
    const salt = Buffer.from(example.salt, 'hex');
    const derived = await deriveKeyMaterial(new TextEncoder().encode(example.secretBytes), salt, {
      logN: Math.log2(example.kdf.N),
      r: example.kdf.r,
      p: example.kdf.p,
    });
    expect(Buffer.from(derived).toString('hex')).toBe(example.derived);
    const container = readBackupFile(file.vectors[0]!.file);
    expect(container.ok && Buffer.from(container.value.headerBytes).toString('hex')).toBe(example.headerHex);
  });

  it("keep a received endorsement valid and bound to the holder's key", async () => {
    const vector = file.vectors.find((v) => v.name === 'code-full')!;
    const opened = await openBackup(vector.file, vector.secret, { derive });
    if (!opened.ok) throw new Error(opened.reason);
    const [record] = opened.value.contents.tables.endorsements;
    const verified = await verifyEndorsement(record!.token, {
      holder: TEST_KEYS.holder.did,
      now: new Date('2026-03-02T09:00:00Z'),
    });
    expect(verified).toMatchObject({ status: 'valid_unknown_issuer', section: 'skills', jti: record!.jti });
  });
});
