import { type ConceptRef, refKey } from '../../core/catalogue/refs.ts';
import { LIMITS, type ListSection, type OccupationScheme } from '../../core/profile/codes.ts';
import type { EntryOf, Person, Profile, Wishes } from '../../core/profile/types.ts';
import type { StorageResult } from '../../storage/errors.ts';
import { updateProfile as updateStored } from '../../storage/profileStore.ts';
import { currentTranslator } from '../i18n/setup.ts';

/** A new profile's free text is taken to be in the language the person uses the app in. */
const updateProfile = (change: (profile: Profile) => Profile) =>
  updateStored(change, currentTranslator().language);

type Entry = EntryOf[ListSection];

function list<S extends ListSection>(profile: Profile, section: S): EntryOf[S][] {
  return profile[section] as EntryOf[S][];
}

/** Sets one field of `person`; undefined removes an optional field. */
export function setPersonField<K extends keyof Person>(
  field: K,
  value: Person[K] | undefined,
): Promise<StorageResult<Profile>> {
  return updateProfile((profile) => {
    const person = { ...profile.person } as Record<string, unknown>;
    if (value === undefined || value === '') {
      if (field === 'givenName' || field === 'familyName') person[field] = '';
      else delete person[field];
    } else person[field] = value;
    return { ...profile, person: person as Person };
  });
}

export function setProfileLang(lang: string): Promise<StorageResult<Profile>> {
  return updateProfile((profile) => ({ ...profile, lang }));
}

export function addEntry<S extends ListSection>(
  section: S,
  entry: EntryOf[S],
): Promise<StorageResult<Profile>> {
  return updateProfile((profile) => ({ ...profile, [section]: [...list(profile, section), entry] }));
}

/**
 * Changes some fields of one entry, applied to the stored entry inside the transaction so that
 * quick edits of two fields (or in two tabs) never undo each other; undefined removes a field.
 */
export function patchEntry<S extends ListSection>(
  section: S,
  id: string,
  patch: Partial<EntryOf[S]>,
): Promise<StorageResult<Profile>> {
  return updateProfile((profile) => ({
    ...profile,
    [section]: list(profile, section).map((existing) => {
      if (existing.id !== id) return existing;
      const merged = { ...existing, ...patch } as Record<string, unknown>;
      for (const [key, value] of Object.entries(merged))
        if (value === undefined || value === '') {
          if (key !== 'title' && key !== 'label') delete merged[key];
        }
      return merged as EntryOf[S];
    }),
  }));
}

export interface RemovedEntry {
  section: ListSection;
  entry: Entry;
  index: number;
}

export async function removeEntry(
  section: ListSection,
  id: string,
): Promise<StorageResult<RemovedEntry | null>> {
  let removed: RemovedEntry | null = null;
  const saved = await updateProfile((profile) => {
    const entries = list(profile, section) as Entry[];
    const index = entries.findIndex((entry) => entry.id === id);
    if (index < 0) return profile;
    removed = { section, entry: entries[index]!, index };
    return { ...profile, [section]: entries.filter((entry) => entry.id !== id) };
  });
  return saved.ok ? { ok: true, value: removed } : saved;
}

/** Puts a removed entry back where it was (or at the end if the list has shrunk since). */
export function restoreEntry({ section, entry, index }: RemovedEntry): Promise<StorageResult<Profile>> {
  return updateProfile((profile) => {
    const entries = (list(profile, section) as Entry[]).filter((existing) => existing.id !== entry.id);
    entries.splice(Math.min(index, entries.length), 0, entry);
    return { ...profile, [section]: entries };
  });
}

export function moveEntry(section: ListSection, id: string, delta: -1 | 1): Promise<StorageResult<Profile>> {
  return updateProfile((profile) => {
    const entries = [...(list(profile, section) as Entry[])];
    const from = entries.findIndex((entry) => entry.id === id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= entries.length) return profile;
    const [moved] = entries.splice(from, 1);
    entries.splice(to, 0, moved!);
    return { ...profile, [section]: entries };
  });
}

export function setWishes(patch: Partial<Wishes>): Promise<StorageResult<Profile>> {
  return setWishesWith(() => patch);
}

/** Like setWishes, with the patch computed from the stored wishes inside the transaction. */
function setWishesWith(change: (wishes: Wishes) => Partial<Wishes>): Promise<StorageResult<Profile>> {
  return updateProfile((profile) => {
    const wishes = { ...profile.wishes, ...change(profile.wishes) } as Record<string, unknown>;
    for (const [key, value] of Object.entries(wishes)) {
      if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
        delete wishes[key];
    }
    return { ...profile, wishes: wishes as Wishes };
  });
}

/** Adds a wished occupation chosen from the catalogue, once, up to the list's limit. */
export function addWishedOccupation(code: ConceptRef): Promise<StorageResult<Profile>> {
  return updateProfile((profile) => {
    const codes = profile.wishes.occupationCodes ?? [];
    if (codes.some((known) => refKey(known) === refKey(code)) || codes.length >= LIMITS.listItems)
      return profile;
    const added = { scheme: code.scheme as OccupationScheme, code: code.code };
    return { ...profile, wishes: { ...profile.wishes, occupationCodes: [...codes, added] } };
  });
}

export function removeWishedOccupation(code: ConceptRef): Promise<StorageResult<Profile>> {
  return setWishesWith((wishes) => ({
    occupationCodes: (wishes.occupationCodes ?? []).filter((known) => refKey(known) !== refKey(code)),
  }));
}
