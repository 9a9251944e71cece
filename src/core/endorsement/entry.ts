import * as v from 'valibot';
import { LIST_SECTIONS, type ListSection } from '../profile/codes.ts';
import {
  EducationEntrySchema,
  LanguageEntrySchema,
  LicenceEntrySchema,
  SkillEntrySchema,
  WorkEntrySchema,
} from '../profile/schema.ts';
import type { EntryOf, SharedProfile } from '../profile/types.ts';

const ENTRY_SCHEMAS = {
  languages: LanguageEntrySchema,
  education: EducationEntrySchema,
  work: WorkEntrySchema,
  skills: SkillEntrySchema,
  licences: LicenceEntrySchema,
} as const;

export type EndorsedEntry = { [S in ListSection]: { section: S; entry: EntryOf[S] } }[ListSection];

/** An endorsed entry must be a valid Profile v1 entry of a list section. */
export function parseEndorsedEntry(section: unknown, entry: unknown): EndorsedEntry | undefined {
  if (!LIST_SECTIONS.includes(section as ListSection)) return undefined;
  const name = section as ListSection;
  const result = v.safeParse(ENTRY_SCHEMAS[name], entry);
  return result.success ? ({ section: name, entry: result.output } as EndorsedEntry) : undefined;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * How the endorsed entry relates to the shared profile: the same, changed since it was
 * endorsed (same id, other content), or not shared at all.
 */
export function compareWithProfile(
  endorsed: EndorsedEntry,
  profile: SharedProfile,
): 'same' | 'changed' | 'absent' {
  const entries = (profile[endorsed.section] ?? []) as { id: string }[];
  const shared = entries.find((entry) => entry.id === endorsed.entry.id);
  if (!shared) return 'absent';
  return canonical(shared) === canonical(endorsed.entry) ? 'same' : 'changed';
}
