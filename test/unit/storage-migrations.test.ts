/**
 * The migration harness: for every schema version there is a fixture database with data
 * (test/fixtures/database/v<N>.json, the rows as that version wrote them). Each is written at
 * its version, closed and reopened with every later version, so that an upgrade is tested
 * against real data of each earlier schema. A new schema version adds its fixture.
 */
import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { checkTables, readContents } from '../../src/core/backup/contents.ts';
import { BACKUP_TABLE_NAMES, type BackupTableName, emptyTables, makeContents } from '../../src/core/index.ts';
import { KompetenspassDb, openDb, storedVersion } from '../../src/storage/db.ts';
import { tryStorage } from '../../src/storage/errors.ts';
import { readOldDatabase } from '../../src/storage/oldDatabase.ts';
import { SCHEMA_VERSIONS, type SchemaVersion } from '../../src/storage/schema.ts';

interface Fixture {
  version: number;
  tables: Partial<Record<BackupTableName, unknown[]>>;
}

const fixtureUrl = (version: number) => new URL(`../fixtures/database/v${version}.json`, import.meta.url);
const fixture = (version: number): Fixture => JSON.parse(readFileSync(fixtureUrl(version), 'utf8'));
const LATEST = SCHEMA_VERSIONS.at(-1)!.version;

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

/** Writes a fixture at its own schema version, as the app of that version would have. */
async function writeFixture(name: string, data: Fixture): Promise<void> {
  const db = await openAt(name, SCHEMA_VERSIONS.slice(0, data.version));
  for (const [table, rows] of Object.entries(data.tables)) await db.table(table).bulkAdd(rows);
  db.close();
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

  it.each(SCHEMA_VERSIONS.map((v) => [v.version]))(
    'version %i has a fixture database with data',
    (version) => {
      expect(existsSync(fixtureUrl(version)), `test/fixtures/database/v${version}.json`).toBe(true);
      const data = fixture(version);
      expect(data.version).toBe(version);
      for (const rows of Object.values(data.tables)) expect(rows.length).toBeGreaterThan(0);
    },
  );

  it.each(SCHEMA_VERSIONS.map((v) => [v.version]))(
    'the version %i fixture opens with the latest version, and nothing is lost',
    async (version) => {
      const data = fixture(version);
      const name = freshName();
      await writeFixture(name, data);
      const latest = await openAt(name, SCHEMA_VERSIONS);
      expect(latest.verno).toBe(LATEST);
      const tables = emptyTables() as Record<BackupTableName, unknown[]>;
      for (const table of BACKUP_TABLE_NAMES) {
        tables[table] = await latest.table(table).toArray();
        expect(tables[table], table).toEqual(data.tables[table] ?? []);
      }
      // Every row still parses as the typed record a backup holds, and every key still fits.
      const contents = readContents(JSON.parse(JSON.stringify(makeContents(tables as never, LATEST))));
      expect(contents.ok).toBe(true);
      expect(contents.ok && (await checkTables(contents.value.tables)).ok).toBe(true);
    },
  );

  it('a failed upgrade leaves the old data as it was, readable, and says so', async () => {
    const data = fixture(LATEST);
    const name = freshName();
    await writeFixture(name, data);
    const failing: SchemaVersion = {
      version: LATEST + 1,
      stores: { later: 'id' },
      upgrade: async (tx) => {
        await tx.table('profile').toCollection().modify({ updatedAt: 0 });
        throw new Error('the upgrade broke half way');
      },
    };
    const next = new KompetenspassDb(name, [...SCHEMA_VERSIONS, failing]);
    opened.push(next);
    expect(await tryStorage(() => openDb(next))).toEqual({ ok: false, reason: 'upgrade_failed' });
    expect(await storedVersion(name)).toBe(LATEST);
    const old = await readOldDatabase(name);
    expect(old.ok && old.value.version).toBe(LATEST);
    for (const table of BACKUP_TABLE_NAMES)
      expect(old.ok && old.value.tables[table], table).toEqual(data.tables[table] ?? []);
    // The app of the version before still opens it as it was.
    const before = await openAt(name, SCHEMA_VERSIONS);
    expect(await before.profile.toArray()).toEqual(data.tables.profile);
  });

  it('rehearses the next version: a new table and an upgrade that rewrites profile records', async () => {
    const data = fixture(LATEST);
    const name = freshName();
    await writeFixture(name, data);
    const rehearsal: SchemaVersion = {
      version: LATEST + 1,
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
    expect(next.verno).toBe(LATEST + 1);
    expect(next.tables.map((t) => t.name)).toContain('backups');
    const record = await next.profile.get('current');
    const given = (data.tables.profile![0] as { profile: { person: { givenName: string } } }).profile.person
      .givenName;
    expect(record?.profile.person.givenName).toBe(given.toUpperCase());
    expect(await next.shares.count()).toBe(data.tables.shares!.length);
  });

  it('an older app opening a database a newer app upgraded keeps the data as it is', async () => {
    // Dexie 4 opens a database of a higher version instead of failing: the older app must
    // still read it, and must not rewrite it.
    const data = fixture(LATEST);
    const name = freshName();
    const newer = await openAt(name, [...SCHEMA_VERSIONS, { version: LATEST + 5, stores: {} }]);
    for (const [table, rows] of Object.entries(data.tables)) await newer.table(table).bulkAdd(rows);
    newer.close();
    const older = await openAt(name, SCHEMA_VERSIONS);
    expect(await older.profile.toArray()).toEqual(data.tables.profile);
    older.close();
    const again = await openAt(name, [...SCHEMA_VERSIONS, { version: LATEST + 5, stores: {} }]);
    expect(again.verno).toBe(LATEST + 5);
  });
});
