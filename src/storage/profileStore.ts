import { emptyProfile } from '../core/profile/empty.ts';
import { type Problem, parseProfile } from '../core/profile/parse.ts';
import type { Profile } from '../core/profile/types.ts';
import { withDb } from './db.ts';

export type LoadedProfile =
  | { ok: true; profile: Profile; updatedAt: number | null }
  | { ok: false; reason: 'unreadable'; problems: Problem[]; raw: unknown };

/** The stored profile, parsed; a record that no longer parses is reported and left untouched. */
export async function loadProfile(defaultLang = 'sv'): Promise<LoadedProfile> {
  const record = await withDb((db) => db.profile.get('current'));
  if (!record) return { ok: true, profile: emptyProfile(defaultLang), updatedAt: null };
  const parsed = parseProfile(record.profile);
  if (!parsed.ok) return { ok: false, reason: 'unreadable', problems: parsed.problems, raw: record.profile };
  return { ok: true, profile: parsed.value, updatedAt: record.updatedAt };
}

/**
 * Applies a change to the stored profile inside one read-write transaction, so that two tabs
 * editing different fields never overwrite each other's work.
 */
export async function updateProfile(
  change: (profile: Profile) => Profile,
  defaultLang = 'sv',
): Promise<Profile> {
  return withDb((db) =>
    db.transaction('rw', db.profile, async () => {
      const record = await db.profile.get('current');
      const current = record
        ? parseProfile(record.profile)
        : { ok: true as const, value: emptyProfile(defaultLang) };
      if (!current.ok) throw new Error('stored profile is unreadable');
      const next = change(structuredClone(current.value));
      const checked = parseProfile(next);
      if (!checked.ok) throw new ProfileRejectedError(checked.problems);
      await db.profile.put({ id: 'current', profile: checked.value, updatedAt: Date.now() });
      return checked.value;
    }),
  );
}

export class ProfileRejectedError extends Error {
  constructor(readonly problems: Problem[]) {
    super('profile change rejected');
    this.name = 'ProfileRejectedError';
  }
}
