import { LIST_SECTIONS, type ListSection } from './codes.ts';
import type { Person, Profile, SharedProfile } from './types.ts';

export const PERSON_FIELDS = [
  'givenName',
  'familyName',
  'birthYear',
  'phone',
  'email',
  'municipality',
  'about',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

/** What the holder chose to share: person fields, entry ids per list section, wishes or not. */
export interface ShareSelection {
  person: PersonField[];
  entries: Record<ListSection, string[]>;
  wishes: boolean;
}

/** Contact details and birth year stay out unless the holder chooses them. */
export const DEFAULT_PERSON_FIELDS: PersonField[] = ['givenName', 'familyName', 'municipality', 'about'];

export function defaultSelection(profile: Profile): ShareSelection {
  return {
    person: [...DEFAULT_PERSON_FIELDS],
    entries: {
      languages: profile.languages.map((e) => e.id),
      education: profile.education.map((e) => e.id),
      work: profile.work.map((e) => e.id),
      skills: profile.skills.map((e) => e.id),
      licences: profile.licences.map((e) => e.id),
    },
    wishes: true,
  };
}

/** Everything in the profile, contact details included. */
export function fullSelection(profile: Profile): ShareSelection {
  return { ...defaultSelection(profile), person: [...PERSON_FIELDS] };
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** The subset of the profile that a snapshot carries; empty sections and blank fields are left out. */
export function applySelection(profile: Profile, selection: ShareSelection): SharedProfile {
  const shared: SharedProfile = { v: 1, lang: profile.lang };
  const person: Partial<Person> = {};
  for (const field of selection.person) {
    const value = profile.person[field];
    if (!isBlank(value)) (person as Record<string, unknown>)[field] = value;
  }
  if (Object.keys(person).length > 0) shared.person = person;
  for (const section of LIST_SECTIONS) {
    const chosen = new Set(selection.entries[section]);
    const entries = (profile[section] as { id: string }[]).filter((entry) => chosen.has(entry.id));
    if (entries.length > 0) (shared as Record<ListSection, unknown>)[section] = entries;
  }
  if (selection.wishes) {
    const wishes = Object.fromEntries(Object.entries(profile.wishes).filter(([, value]) => !isBlank(value)));
    if (Object.keys(wishes).length > 0) shared.wishes = wishes;
  }
  return shared;
}

/** How many entries the selection includes, for "leave out N entries" advice. */
export function countSelectedEntries(selection: ShareSelection): number {
  return LIST_SECTIONS.reduce((sum, section) => sum + selection.entries[section].length, 0);
}
