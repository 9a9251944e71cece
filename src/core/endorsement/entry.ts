import * as v from 'valibot';
import { canonicalJson } from '../encoding/canonicalJson.ts';
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
  return canonicalJson(shared) === canonicalJson(endorsed.entry) ? 'same' : 'changed';
}
