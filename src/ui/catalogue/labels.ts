/**
 * Loaded on demand: the packs that name the codes of one profile, in the reader's language
 * (and English, the fallback every pack of the starter catalogue has), and the naming itself,
 * so that a page without codes loads none of it.
 */
import type { CatalogueProblem } from '../../core/catalogue/catalogue.ts';
import { type ConceptDescription, describeConcept } from '../../core/catalogue/describe.ts';
import type { CatalogueReason } from '../../core/catalogue/format.ts';
import { type CatalogueRequest, loadCatalogue } from '../../core/catalogue/load.ts';
import type { CodedRefs, ConceptRef } from '../../core/catalogue/refs.ts';
import { ok, type Result } from '../../core/result.ts';
import { readCatalogueFile } from './catalogueFiles.ts';

export interface Labels {
  describe(ref: ConceptRef, kind: 'occupation' | 'skill'): ConceptDescription;
  /** Files that could not be read: the codes they would have named are shown as codes. */
  problems: readonly CatalogueProblem[];
}

export function packsFor(refs: CodedRefs): CatalogueRequest['packs'] {
  const occupations = new Set(refs.occupations.map((ref) => ref.scheme));
  // ISCO-08 names the groups of ESCO occupations and the matches of SSYK 2012 codes.
  if (occupations.size > 0) occupations.add('isco-08');
  const skills = new Set(refs.skills.map((ref) => ref.scheme));
  return (entry) =>
    (entry.kind === 'occupation' && occupations.has(entry.scheme)) ||
    (entry.kind === 'skill' && skills.has(entry.scheme));
}

export async function loadLabels(refs: CodedRefs, lang: string): Promise<Result<Labels, CatalogueReason>> {
  const loaded = await loadCatalogue(readCatalogueFile, {
    packs: packsFor(refs),
    languages: [...new Set([lang, 'en'])],
    terms: false,
  });
  if (!loaded.ok) return loaded;
  const catalogue = loaded.value;
  return ok({
    problems: catalogue.problems,
    describe: (ref, kind) => describeConcept(catalogue, ref, [kind], lang),
  });
}
