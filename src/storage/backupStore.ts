import type { Table } from 'dexie';
import { type MergeConflict, mergeTables } from '../core/backup/merge.ts';
import {
  BACKUP_TABLE_NAMES,
  type BackupRow,
  type BackupTableName,
  type BackupTables,
  emptyTables,
} from '../core/backup/records.ts';
import { type KompetenspassDb, withDb } from './db.ts';
import { failure, type StorageReason, type StorageResult, tryStorage } from './errors.ts';
import { SCHEMA_VERSIONS } from './schema.ts';

/**
 * Everything on the device as a backup holds it, and back: one read transaction to take it,
 * one read-write transaction to restore it, so that a failure leaves nothing half-done.
 * The tables come from core's BACKUP_TABLES; a test checks that it names every table of the
 * database.
 */

type AnyTable = Table<BackupRow<BackupTableName>, unknown>;
const tablesOf = (db: KompetenspassDb) => BACKUP_TABLE_NAMES.map((name) => db.table(name) as AnyTable);

async function readTables(db: KompetenspassDb): Promise<BackupTables> {
  const tables = emptyTables() as Record<BackupTableName, unknown[]>;
  for (const name of BACKUP_TABLE_NAMES) tables[name] = await db.table(name).toArray();
  return tables as BackupTables;
}

export const CURRENT_SCHEMA = SCHEMA_VERSIONS.at(-1)!.version;

export function readAllTables(): Promise<StorageResult<BackupTables>> {
  return tryStorage(() => withDb((db) => db.transaction('r', tablesOf(db), () => readTables(db))));
}

/** Replaces every table's rows; to be called inside a transaction over all tables. */
export async function writeTables(db: KompetenspassDb, tables: BackupTables): Promise<void> {
  for (const name of BACKUP_TABLE_NAMES) {
    const table = db.table(name) as AnyTable;
    await table.clear();
    await table.bulkAdd(tables[name] as BackupRow<BackupTableName>[]);
  }
}

export type RestoreMode = 'replace' | 'merge';

export interface RestoreReport {
  mode: RestoreMode;
  conflicts: MergeConflict[];
  keyReplaced: boolean;
}

export type RestoreResult =
  | { ok: true; value: RestoreReport }
  | { ok: false; reason: StorageReason | 'merge_too_large' };

/**
 * Restores `incoming` (already opened and parsed) in one transaction. "replace": the device
 * holds exactly the backup afterwards. "merge": both sides are kept (core/backup/merge.ts).
 * After a replace the device counts as backed up at the backup's time.
 */
export async function restoreTables(
  incoming: BackupTables,
  mode: RestoreMode,
  backupCreatedAt: number,
): Promise<RestoreResult> {
  try {
    const report = await withDb((db) =>
      db.transaction('rw', tablesOf(db), async (): Promise<RestoreReport> => {
        if (mode === 'replace') {
          const settings = incoming.settings.filter((row) => row.key !== 'lastBackupAt');
          await writeTables(db, {
            ...incoming,
            settings: [...settings, { key: 'lastBackupAt', value: backupCreatedAt }],
          });
          return { mode, conflicts: [], keyReplaced: false };
        }
        const merged = mergeTables(await readTables(db), incoming);
        // Thrown to abort the transaction before anything is written.
        if (!merged.ok) throw new MergeTooLarge();
        await writeTables(db, merged.value.tables);
        return { mode, conflicts: merged.value.conflicts, keyReplaced: merged.value.keyReplaced };
      }),
    );
    return { ok: true, value: report };
  } catch (error) {
    return error instanceof MergeTooLarge ? { ok: false, reason: 'merge_too_large' } : failure(error);
  }
}

class MergeTooLarge extends Error {}

/** Erases every table in one transaction: profile, key, history, endorsements, everything. */
export function eraseAllTables(): Promise<StorageResult<void>> {
  return tryStorage(() =>
    withDb((db) => db.transaction('rw', tablesOf(db), () => writeTables(db, emptyTables()))),
  );
}

type DbRow<K extends BackupTableName> =
  KompetenspassDb[K] extends Table<infer Row, infer _Key, infer _Insert> ? Row : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/**
 * Compile-time: each table's record type in db.ts is exactly the row type core parses from a
 * backup. A field added on one side only stops `tsc` here.
 */
export const ROW_TYPES_AGREE: { [K in BackupTableName]: Same<BackupRow<K>, DbRow<K>> } = {
  profile: true,
  keys: true,
  shares: true,
  settings: true,
  endorsements: true,
  organisation: true,
  trust: true,
};
