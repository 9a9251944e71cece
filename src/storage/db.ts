import Dexie, { type EntityTable } from 'dexie';
import type { PrivateJwk, PublicJwk } from '../core/crypto/jwk.ts';
import type { ListSection } from '../core/profile/codes.ts';
import type { Profile } from '../core/profile/types.ts';
import { StorageError, storageReasonOf } from './errors.ts';
import { DB_NAME, SCHEMA_VERSIONS, type SchemaVersion } from './schema.ts';

export interface ProfileRecord {
  id: 'current';
  profile: Profile;
  updatedAt: number;
}

export interface KeyRecord {
  id: 'holder';
  privateJwk: PrivateJwk;
  publicJwk: PublicJwk;
  did: string;
  fingerprint: string;
  createdAt: number;
}

export interface ShareRecord {
  jti: string;
  createdAt: number;
  expiresAt: number;
  recipient?: string;
  lang: string;
  /** Number of shared entries per section, and which person fields. */
  summary: { sections: ListSection[]; entries: number; personFields: string[] };
  link: string;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** An endorsement the holder received and kept beside the entry it confirms (schema v2). */
export interface EndorsementRecord {
  jti: string;
  /** The compact JWS exactly as received; it is verified again whenever it is used. */
  token: string;
  section: ListSection;
  entryId: string;
  issuerDid: string;
  receivedAt: number;
}

/** Organisation mode's own identity and signing key, id "self" (schema v2). */
export interface OrganisationRecord {
  id: 'self';
  name: string;
  url?: string;
  privateJwk: PrivateJwk;
  publicJwk: PublicJwk;
  did: string;
  fingerprint: string;
  createdAt: number;
}

/** One organisation on the verification desk's trust list (schema v2). */
export interface TrustRecord {
  did: string;
  name: string;
  url?: string;
  addedAt: number;
}

export class KompetenspassDb extends Dexie {
  profile!: EntityTable<ProfileRecord, 'id'>;
  keys!: EntityTable<KeyRecord, 'id'>;
  shares!: EntityTable<ShareRecord, 'jti'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  endorsements!: EntityTable<EndorsementRecord, 'jti'>;
  organisation!: EntityTable<OrganisationRecord, 'id'>;
  trust!: EntityTable<TrustRecord, 'did'>;

  /** The version this app upgrades the stored database to. */
  readonly latestVersion: number;

  constructor(name = DB_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    this.latestVersion = Math.max(...versions.map((v) => v.version));
    for (const { version, stores, upgrade } of versions) {
      const v = this.version(version).stores(stores);
      if (upgrade) v.upgrade(upgrade);
    }
  }
}

let instance: KompetenspassDb | undefined;

export function getDb(): KompetenspassDb {
  instance ??= new KompetenspassDb();
  return instance;
}

/**
 * Opens the database, upgrading it when the app is newer. IndexedDB runs an upgrade in one
 * transaction: when it fails, the stored data stays as the previous version wrote it, and the
 * failure is reported as `upgrade_failed` (storage/oldDatabase.ts can still read that data).
 */
export async function openDb(db: KompetenspassDb): Promise<KompetenspassDb> {
  if (db.isOpen()) return db;
  try {
    await db.open();
    return db;
  } catch (error) {
    const stored = await storedVersion(db.name);
    if (stored !== undefined && stored < db.latestVersion && storageReasonOf(error) !== 'blocked')
      throw new StorageError('upgrade_failed');
    throw error;
  }
}

/** The version of the database as stored, without upgrading it; undefined when none or unreadable. */
export async function storedVersion(name: string): Promise<number | undefined> {
  const raw = new Dexie(name);
  try {
    if (!(await Dexie.exists(name))) return undefined;
    await raw.open();
    return raw.verno;
  } catch {
    return undefined;
  } finally {
    raw.close();
  }
}

/** iOS drops the IndexedDB connection after a while in the background: reopen and retry once. */
export async function withDb<T>(work: (db: KompetenspassDb) => Promise<T>): Promise<T> {
  const db = getDb();
  // Only an await when the database is not open yet: liveQuery follows Dexie's own promises.
  if (!db.isOpen()) await openDb(db);
  try {
    return await work(db);
  } catch (error) {
    if (storageReasonOf(error) !== 'connection_lost') throw error;
    db.close();
    return work(await openDb(db));
  }
}
