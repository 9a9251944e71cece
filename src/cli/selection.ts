import {
  ALL_SECTIONS,
  defaultSelection,
  LIST_SECTIONS,
  PERSON_FIELDS,
  type Profile,
  type SectionName,
  type ShareSelection,
} from '../core/index.ts';
import { CliError } from './io.ts';

/**
 * Whole sections, as chosen on the command line. Contact details and birth year stay out
 * unless --include-contact says otherwise, as in the app.
 */
export function selectionFor(
  profile: Profile,
  sections: string | undefined,
  includeContact: boolean,
): ShareSelection {
  const selection = defaultSelection(profile);
  if (includeContact) selection.person = [...PERSON_FIELDS];
  if (sections === undefined) return selection;
  const chosen = sections.split(',').map((name) => name.trim());
  const unknown = chosen.filter((name) => !(ALL_SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new CliError(`unknown section ${unknown.join(', ')}; use ${ALL_SECTIONS.join(', ')}`);
  const has = (name: SectionName) => chosen.includes(name);
  if (!has('person')) selection.person = [];
  for (const section of LIST_SECTIONS) if (!has(section)) selection.entries[section] = [];
  if (!has('wishes')) selection.wishes = false;
  return selection;
}
