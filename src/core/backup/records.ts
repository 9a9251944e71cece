import * as v from 'valibot';
import { parseDidJwk } from '../crypto/did.ts';
import { parsePrivateJwk } from '../crypto/holderKey.ts';
import { isP256Component } from '../crypto/jwk.ts';
import { isHttpsUrl } from '../endorsement/trust.ts';
import { LIMITS, LIST_SECTIONS } from '../profile/codes.ts';
import { ProfileSchema } from '../profile/schema.ts';
import { LANG_TAG, SNAPSHOT_LIMITS } from '../snapshot/limits.ts';

/**
 * Every table the app keeps on the device, as a backup holds it, each with its parser. A new
 * table in src/storage/schema.ts gets its schema here and its name in BACKUP_TABLES; a unit test
 * (test/unit/backup-storage.test.ts) fails while a database table has no entry.
 */

const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const did = v.pipe(
  v.string(),
  v.check((value: string) => parseDidJwk(value).ok),
);
const fingerprint = v.pipe(v.string(), v.regex(/^[A-Z2-7]{5}-[A-Z2-7]{5}$/));
const name = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.shortText));
const httpsUrl = v.pipe(
  v.string(),
  v.check((value: string) => isHttpsUrl(value)),
);
const publicJwk = v.strictObject({
  crv: v.literal('P-256'),
  kty: v.literal('EC'),
  x: v.pipe(
    v.string(),
    v.check((value: string) => isP256Component(value)),
  ),
  y: v.pipe(
    v.string(),
    v.check((value: string) => isP256Component(value)),
  ),
});
const privateJwk = v.pipe(
  v.strictObject({ ...publicJwk.entries, d: v.string() }),
  v.check((jwk) => parsePrivateJwk(jwk).ok),
);
const jti = v.pipe(v.string(), v.minLength(1), v.maxLength(SNAPSHOT_LIMITS.jtiMaxLength));
const entryId = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.id));
const listSection = v.picklist(LIST_SECTIONS);

/** Identity records keep their key pair with the DID and fingerprint made from it (checked on restore). */
const identity = {
  privateJwk,
  publicJwk,
  did,
  fingerprint,
  createdAt: time,
};

export const ProfileRecordSchema = v.strictObject({
  id: v.literal('current'),
  profile: ProfileSchema,
  updatedAt: time,
});

export const KeyRecordSchema = v.strictObject({ id: v.literal('holder'), ...identity });

export const ShareRecordSchema = v.strictObject({
  jti,
  createdAt: time,
  expiresAt: time,
  recipient: v.optional(v.pipe(v.string(), v.maxLength(SNAPSHOT_LIMITS.forLength))),
  // The share screen records "" for "the reader's own language".
  lang: v.union([v.literal(''), v.pipe(v.string(), v.regex(LANG_TAG))]),
  summary: v.strictObject({
    sections: v.pipe(v.array(listSection), v.maxLength(LIST_SECTIONS.length)),
    entries: v.pipe(
      v.number(),
      v.integer(),
      v.minValue(0),
      v.maxValue(LIMITS.entries * LIST_SECTIONS.length),
    ),
    personFields: v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(20)),
  }),
  link: v.pipe(v.string(), v.maxLength(65_536)),
});

/** Settings hold plain JSON values; each setting's reader checks its own value. */
export const SettingRecordSchema = v.strictObject({
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  value: v.unknown(),
});

export const EndorsementRecordSchema = v.strictObject({
  jti,
  token: v.pipe(
    v.string(),
    v.maxLength(SNAPSHOT_LIMITS.endorsementLength),
    v.regex(/^[\w-]+\.[\w-]+\.[\w-]+$/),
  ),
  section: listSection,
  entryId,
  issuerDid: did,
  receivedAt: time,
});

export const OrganisationRecordSchema = v.strictObject({
  id: v.literal('self'),
  name,
  url: v.optional(httpsUrl),
  ...identity,
});

export const TrustRecordSchema = v.strictObject({
  did,
  name,
  url: v.optional(httpsUrl),
  addedAt: time,
});

const MAX_ROWS = 10_000;
const rows = <T extends v.GenericSchema>(schema: T) => v.pipe(v.array(schema), v.maxLength(MAX_ROWS));

/** Table name → the schema of one row and the name of its primary key. Order: restore order. */
export const BACKUP_TABLES = {
  profile: { row: ProfileRecordSchema, key: 'id' },
  keys: { row: KeyRecordSchema, key: 'id' },
  shares: { row: ShareRecordSchema, key: 'jti' },
  settings: { row: SettingRecordSchema, key: 'key' },
  endorsements: { row: EndorsementRecordSchema, key: 'jti' },
  organisation: { row: OrganisationRecordSchema, key: 'id' },
  trust: { row: TrustRecordSchema, key: 'did' },
} as const;

export type BackupTableName = keyof typeof BACKUP_TABLES;
export const BACKUP_TABLE_NAMES = Object.keys(BACKUP_TABLES) as BackupTableName[];

/** A table absent from a file is empty: a backup from before that table existed restores. */
export const BackupTablesSchema = v.strictObject(
  Object.fromEntries(
    BACKUP_TABLE_NAMES.map((table) => [table, v.optional(rows(BACKUP_TABLES[table].row), [])]),
  ) as {
    [K in BackupTableName]: v.OptionalSchema<ReturnType<typeof rows<(typeof BACKUP_TABLES)[K]['row']>>, []>;
  },
);

export type BackupTables = { [K in BackupTableName]: v.InferOutput<(typeof BACKUP_TABLES)[K]['row']>[] };
export type BackupRow<K extends BackupTableName> = BackupTables[K][number];

export function emptyTables(): BackupTables {
  return Object.fromEntries(BACKUP_TABLE_NAMES.map((table) => [table, []])) as unknown as BackupTables;
}
