/**
 * Loaded on demand: the packs that name the codes of one profile, in the reader's language
 * (and English, the fallback every pack of the starter catalogue has).
 */
import { type CatalogueRequest, loadCatalogue } from '../../core/catalogue/load.ts';
import type { CodedRefs } from '../../core/catalogue/refs.ts';
import { readCatalogueFile } from './catalogueFiles.ts';

export function packsFor(refs: CodedRefs): CatalogueRequest['packs'] {
  const occupations = new Set(refs.occupations.map((ref) => ref.scheme));
  // ISCO-08 names the groups of ESCO occupations and the matches of SSYK 2012 codes.
  if (occupations.size > 0) occupations.add('isco-08');
  const skills = new Set(refs.skills.map((ref) => ref.scheme));
  return (entry) =>
    (entry.kind === 'occupation' && occupations.has(entry.scheme)) ||
    (entry.kind === 'skill' && skills.has(entry.scheme));
}

export function loadLabels(refs: CodedRefs, lang: string) {
  return loadCatalogue(readCatalogueFile, {
    packs: packsFor(refs),
    languages: [...new Set([lang, 'en'])],
    terms: false,
  });
}
