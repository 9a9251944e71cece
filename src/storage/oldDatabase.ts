import Dexie from 'dexie';
import { type StorageResult, tryStorage } from './errors.ts';
import { DB_NAME } from './schema.ts';

export interface RawDatabase {
  version: number;
  tables: Record<string, unknown[]>;
}

/**
 * Reads the database as it is stored, at whatever version, without upgrading it: after a failed
 * upgrade the person can still save a copy of their data (rows as stored, untyped).
 */
export function readOldDatabase(name = DB_NAME): Promise<StorageResult<RawDatabase>> {
  return tryStorage(async () => {
    const db = new Dexie(name);
    try {
      await db.open();
      const tables: Record<string, unknown[]> = {};
      for (const table of db.tables) tables[table.name] = await table.toArray();
      return { version: db.verno, tables };
    } finally {
      db.close();
    }
  });
}
