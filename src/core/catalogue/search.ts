/**
 * Search while typing over the occupations or skills of a loaded catalogue, in every loaded
 * language at once: a person may type Swedish in an Arabic interface. Labels and the query are
 * folded (case, diacritics, letter variants), every query word must match a word of one label
 * (the last word may be unfinished), and small typos are forgiven (one edit from four letters
 * on, two from eight).
 */
import { type Catalogue, type ConceptLabel, type FoundConcept, labelOf } from './catalogue.ts';
import type { ConceptKind } from './format.ts';
import { foldedWords } from './normalize.ts';
import type { ConceptRef } from './refs.ts';
import { buildVocabulary, type Vocabulary } from './vocabulary.ts';

export interface SearchHit {
  ref: ConceptRef;
  found: FoundConcept;
  /** The label the query matched best: the preferred label or a search term, in some language. */
  matched: { text: string; lang: string; preferred: boolean };
  /** The preferred label in the interface language, or the nearest language that has one. */
  label: ConceptLabel | undefined;
  score: number;
}

export interface CatalogueSearch {
  search(query: string, options: { lang: string; limit?: number }): SearchHit[];
  readonly size: { concepts: number; labels: number; words: number };
}

/** Edits forgiven in a query word of this length. */
export function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  return length <= 7 ? 1 : 2;
}

const MAX_QUERY_WORDS = 6;
const MIN_QUERY_LENGTH = 2;
/** Word scores: 1 for a whole word, 0.75–0.95 for the start of one, 0.5 or 0.35 with typos. */
const EXACT_OR_PREFIX = 0.75;
const ENOUGH_AS_TYPED = 3;

interface Labels {
  concept: number[];
  lang: string[];
  preferred: boolean[];
  text: string[];
  words: number[];
}

