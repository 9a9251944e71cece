import * as v from 'valibot';
import { didJwkFromPublicJwk } from '../crypto/did.ts';
import { fingerprintOf } from '../crypto/fingerprint.ts';
import { importPrivateKey } from '../crypto/holderKey.ts';
import type { PrivateJwk, PublicJwk } from '../crypto/jwk.ts';
import { fail, ok, type Result } from '../result.ts';
import { parseDateTime } from '../vc/time.ts';
import { BACKUP_TABLE_NAMES, BACKUP_TABLES, type BackupTables, BackupTablesSchema } from './records.ts';

/** What the encrypted part of a backup holds, as JSON (docs/FORMAT.md §12.4). */
export const CONTENTS_FORMAT = 'kompetenspass-backup';
export const CONTENTS_VERSION = 1;

export interface BackupContents {
  format: typeof CONTENTS_FORMAT;
  v: typeof CONTENTS_VERSION;
  /** When the backup was made, ISO 8601 UTC. */
  createdAt: string;
  /** The database schema version it was read from (information; restore does not depend on it). */
  schema: number;
  tables: BackupTables;
}

export type ContentsReason = 'bad_contents' | 'newer_version';

const ContentsV1Schema = v.strictObject({
  format: v.literal(CONTENTS_FORMAT),
  v: v.literal(1),
  createdAt: v.pipe(
    v.string(),
    v.check((value: string) => parseDateTime(value) !== undefined),
  ),
  schema: v.pipe(v.number(), v.integer(), v.minValue(1)),
  tables: BackupTablesSchema,
});

/**
 * One reader per contents version that ever existed, each giving today's shape: a backup made
 * by an earlier version of the app restores. A new version adds its reader and turns the older
 * readers' output into its own shape.
 */
const READERS: Record<number, (document: unknown) => Result<BackupContents, ContentsReason>> = {
  1: (document) => {
    const parsed = v.safeParse(ContentsV1Schema, document);
    return parsed.success ? ok(parsed.output as BackupContents) : fail('bad_contents');
  },
};

export function readContents(document: unknown): Result<BackupContents, ContentsReason> {
  if (typeof document !== 'object' || document === null) return fail('bad_contents');
  const { format, v: version } = document as Record<string, unknown>;
  if (format !== CONTENTS_FORMAT || typeof version !== 'number') return fail('bad_contents');
  if (version > CONTENTS_VERSION) return fail('newer_version');
  const reader = READERS[version];
  return reader ? reader(document) : fail('bad_contents');
}

const sameJwk = (a: PublicJwk, b: PublicJwk) => a.x === b.x && a.y === b.y;

/** A key pair whose DID and fingerprint were made from it, and whose private scalar fits. */
async function isConsistentIdentity(record: {
  privateJwk: PrivateJwk;
  publicJwk: PublicJwk;
  did: string;
  fingerprint: string;
}): Promise<boolean> {
  return (
    sameJwk(record.privateJwk, record.publicJwk) &&
    record.did === didJwkFromPublicJwk(record.publicJwk) &&
    record.fingerprint === (await fingerprintOf(record.publicJwk)) &&
    (await importPrivateKey(record.privateJwk)).ok
  );
}

/** Checks a schema cannot: one row per primary key, and identities that agree with their keys. */
export async function checkTables(tables: BackupTables): Promise<Result<BackupTables, 'bad_contents'>> {
  for (const table of BACKUP_TABLE_NAMES) {
    const key = BACKUP_TABLES[table].key;
    const keys = tables[table].map((row) => (row as Record<string, unknown>)[key]);
    if (new Set(keys).size !== keys.length) return fail('bad_contents');
  }
  for (const record of [...tables.keys, ...tables.organisation])
    if (!(await isConsistentIdentity(record))) return fail('bad_contents');
  return ok(tables);
}

export function makeContents(tables: BackupTables, schema: number, now = new Date()): BackupContents {
  return {
    format: CONTENTS_FORMAT,
    v: CONTENTS_VERSION,
    createdAt: now.toISOString(),
    schema,
    tables,
  };
}
