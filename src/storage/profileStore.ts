import { emptyProfile } from '../core/profile/empty.ts';
import { type Problem, parseProfile } from '../core/profile/parse.ts';
import type { Profile } from '../core/profile/types.ts';
import { withDb } from './db.ts';
import {
  StorageError,
  type StorageReason,
  type StorageResult,
  storageReasonOf,
  tryStorage,
} from './errors.ts';

export type LoadedProfile =
  | { ok: true; profile: Profile; updatedAt: number | null }
  | { ok: false; reason: 'unreadable'; problems: Problem[]; raw: unknown }
  | { ok: false; reason: Exclude<StorageReason, 'unreadable'> };

/**
 * The stored profile, parsed; a record that no longer parses is reported and left untouched,
 * and a database that cannot be opened says why.
 */
export async function loadProfile(defaultLang = 'sv'): Promise<LoadedProfile> {
  let record: Awaited<ReturnType<typeof readRecord>>;
  try {
    record = await readRecord();
  } catch (error) {
    const reason = storageReasonOf(error);
    return { ok: false, reason: reason === 'unreadable' ? 'failed' : reason };
  }
  if (!record) return { ok: true, profile: emptyProfile(defaultLang), updatedAt: null };
  const parsed = parseProfile(record.profile);
  if (!parsed.ok) return { ok: false, reason: 'unreadable', problems: parsed.problems, raw: record.profile };
  return { ok: true, profile: parsed.value, updatedAt: record.updatedAt };
}

const readRecord = () => withDb((db) => db.profile.get('current'));

/**
 * Applies a change to the stored profile inside one read-write transaction, so that two tabs
 * editing different fields never overwrite each other's work. A change that would make the
 * profile invalid is refused (`rejected`, with the problems) and nothing is written.
 */
export function updateProfile(
  change: (profile: Profile) => Profile,
  defaultLang = 'sv',
): Promise<StorageResult<Profile>> {
  return tryStorage(() =>
    withDb((db) =>
      db.transaction('rw', db.profile, async () => {
        const record = await db.profile.get('current');
        const current = record
          ? parseProfile(record.profile)
          : { ok: true as const, value: emptyProfile(defaultLang) };
        if (!current.ok) throw new StorageError('unreadable');
        const next = change(structuredClone(current.value));
        const checked = parseProfile(next);
        if (!checked.ok) throw new StorageError('rejected', checked.problems);
        await db.profile.put({ id: 'current', profile: checked.value, updatedAt: Date.now() });
        return checked.value;
      }),
    ),
  );
}