/** Builds the index once; each keystroke is then one `search` call. */
export function buildCatalogueSearch(catalogue: Catalogue, kind: ConceptKind): CatalogueSearch {
  const concepts: FoundConcept[] = [];
  const labels: Labels = { concept: [], lang: [], preferred: [], text: [], words: [] };
  const postings = new Map<string, number[]>();

  const addLabel = (slot: number, text: string, lang: string, preferred: boolean) => {
    const words = foldedWords(text);
    if (words.length === 0) return;
    const label = labels.text.length;
    labels.concept.push(slot);
    labels.lang.push(lang);
    labels.preferred.push(preferred);
    labels.text.push(text);
    labels.words.push(words.length);
    words.forEach((word, position) => {
      // Postings hold label * 2 + (first word ? 1 : 0): a match at a label's start ranks higher.
      const list = postings.get(word) ?? [];
      list.push(label * 2 + (position === 0 ? 1 : 0));
      postings.set(word, list);
    });
  };

  for (const pack of catalogue.packs) {
    if (pack.entry.kind !== kind) continue;
    pack.concepts.forEach((concept, position) => {
      if (concept.group) return;
      const slot = concepts.length;
      concepts.push({ pack, position, concept });
      for (const [lang, language] of pack.languages) {
        const preferred = language.labels[position];
        if (preferred) addLabel(slot, preferred, lang, true);
        for (const term of language.terms?.[position] ?? []) addLabel(slot, term, lang, false);
      }
      // Numeric codes can be typed too: a case worker may know "5120".
      const codes = [concept.code, ...(concept.match ?? []).map((key) => key.slice(key.indexOf(':') + 1))];
      for (const code of new Set(codes)) if (/^\d{2,8}$/.test(code)) addLabel(slot, code, '', false);
    });
  }

  const vocabulary: Vocabulary = buildVocabulary(postings.keys());
  const postingStart = new Int32Array(vocabulary.words.length + 1);
  const postingList = new Int32Array([...postings.values()].reduce((sum, list) => sum + list.length, 0));
  vocabulary.words.forEach((word, index) => {
    const list = postings.get(word)!;
    postingList.set(list, postingStart[index]!);
    postingStart[index + 1] = postingStart[index]! + list.length;
  });
  postings.clear();

  const labelCount = labels.text.length;
  // Scratch arrays, valid where the stamp equals the current query's number.
  const tokenScore = new Float32Array(labelCount);
  const tokenStamp = new Uint32Array(labelCount);
  const total = new Float32Array(labelCount);
  const weakest = new Float32Array(labelCount);
  const matchedTokens = new Uint8Array(labelCount);
  const startBonus = new Uint8Array(labelCount);
  const queryStamp = new Uint32Array(labelCount);
  const conceptBest = new Float32Array(concepts.length);
  const conceptLabel = new Int32Array(concepts.length);
  const conceptStamp = new Uint32Array(concepts.length);
  let stamp = 0;
  let queryNumber = 0;

  function search(query: string, options: { lang: string; limit?: number }): SearchHit[] {
    const tokens = foldedWords(query).slice(0, MAX_QUERY_WORDS);
    // One letter matches thousands of labels and tells nothing: suggestions start at two.
    if (tokens.join('').length < MIN_QUERY_LENGTH) return [];
    queryNumber++;
    let candidates: number[] = [];
    tokens.forEach((token, index) => {
      stamp++;
      const touched: number[] = [];
      // Codes and numbers are matched as typed: 1120 is not a typo of 5120.
      const edits = /\p{L}/u.test(token) ? allowedEdits(token.length) : 0;
      for (const { word, edits: made } of vocabulary.match(token, edits)) {
        const wordLength = vocabulary.words[word]!.length;
        const score =
          made === 0
            ? wordLength === token.length
              ? 1
              : 0.75 + (0.2 * token.length) / wordLength
            : made === 1
              ? 0.5
              : 0.35;
        for (let p = postingStart[word]!; p < postingStart[word + 1]!; p++) {
          const label = postingList[p]! >> 1;
          if (index > 0 && (queryStamp[label] !== queryNumber || matchedTokens[label] !== index)) continue;
          if (tokenStamp[label] !== stamp) {
            tokenStamp[label] = stamp;
            tokenScore[label] = score;
            touched.push(label);
            if (index === 0) startBonus[label] = 0;
          } else if (score > tokenScore[label]!) tokenScore[label] = score;
          if (index === 0 && postingList[p]! & 1 && made === 0) startBonus[label] = 1;
        }
      }
      for (const label of touched) {
        if (index === 0) {
          queryStamp[label] = queryNumber;
          total[label] = tokenScore[label]!;
          weakest[label] = tokenScore[label]!;
          matchedTokens[label] = 1;
        } else {
          total[label] = total[label]! + tokenScore[label]!;
          weakest[label] = Math.min(weakest[label]!, tokenScore[label]!);
          matchedTokens[label] = index + 1;
        }
      }
      if (index === 0) candidates = touched;
    });

    // Typos are forgiven only while the query finds little as typed: "kock" should not offer
    // "lock" beside three kinds of cook.
    let typed = 0;
    for (const label of candidates)
      if (matchedTokens[label] === tokens.length && weakest[label]! >= EXACT_OR_PREFIX) typed++;
    const forgiving = typed < ENOUGH_AS_TYPED;
    const hitConcepts: number[] = [];
    for (const label of candidates) {
      if (matchedTokens[label] !== tokens.length) continue;
      if (!forgiving && weakest[label]! < EXACT_OR_PREFIX) continue;
      const score =
        total[label]! / tokens.length +
        (labels.preferred[label] ? 0.1 : 0) +
        (labels.lang[label] === options.lang ? 0.15 : 0) +
        (startBonus[label] ? 0.1 : 0) +
        (0.3 * tokens.length) / Math.max(tokens.length, labels.words[label]!);
      const slot = labels.concept[label]!;
      if (conceptStamp[slot] !== queryNumber) {
        conceptStamp[slot] = queryNumber;
        conceptBest[slot] = score;
        conceptLabel[slot] = label;
        hitConcepts.push(slot);
      } else if (score > conceptBest[slot]!) {
        conceptBest[slot] = score;
        conceptLabel[slot] = label;
      }
    }

    hitConcepts.sort(
      (a, b) =>
        conceptBest[b]! - conceptBest[a]! ||
        labels.text[conceptLabel[a]!]!.length - labels.text[conceptLabel[b]!]!.length ||
        a - b,
    );
    const languages = [options.lang, 'en', 'sv', ...catalogue.packs.flatMap((p) => [...p.languages.keys()])];
    return hitConcepts.slice(0, options.limit ?? 8).map((slot) => {
      const found = concepts[slot]!;
      const label = conceptLabel[slot]!;
      return {
        ref: { scheme: found.pack.entry.scheme, code: found.concept.code },
        found,
        matched: {
          text: labels.text[label]!,
          lang: labels.lang[label]!,
          preferred: labels.preferred[label]!,
        },
        label: labelOf(found, languages),
        score: conceptBest[slot]!,
      };
    });
  }

  return {
    search,
    size: { concepts: concepts.length, labels: labelCount, words: vocabulary.words.length },
  };
}
