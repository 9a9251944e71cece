/**
 * What a reader sees for one coded value: its label in the reader's language where the
 * catalogue has one, and the codes a case worker matches it by.
 */
import {
  type Catalogue,
  type ConceptLabel,
  type FoundConcept,
  findConcept,
  findMatching,
  labelLanguages,
  labelOf,
  schemeNameOf,
} from './catalogue.ts';
import type { ConceptKind } from './format.ts';
import { type ConceptRef, parseRefKey, SCHEME_NAMES } from './refs.ts';

export interface ConceptDescription {
  ref: ConceptRef;
  /** False when no loaded pack knows the code: show the code alone. */
  known: boolean;
  /** The preferred label: in the reader's language if the catalogue has it, else the nearest. */
  label: ConceptLabel | undefined;
  /**
   * When the label is not in the reader's language, the broader concept's label in it, e.g.
   * the ISCO-08 group "Kockar" of the English-only ESCO occupation "cook".
   */
  context: ConceptLabel | undefined;
  /** The code as a case worker reads it, e.g. "ISCO-08 5120", then codes of the same concept. */
  codes: string[];
}

const codeText = (catalogue: Catalogue, ref: ConceptRef) =>
  `${schemeNameOf(catalogue, ref.scheme, SCHEME_NAMES)} ${ref.code}`;

export function describeConcept(
  catalogue: Catalogue,
  ref: ConceptRef,
  kinds: readonly ConceptKind[],
  reader: string,
): ConceptDescription {
  const own = findConcept(catalogue, ref, kinds);
  // A scheme without a pack of its own (SSYK 2012) is read through the one concept that
  // names it as its match; two or more would make the label a guess.
  const matching = own ? [] : findMatching(catalogue, ref);
  const found: FoundConcept | undefined = own ?? (matching.length === 1 ? matching[0] : undefined);
  const codes = [codeText(catalogue, ref)];
  if (!found) return { ref, known: false, label: undefined, context: undefined, codes };
  const languages = labelLanguages(catalogue, reader);
  const label = labelOf(found, languages);
  const broader = (found.concept.broader ?? [])
    .map((key) => findConcept(catalogue, parseRefKey(key)))
    .filter((concept): concept is FoundConcept => concept !== undefined);
  const context =
    label && label.lang !== reader
      ? broader.map((concept) => labelOf(concept, [reader])).find((found) => found !== undefined)
      : undefined;
  const related = [
    ...(own ? [] : [{ scheme: found.pack.entry.scheme, code: found.concept.code }]),
    // A broader concept of another scheme places the code (ESCO's ISCO-08 group); a group of
    // the same scheme (a skill group) says nothing a case worker matches by.
    ...broader
      .filter((concept) => concept.pack.entry.scheme !== found.pack.entry.scheme)
      .map((concept) => ({ scheme: concept.pack.entry.scheme, code: concept.concept.code })),
    ...(found.concept.match ?? []).map(parseRefKey),
  ].filter((other) => other.scheme !== ref.scheme || other.code !== ref.code);
  return {
    ref,
    known: true,
    label,
    context,
    codes: [...codes, ...related.map((other) => codeText(catalogue, other))],
  };
}
