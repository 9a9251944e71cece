/**
 * A catalogue as loaded for one purpose (the viewer's labels, the editor's search): the index,
 * and for each pack wanted its concepts and the languages asked for, with lookups by code.
 * Loading (load.ts) is partial by design: a pack or a language that cannot be read is reported
 * and left out, and a reader shows the code where it has no label.
 */
import type {
  CatalogueIndex,
  CatalogueReason,
  Concept,
  ConceptKind,
  LabelMeta,
  PackEntry,
} from './format.ts';
import { type ConceptRef, parseRefKey, refKey } from './refs.ts';

export interface LoadedLanguage {
  labels: readonly string[];
  terms: readonly (readonly string[])[] | undefined;
  meta: LabelMeta | undefined;
  machineTranslated: boolean;
}

export interface LoadedPack {
  entry: PackEntry;
  concepts: readonly Concept[];
  positions: ReadonlyMap<string, number>;
  languages: ReadonlyMap<string, LoadedLanguage>;
}

export interface CatalogueProblem {
  file: string;
  reason: CatalogueReason;
}

export interface Catalogue {
  index: CatalogueIndex;
  packs: readonly LoadedPack[];
  problems: readonly CatalogueProblem[];
}

export interface FoundConcept {
  pack: LoadedPack;
  position: number;
  concept: Concept;
}

/** The concept a code names, in a pack of its scheme (and of one of `kinds`, when given). */
export function findConcept(
  catalogue: Catalogue,
  ref: ConceptRef,
  kinds?: readonly ConceptKind[],
): FoundConcept | undefined {
  for (const pack of catalogue.packs) {
    if (pack.entry.scheme !== ref.scheme || (kinds && !kinds.includes(pack.entry.kind))) continue;
    const position = pack.positions.get(ref.code);
    if (position !== undefined) return { pack, position, concept: pack.concepts[position]! };
  }
  return undefined;
}

/**
 * Concepts that name `ref` as their match, e.g. the ISCO-08 unit group that corresponds to an
 * SSYK 2012 code: a scheme with no pack of its own can still be read through its matches.
 */
export function findMatching(catalogue: Catalogue, ref: ConceptRef): FoundConcept[] {
  const key = refKey(ref);
  const found: FoundConcept[] = [];
  for (const pack of catalogue.packs)
    pack.concepts.forEach((concept, position) => {
      if (concept.match?.includes(key)) found.push({ pack, position, concept });
    });
  return found;
}

export interface ConceptLabel {
  text: string;
  lang: string;
  machineTranslated: boolean;
}

/** The concept's preferred label in the first of `langs` that has one. */
export function labelOf(found: FoundConcept, langs: readonly string[]): ConceptLabel | undefined {
  for (const lang of langs) {
    const language = found.pack.languages.get(lang);
    const text = language?.labels[found.position];
    if (language && text) return { text, lang, machineTranslated: language.machineTranslated };
  }
  return undefined;
}

/** The reader's language first, then the languages of the labour market, then any loaded. */
export function labelLanguages(catalogue: Catalogue, reader: string): string[] {
  const loaded = catalogue.packs.flatMap((pack) => [...pack.languages.keys()]);
  return [...new Set([reader, 'en', 'sv', ...loaded.sort()])];
}

export function schemeNameOf(catalogue: Catalogue, scheme: string, fallback: Record<string, string>): string {
  return (
    catalogue.index.packs.find((entry) => entry.scheme === scheme)?.schemeName ?? fallback[scheme] ?? scheme
  );
}

/** The typical skills of an occupation: its own, then those of its broader concepts. */
export function typicalSkillsOf(catalogue: Catalogue, occupation: ConceptRef): FoundConcept[] {
  const found = findConcept(catalogue, occupation, ['occupation']) ?? findMatching(catalogue, occupation)[0];
  if (!found) return [];
  const keys = [
    ...(found.concept.related ?? []),
    ...(found.concept.broader ?? []).flatMap(
      (broader) => findConcept(catalogue, parseRefKey(broader), ['occupation'])?.concept.related ?? [],
    ),
  ];
  const skills: FoundConcept[] = [];
  for (const key of new Set(keys)) {
    const skill = findConcept(catalogue, parseRefKey(key), ['skill']);
    if (skill && !skill.concept.group) skills.push(skill);
  }
  return skills;
}
