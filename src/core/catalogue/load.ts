/**
 * Reads a catalogue through a function that fetches one file (the browser) or reads it from
 * disk (the command line), and checks every file against its schema and against the index.
 */
import { fail, ok, type Result } from '../result.ts';
import type { Catalogue, CatalogueProblem, LoadedLanguage, LoadedPack } from './catalogue.ts';
import {
  type CatalogueIndex,
  CatalogueIndexSchema,
  type CatalogueReason,
  ConceptsFileSchema,
  LabelsFileSchema,
  type PackEntry,
  parseCatalogueFile,
  TermsFileSchema,
} from './format.ts';

/** Reads one JSON file of the catalogue folder by its name relative to the index. */
export type ReadCatalogueFile = (name: string) => Promise<Result<unknown, CatalogueReason>>;

export const INDEX_FILE = 'index.json';

export interface CatalogueRequest {
  /** Which packs to load, e.g. those whose scheme a snapshot uses. */
  packs: (entry: PackEntry) => boolean;
  /** Which languages of them; a language a pack lacks is simply not there. */
  languages: readonly string[];
  /** Search terms too (the editor), or preferred labels only (a reader). */
  terms: boolean;
}

export async function loadCatalogueIndex(
  read: ReadCatalogueFile,
): Promise<Result<CatalogueIndex, CatalogueReason>> {
  const raw = await read(INDEX_FILE);
  if (!raw.ok) return raw;
  return parseCatalogueFile(CatalogueIndexSchema, raw.value);
}

async function loadLanguage(
  read: ReadCatalogueFile,
  entry: PackEntry,
  lang: string,
  count: number,
  withTerms: boolean,
  problems: CatalogueProblem[],
): Promise<LoadedLanguage | undefined> {
  const files = entry.languages[lang];
  if (!files) return undefined;
  const readChecked = async <T extends { pack: string; lang: string; version: string }>(
    file: string,
    parse: (input: unknown) => Result<T, CatalogueReason>,
    length: (value: T) => number,
  ): Promise<T | undefined> => {
    const raw = await read(file);
    const parsed = raw.ok ? parse(raw.value) : raw;
    // A file of another pack, language or version of the concepts would attach wrong labels.
    const fits =
      parsed.ok &&
      parsed.value.pack === entry.id &&
      parsed.value.lang === lang &&
      parsed.value.version === entry.version &&
      length(parsed.value) === count;
    if (fits) return parsed.value;
    problems.push({ file, reason: parsed.ok ? 'catalogue_invalid' : parsed.reason });
    return undefined;
  };
  const labels = await readChecked(
    files.labels,
    (input) => parseCatalogueFile(LabelsFileSchema, input),
    (file) => file.labels.length,
  );
  if (!labels) return undefined;
  const terms =
    withTerms && files.terms
      ? await readChecked(
          files.terms,
          (input) => parseCatalogueFile(TermsFileSchema, input),
          (file) => file.terms.length,
        )
      : undefined;
  return {
    labels: labels.labels,
    terms: terms?.terms,
    meta: labels._meta,
    machineTranslated: files.machineTranslated,
  };
}

async function loadPack(
  read: ReadCatalogueFile,
  entry: PackEntry,
  request: CatalogueRequest,
  problems: CatalogueProblem[],
): Promise<LoadedPack | undefined> {
  const raw = await read(entry.concepts);
  const parsed = raw.ok ? parseCatalogueFile(ConceptsFileSchema, raw.value) : raw;
  if (!parsed.ok || parsed.value.pack !== entry.id) {
    problems.push({ file: entry.concepts, reason: parsed.ok ? 'catalogue_invalid' : parsed.reason });
    return undefined;
  }
  const concepts = parsed.value.concepts;
  const languages = new Map<string, LoadedLanguage>();
  await Promise.all(
    request.languages.map(async (lang) => {
      const loaded = await loadLanguage(read, entry, lang, concepts.length, request.terms, problems);
      if (loaded) languages.set(lang, loaded);
    }),
  );
  return {
    entry,
    concepts,
    positions: new Map(concepts.map((concept, position) => [concept.code, position])),
    languages,
  };
}

/** Loads the packs and languages asked for; fails only when the index itself cannot be read. */
export async function loadCatalogue(
  read: ReadCatalogueFile,
  request: CatalogueRequest,
): Promise<Result<Catalogue, CatalogueReason>> {
  const index = await loadCatalogueIndex(read);
  if (!index.ok) return index;
  const problems: CatalogueProblem[] = [];
  const wanted = index.value.packs.filter(request.packs);
  const loaded = await Promise.all(wanted.map((entry) => loadPack(read, entry, request, problems)));
  return ok({
    index: index.value,
    packs: loaded.filter((pack): pack is LoadedPack => pack !== undefined),
    problems,
  });
}

/** Reads a catalogue file through `fetch` relative to the catalogue folder's URL. */
export function fetchCatalogueFile(base: URL | string, fetcher: typeof fetch = fetch): ReadCatalogueFile {
  return async (name) => {
    let response: Response;
    try {
      response = await fetcher(new URL(name, base));
    } catch {
      return fail('catalogue_unavailable');
    }
    if (!response.ok) return fail(response.status === 404 ? 'catalogue_missing' : 'catalogue_unavailable');
    try {
      return ok((await response.json()) as unknown);
    } catch {
      return fail('catalogue_invalid');
    }
  };
}
