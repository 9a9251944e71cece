/** Loaded on demand: the typical skills of a chosen occupation, named in the person's language. */
import { type ConceptLabel, labelOf, typicalSkillsOf } from '../../core/catalogue/catalogue.ts';
import { loadCatalogue } from '../../core/catalogue/load.ts';
import type { ConceptRef } from '../../core/catalogue/refs.ts';
import { ok, type Result } from '../../core/result.ts';
import { readCatalogueFile } from './catalogueFiles.ts';

export interface TypicalSkill {
  ref: ConceptRef;
  label: ConceptLabel;
}

/** At most this many suggestions: a short list a person reads through. */
const SHOWN = 12;

export async function loadTypicalSkills(
  occupation: ConceptRef,
  lang: string,
): Promise<Result<TypicalSkill[], string>> {
  const loaded = await loadCatalogue(readCatalogueFile, {
    packs: (entry) =>
      entry.kind === 'skill' ||
      (entry.kind === 'occupation' && (entry.scheme === occupation.scheme || entry.scheme === 'isco-08')),
    languages: [...new Set([lang, 'en'])],
    terms: false,
  });
  if (!loaded.ok) return loaded;
  const skills: TypicalSkill[] = [];
  for (const found of typicalSkillsOf(loaded.value, occupation)) {
    const label = labelOf(found, [lang, 'en']);
    if (label) skills.push({ ref: { scheme: found.pack.entry.scheme, code: found.concept.code }, label });
    if (skills.length === SHOWN) break;
  }
  return ok(skills);
}
