import 'fake-indexeddb/auto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  BACKUP_TABLE_NAMES,
  type BackupTables,
  createBackup,
  createEndorsement,
  didJwkFromPublicJwk,
  fingerprintOf,
  generateHolderKey,
  makeContents,
  openBackup,
  verifyEndorsement,
} from '../../src/core/index.ts';
import {
  isReminderDue,
  readBackupStatus,
  recordBackupMade,
  recordReminderShown,
  saveBackupCode,
  WEEK_MS,
} from '../../src/storage/backupStatus.ts';
import {
  CURRENT_SCHEMA,
  eraseAllTables,
  readAllTables,
  restoreTables,
} from '../../src/storage/backupStore.ts';
import { getDb } from '../../src/storage/db.ts';
import { ensureHolderKey } from '../../src/storage/keyStore.ts';
import { updateProfile } from '../../src/storage/profileStore.ts';
import { recordShare } from '../../src/storage/shareHistory.ts';
import { rememberingDerive, typicalProfile } from './support.ts';

const CODE = '271828182845904523536028747135';
const KDF = { logN: 14, r: 8, p: 1 };
const derive = rememberingDerive();
const NOW = new Date('2026-03-02T09:00:00Z');

function unwrap<T>(result: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

/** A device with every table filled the way the app fills it, and a real endorsement. */
async function fillDevice(): Promise<{ holder: string; endorsementToken: string }> {
  const profile = typicalProfile();
  unwrap(await updateProfile(() => profile));
  const key = unwrap(await ensureHolderKey());
  unwrap(
    await recordShare({
      jti: 'share-jti-000000001',
      createdAt: NOW.getTime() - 1000,
      expiresAt: NOW.getTime() + 7 * 86_400_000,
      recipient: 'Café Nova',
      lang: 'sv',
      summary: { sections: ['skills'], entries: 1, personFields: ['givenName'] },
      link: 'https://kompetenspass.example/#s1.AAAA',
    }),
  );
  unwrap(await saveBackupCode(CODE));
  const org = await generateHolderKey();
  const orgDid = didJwkFromPublicJwk(org.publicJwk);
  const skill = profile.skills[0]!;
  const endorsement = unwrap(
    await createEndorsement({
      privateJwk: org.privateJwk,
      issuerName: 'Komvux Eksjö',
      holder: key.did,
      section: 'skills',
      entry: skill,
      now: new Date(NOW.getTime() - 86_400_000),
    }),
  );
  const db = getDb();
  // Issue 7 owns how the app receives endorsements; the backup takes whatever rows there are.
  await db.endorsements.add({
    jti: endorsement.jti,
    token: endorsement.token,
    section: 'skills',
    entryId: skill.id,
    issuerDid: orgDid,
    receivedAt: NOW.getTime(),
  });
  await db.organisation.add({
    id: 'self',
    name: 'Komvux Eksjö',
    privateJwk: org.privateJwk,
    publicJwk: org.publicJwk,
    did: orgDid,
    fingerprint: await fingerprintOf(org.publicJwk),
    createdAt: NOW.getTime(),
  });
  await db.trust.add({ did: orgDid, name: 'Komvux Eksjö', addedAt: NOW.getTime() });
  return { holder: key.did, endorsementToken: endorsement.token };
}

beforeEach(async () => {
  const db = getDb();
  await Promise.all(db.tables.map((table) => table.clear()));
});

afterAll(() => getDb().close());

describe('backup of the device', () => {
  it('covers every table of the database, each with a parser', () => {
    expect([...BACKUP_TABLE_NAMES].sort()).toEqual(
      getDb()
        .tables.map((t) => t.name)
        .sort(),
    );
  });

  it('moves everything to an erased device: profile, key, history, endorsements, organisation, trust', async () => {
    const { holder, endorsementToken } = await fillDevice();
    const before = unwrap(await readAllTables());
    for (const table of BACKUP_TABLE_NAMES) expect(before[table].length, table).toBe(1);

    const made = await createBackup(
      makeContents(before, CURRENT_SCHEMA, NOW),
      { kind: 'code', code: CODE },
      {
        kdf: KDF,
        derive,
      },
    );
    const file = unwrap(made);
    unwrap(await eraseAllTables());
    for (const table of BACKUP_TABLE_NAMES) expect(await getDb().table(table).count(), table).toBe(0);

    const opened = unwrap(await openBackup(file, CODE, { derive }));
    unwrap(await restoreTables(opened.contents.tables, 'replace', NOW.getTime()));
    const after = unwrap(await readAllTables());
    expect({ ...after, settings: [] }).toEqual({ ...before, settings: [] });
    expect(after.settings).toEqual([...before.settings, { key: 'lastBackupAt', value: NOW.getTime() }]);

    // The same key, so the endorsement still binds and verifies.
    expect(after.keys[0]!.did).toBe(holder);
    const verified = await verifyEndorsement(after.endorsements[0]!.token, { holder, now: NOW });
    expect(verified).toMatchObject({ status: 'valid_unknown_issuer', section: 'skills' });
    expect(after.endorsements[0]!.token).toBe(endorsementToken);
  });

  it('keeps both sides on merge, and the backup key', async () => {
    await fillDevice();
    const backup = unwrap(await readAllTables());
    unwrap(await eraseAllTables());
    unwrap(await updateProfile((p) => ({ ...p, skills: [{ id: 'new-on-device', label: 'Svetsning' }] })));
    const deviceKey = unwrap(await ensureHolderKey());
    const report = unwrap(await restoreTables(backup, 'merge', NOW.getTime()));
    expect(report.keyReplaced).toBe(true);
    const after = unwrap(await readAllTables());
    const skills = after.profile[0]!.profile.skills.map((s) => s.id);
    expect(skills).toContain('new-on-device');
    for (const skill of backup.profile[0]!.profile.skills) expect(skills).toContain(skill.id);
    expect(after.keys[0]!.did).not.toBe(deviceKey.did);
    expect(after.keys).toEqual(backup.keys);
    expect(after.endorsements).toEqual(backup.endorsements);
  });

  it('leaves nothing half-done when a write fails in the middle of a restore', async () => {
    await fillDevice();
    const before = unwrap(await readAllTables());
    // A row without its primary key makes the last table's write fail after the others wrote.
    const broken = { ...before, profile: [], trust: [{ name: 'no key' }] } as unknown as BackupTables;
    const result = await restoreTables(broken, 'replace', NOW.getTime());
    expect(result).toMatchObject({ ok: false });
    expect(unwrap(await readAllTables())).toEqual(before);
  });

  it('refuses a merge that would break the profile bounds, and changes nothing', async () => {
    unwrap(
      await updateProfile((p) => ({
        ...p,
        skills: Array.from({ length: 60 }, (_, i) => ({ id: `d${i}`, label: `D ${i}` })),
      })),
    );
    const before = unwrap(await readAllTables());
    const incoming = structuredClone(before);
    incoming.profile[0]!.profile.skills = Array.from({ length: 60 }, (_, i) => ({
      id: `b${i}`,
      label: `B ${i}`,
    }));
    expect(await restoreTables(incoming, 'merge', NOW.getTime())).toEqual({
      ok: false,
      reason: 'merge_too_large',
    });
    expect(unwrap(await readAllTables())).toEqual(before);
  });

  it('erases everything, key included, in one step', async () => {
    await fillDevice();
    unwrap(await eraseAllTables());
    const after = unwrap(await readAllTables());
    for (const table of BACKUP_TABLE_NAMES) expect(after[table], table).toEqual([]);
  });
});

describe('last backup and reminders', () => {
  it('has nothing to remind of on an empty device', async () => {
    const status = unwrap(await readBackupStatus());
    expect(status).toEqual({ lastBackupAt: null, changedSince: false, hasData: false, reminderAt: null });
    expect(isReminderDue(status, Date.now())).toBe(false);
  });

  it('reminds after a change, at most once a week, and not after a backup', async () => {
    unwrap(await updateProfile((p) => ({ ...p, person: { ...p.person, givenName: 'Amal' } })));
    const now = Date.now();
    let status = unwrap(await readBackupStatus());
    expect(status).toMatchObject({ hasData: true, changedSince: true });
    expect(isReminderDue(status, now)).toBe(true);

    unwrap(await recordReminderShown(now));
    status = unwrap(await readBackupStatus());
    expect(isReminderDue(status, now + WEEK_MS - 1)).toBe(false);
    expect(isReminderDue(status, now + WEEK_MS)).toBe(true);

    unwrap(await recordBackupMade(Date.now() + 1));
    status = unwrap(await readBackupStatus());
    expect(status.changedSince).toBe(false);
    expect(isReminderDue(status, now + 2 * WEEK_MS)).toBe(false);
  });
});
