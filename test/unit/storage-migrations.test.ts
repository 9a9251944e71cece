/**
 * The migration harness: each schema version is opened, filled with what that version wrote,
 * closed and reopened with every later version, so that an upgrade is tested against real data
 * of the previous schema. A new version adds its own case below next to the rehearsal.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/core/index.ts';
import { KompetenspassDb } from '../../src/storage/db.ts';
import { SCHEMA_VERSIONS, type SchemaVersion } from '../../src/storage/schema.ts';
import { typicalProfile } from './support.ts';

let counter = 0;
const opened: Dexie[] = [];

function freshName(): string {
  counter += 1;
  return `migration-test-${counter}`;
}

async function openAt(name: string, versions: readonly SchemaVersion[]): Promise<KompetenspassDb> {
  const db = new KompetenspassDb(name, versions);
  opened.push(db);
  await db.open();
  return db;
}

async function writeVersion1Data(db: KompetenspassDb): Promise<void> {
  await db.profile.put({ id: 'current', profile: typicalProfile(), updatedAt: 1_700_000_000_000 });
  await db.settings.put({ key: 'persistAsked', value: true });
  await db.shares.put({
    jti: 'j1',
    createdAt: 1,
    expiresAt: 2,
    lang: 'sv',
    summary: { sections: ['work'], entries: 1, personFields: [] },
    link: 'https://example.test/#s1.x',
  });
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('schema versions', () => {
  it('are numbered upwards without gaps, starting at 1', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  it('never change a primary key (Dexie cannot migrate one)', () => {
    const firstKey = new Map<string, string>();
    for (const { stores } of SCHEMA_VERSIONS) {
      for (const [table, spec] of Object.entries(stores)) {
        if (spec === null) continue;
        const primary = spec.split(',')[0]!.trim();
        expect(firstKey.get(table) ?? primary, `primary key of ${table}`).toBe(primary);
        firstKey.set(table, primary);
      }
    }
  });

  it.each(SCHEMA_VERSIONS.map((v, i) => [v.version, i] as const))(
    'data written at version %i survives the upgrade to the latest version',
    async (_version, index) => {
      const name = freshName();
      const old = await openAt(name, SCHEMA_VERSIONS.slice(0, index + 1));
      await writeVersion1Data(old);
      old.close();
      const latest = await openAt(name, SCHEMA_VERSIONS);
      expect(latest.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
      const record = await latest.profile.get('current');
      expect(parseProfile(record?.profile).ok).toBe(true);
      expect(record?.profile).toEqual(typicalProfile());
      expect(await latest.settings.get('persistAsked')).toEqual({ key: 'persistAsked', value: true });
      expect(await latest.shares.count()).toBe(1);
    },
  );

  it('rehearses the next version: a new table and an upgrade that rewrites profile records', async () => {
    const name = freshName();
    const current = await openAt(name, SCHEMA_VERSIONS);
    await writeVersion1Data(current);
    current.close();

    const latest = SCHEMA_VERSIONS.at(-1)!.version;
    const rehearsal: SchemaVersion = {
      version: latest + 1,
      stores: { backups: 'id, createdAt' },
      upgrade: async (tx) => {
        await tx
          .table('profile')
          .toCollection()
          .modify((row: { profile: { person: { givenName: string } } }) => {
            row.profile.person.givenName = row.profile.person.givenName.toUpperCase();
          });
      },
    };
    const next = await openAt(name, [...SCHEMA_VERSIONS, rehearsal]);
    expect(next.verno).toBe(latest + 1);
    expect(next.tables.map((t) => t.name)).toContain('backups');
    const record = await next.profile.get('current');
    expect(record?.profile.person.givenName).toBe(typicalProfile().person.givenName.toUpperCase());
    expect(await next.shares.count()).toBe(1);
  });

  it('an older app opening a database a newer app upgraded keeps the data as it is', async () => {
    // Dexie 4 opens a database of a higher version instead of failing: the older app must
    // still read it, and must not rewrite it.
    const name = freshName();
    const latest = SCHEMA_VERSIONS.at(-1)!.version;
    const newer = await openAt(name, [...SCHEMA_VERSIONS, { version: latest + 5, stores: {} }]);
    await writeVersion1Data(newer);
    newer.close();
    const older = await openAt(name, SCHEMA_VERSIONS);
    expect((await older.profile.get('current'))?.profile).toEqual(typicalProfile());
    older.close();
    const again = await openAt(name, [...SCHEMA_VERSIONS, { version: latest + 5, stores: {} }]);
    expect(again.verno).toBe(latest + 5);
  });
});
