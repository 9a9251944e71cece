/**
 * Every schema version of the database, oldest first. Dexie cannot change a primary key in an
 * upgrade, so keys are chosen once; a new version adds an entry here with its upgrade, and
 * test/unit/storage-migrations.test.ts opens the previous version, writes to it and upgrades.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const DB_NAME = 'kompetenspass';

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // One row, id "current": the whole profile, so that an update is one transaction.
      profile: 'id',
      // The holder's signing key, id "holder".
      keys: 'id',
      // What was shared with whom, by jti.
      shares: 'jti, createdAt',
      settings: 'key',
    },
  },
  {
    version: 2,
    stores: {
      // Endorsements the holder received, by jti; found beside their entry by entryId.
      endorsements: 'jti, entryId',
      // Organisation mode's own identity, id "self".
      organisation: 'id',
      // The verification desk's trust list: one row per trusted organisation, by DID.
      trust: 'did',
    },
  },
];
