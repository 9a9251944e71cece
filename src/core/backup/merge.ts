import { canonicalJson } from '../encoding/canonicalJson.ts';
import { LIST_SECTIONS, type ListSection } from '../profile/codes.ts';
import { type Problem, parseProfile } from '../profile/parse.ts';
import type { Profile, Wishes } from '../profile/types.ts';
import { fail, ok, type Result } from '../result.ts';
import type { BackupRow, BackupTableName, BackupTables } from './records.ts';

/** An entry that both sides hold with different content: the newer side's version was kept. */
export interface MergeConflict {
  section: ListSection;
  id: string;
}

export interface ProfileMerge {
  profile: Profile;
  conflicts: MergeConflict[];
}

export type MergeReason = 'merge_too_large';

type Entry = { id: string };

/** The newer side's entries in its order, then the entries only the older side has. */
function mergeList<T extends Entry>(
  newer: T[],
  older: T[],
  section: ListSection,
  conflicts: MergeConflict[],
) {
  const byId = new Map(newer.map((entry) => [entry.id, entry]));
  for (const entry of older) {
    const kept = byId.get(entry.id);
    if (kept && canonicalJson(kept) !== canonicalJson(entry)) conflicts.push({ section, id: entry.id });
  }
  return [...newer, ...older.filter((entry) => !byId.has(entry.id))];
}

const union = (newer: string[] = [], older: string[] = []) => [...new Set([...newer, ...older])];

function mergeWishes(newer: Wishes, older: Wishes): Wishes {
  const merged: Wishes = { ...older, ...newer };
  const occupations = union(newer.occupations, older.occupations);
  const regions = union(newer.regions, older.regions);
  if (occupations.length) merged.occupations = occupations;
  if (regions.length) merged.regions = regions;
  return merged;
}

/**
 * Keeps both sides: entries are matched by id, and where both hold one the newer side's version
 * wins (the profile saved later; there are no per-entry times). Nothing that exists on either
 * side is dropped: an entry, a wish or a person field missing on one side comes from the other.
 * Fails (and changes nothing) when the union breaks a bound of Profile v1, e.g. 100 entries.
 */
export function mergeProfiles(
  newer: Profile,
  older: Profile,
): Result<ProfileMerge, MergeReason> & { problems?: Problem[] } {
  const conflicts: MergeConflict[] = [];
  const person = { ...older.person, ...newer.person };
  // An empty name on one side is no reason to lose the other side's.
  person.givenName = newer.person.givenName || older.person.givenName;
  person.familyName = newer.person.familyName || older.person.familyName;
  const merged = {
    ...newer,
    person,
    wishes: mergeWishes(newer.wishes, older.wishes),
  } as Profile;
  for (const section of LIST_SECTIONS)
    (merged as Record<ListSection, Entry[]>)[section] = mergeList(
      newer[section] as Entry[],
      older[section] as Entry[],
      section,
      conflicts,
    );
  const checked = parseProfile(merged);
  if (!checked.ok) return { ...fail('merge_too_large'), problems: checked.problems };
  return ok({ profile: checked.value, conflicts });
}

export interface TablesMerge {
  tables: BackupTables;
  conflicts: MergeConflict[];
  /** The backup's signing key replaces a different one on the device (told before restoring). */
  keyReplaced: boolean;
  organisationReplaced: boolean;
}

/** Rows of both sides by primary key; on a clash `winner` decides. */
function unionBy<K extends BackupTableName>(
  device: BackupRow<K>[],
  backup: BackupRow<K>[],
  key: (row: BackupRow<K>) => string,
  winner: (device: BackupRow<K>, backup: BackupRow<K>) => BackupRow<K> = (d) => d,
): BackupRow<K>[] {
  const rows = new Map(device.map((row) => [key(row), row]));
  for (const row of backup) {
    const existing = rows.get(key(row));
    rows.set(key(row), existing ? winner(existing, row) : row);
  }
  return [...rows.values()];
}

/**
 * "Keep both": the device's rows and the backup's rows together. The profile merges entry by
 * entry; the holder key and the organisation identity, one of each, come from the backup when
 * it has one, because endorsements and shared links name that key; everything else is the
 * union by primary key.
 */
export function mergeTables(
  device: BackupTables,
  backup: BackupTables,
  now = Date.now(),
): Result<TablesMerge, MergeReason> {
  const [deviceProfile] = device.profile;
  const [backupProfile] = backup.profile;
  let profile = device.profile;
  let conflicts: MergeConflict[] = [];
  if (deviceProfile && backupProfile) {
    const backupIsNewer = backupProfile.updatedAt > deviceProfile.updatedAt;
    const [newer, older] = backupIsNewer ? [backupProfile, deviceProfile] : [deviceProfile, backupProfile];
    const merged = mergeProfiles(newer.profile, older.profile);
    if (!merged.ok) return fail(merged.reason);
    profile = [{ id: 'current', profile: merged.value.profile, updatedAt: now }];
    conflicts = merged.value.conflicts;
  } else if (backupProfile) profile = backup.profile;

  const replaces = <T extends { did: string }>(from: T[], by: T[]) =>
    from[0] !== undefined && by[0] !== undefined && from[0].did !== by[0].did;
  return ok({
    tables: {
      profile,
      keys: backup.keys.length ? backup.keys : device.keys,
      organisation: backup.organisation.length ? backup.organisation : device.organisation,
      shares: unionBy<'shares'>(device.shares, backup.shares, (row) => row.jti),
      settings: unionBy<'settings'>(device.settings, backup.settings, (row) => row.key),
      endorsements: unionBy<'endorsements'>(device.endorsements, backup.endorsements, (row) => row.jti),
      trust: unionBy<'trust'>(
        device.trust,
        backup.trust,
        (row) => row.did,
        (d, b) => (b.addedAt > d.addedAt ? b : d),
      ),
    },
    conflicts,
    keyReplaced: replaces(device.keys, backup.keys),
    organisationReplaced: replaces(device.organisation, backup.organisation),
  });
}
