/**
 * Loaded on first use of a search field: the packs of one kind in the languages asked for, and
 * the index over them. Sessions are kept per kind and language set for the page's lifetime.
 */
import type { ConceptKind } from '../../core/catalogue/format.ts';
import { loadCatalogue } from '../../core/catalogue/load.ts';
import { buildCatalogueSearch, type SearchHit } from '../../core/catalogue/search.ts';
import { OCCUPATION_SCHEMES } from '../../core/profile/codes.ts';
import { fail, ok, type Result } from '../../core/result.ts';
import { readCatalogueFile } from './catalogueFiles.ts';

export interface SearchSession {
  readonly languages: readonly string[];
  search(query: string, lang: string): SearchHit[];
  /** Languages the query's script calls for that this session has not loaded. */
  missingLanguages(query: string): string[];
}

// Languages to add when a query is written in their script and they are not loaded yet:
// a person may type Arabic while the interface is Swedish.
const SCRIPTS: [RegExp, string[]][] = [
  [/\p{Script=Arabic}/u, ['ar', 'fa']],
  [/\p{Script=Ethiopic}/u, ['ti']],
  [/\p{Script=Cyrillic}/u, ['uk']],
];

function languagesForQuery(query: string, loaded: readonly string[]): string[] {
  return SCRIPTS.filter(([script]) => script.test(query))
    .flatMap(([, languages]) => languages)
    .filter((lang) => !loaded.includes(lang));
}

const sessions = new Map<string, Promise<Result<SearchSession, string>>>();

/** Profile v1 stores only these schemes for an occupation; a pack of another is not offered. */
const allowed = (kind: ConceptKind, scheme: string) =>
  kind !== 'occupation' || (OCCUPATION_SCHEMES as readonly string[]).includes(scheme);

export function openSearchSession(
  kind: ConceptKind,
  wanted: readonly string[],
): Promise<Result<SearchSession, string>> {
  const languages = [...new Set(wanted)].sort();
  const key = `${kind} ${languages.join(',')}`;
  const known = sessions.get(key);
  if (known) return known;
  const opened = loadCatalogue(readCatalogueFile, {
    packs: (entry) => entry.kind === kind && allowed(kind, entry.scheme),
    languages,
    terms: true,
  }).then((loaded) => {
    if (!loaded.ok) {
      sessions.delete(key);
      return fail(loaded.reason);
    }
    if (loaded.value.packs.length === 0) {
      sessions.delete(key);
      return fail(loaded.value.problems[0]?.reason ?? 'catalogue_missing');
    }
    const index = buildCatalogueSearch(loaded.value, kind);
    return ok({
      languages,
      search: (query: string, lang: string) => index.search(query, { lang, limit: 8 }),
      missingLanguages: (query: string) => languagesForQuery(query, languages),
    });
  });
  sessions.set(key, opened);
  return opened;
}
