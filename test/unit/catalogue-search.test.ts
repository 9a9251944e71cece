import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/core/catalogue/catalogue.ts';
import { foldedWords, foldText } from '../../src/core/catalogue/normalize.ts';
import { allowedEdits, buildCatalogueSearch, type CatalogueSearch } from '../../src/core/catalogue/search.ts';
import { buildVocabulary } from '../../src/core/catalogue/vocabulary.ts';
import { committedCatalogue } from './catalogue-support.ts';

let catalogue: Catalogue;
let occupations: CatalogueSearch;
let skills: CatalogueSearch;
beforeAll(async () => {
  catalogue = await committedCatalogue();
  occupations = buildCatalogueSearch(catalogue, 'occupation');
  skills = buildCatalogueSearch(catalogue, 'skill');
});

const codes = (search: CatalogueSearch, query: string, lang = 'sv', limit = 8) =>
  search.search(query, { lang, limit }).map((hit) => `${hit.ref.scheme}:${hit.ref.code}`);
const first = (search: CatalogueSearch, query: string, lang = 'sv') => codes(search, query, lang)[0];

describe('text folding', () => {
  it('ignores case, diacritics and the letter variants keyboards differ in', () => {
    expect(foldText('KÖK')).toBe(foldText('kok'));
    expect(foldText('Städare')).toBe('stadare');
    expect(foldText('Straße')).toBe('strasse');
    expect(foldText('طَبّاخ')).toBe(foldText('طباخ'));
    expect(foldText('أمين')).toBe(foldText('امين'));
    expect(foldText('آشپز')).toBe(foldText('اشپز'));
    expect(foldText('مدرسة')).toBe(foldText('مدرسه'));
    expect(foldText('كارگر')).toBe(foldText('کارگر'));
    expect(foldText('یک')).toBe(foldText('يک'));
    expect(foldText('Їжа')).toBe(foldText('іжа'));
    expect(foldText('٥١٢٠')).toBe('5120');
  });

  it('splits on punctuation and spaces, in any script', () => {
    expect(foldedWords('Restaurang- och köksbiträden')).toEqual(['restaurang', 'och', 'koksbitraden']);
    expect(foldedWords('ሓገዝቲ ክሽነ')).toEqual(['ሓገዝቲ', 'ክሽነ']);
    expect(foldedWords('  ,, ')).toEqual([]);
  });
});

/** Prefix edit distance by the textbook table: the reference the trie walk must agree with. */
function prefixDistance(query: string, word: string): number {
  let previous = Array.from({ length: word.length + 1 }, (_, j) => j);
  let beforePrevious: number[] = [];
  for (let i = 1; i <= query.length; i++) {
    const row = [i];
    for (let j = 1; j <= word.length; j++) {
      let cost = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + (query[i - 1] === word[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && query[i - 1] === word[j - 2] && query[i - 2] === word[j - 1])
        cost = Math.min(cost, beforePrevious[j - 2]! + 1);
      row.push(cost);
    }
    beforePrevious = previous;
    previous = row;
  }
  return Math.min(...previous);
}

describe('the word matcher (properties)', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'k', 'o', 'ö'), minLength: 1, maxLength: 9 });

  it('finds exactly the words with a prefix within the allowed edits, with the fewest edits', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { maxLength: 40 }),
        word,
        fc.integer({ min: 0, max: 2 }),
        (words, query, edits) => {
          const vocabulary = buildVocabulary(words);
          const found = new Map(
            vocabulary.match(query, edits).map((m) => [vocabulary.words[m.word]!, m.edits]),
          );
          for (const candidate of words) {
            const distance = prefixDistance(query, candidate);
            expect(found.get(candidate), `${query} → ${candidate}`).toBe(
              distance <= edits ? distance : undefined,
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('forgives one typo (swap, missing, extra or wrong letter) from four letters on', () => {
    // Five letters or more, so that the typed word keeps four even with a letter dropped.
    const letters = fc.string({
      unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
      minLength: 5,
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        letters,
        fc.nat(),
        fc.constantFrom('swap', 'drop', 'add', 'change'),
        (original, at, typo) => {
          const i = at % (original.length - 1);
          const typed =
            typo === 'swap'
              ? original.slice(0, i) + original[i + 1] + original[i] + original.slice(i + 2)
              : typo === 'drop'
                ? original.slice(0, i) + original.slice(i + 1)
                : typo === 'add'
                  ? `${original.slice(0, i)}x${original.slice(i)}`
                  : `${original.slice(0, i)}${original[i] === 'x' ? 'y' : 'x'}${original.slice(i + 1)}`;
          const vocabulary = buildVocabulary([original, 'zzzzzzzzzz']);
          const matched = vocabulary
            .match(typed, allowedEdits(typed.length))
            .map((m) => vocabulary.words[m.word]);
          expect(matched).toContain(original);
        },
      ),
    );
  });
});

describe('search over the starter catalogue', () => {
  it('finds the same occupation for "kock", "طباخ" and "cook" (ISCO-08 5120), whatever the interface language', () => {
    for (const lang of ['sv', 'en', 'ar', 'fa', 'so', 'ti', 'uk']) {
      expect(first(occupations, 'kock', lang), lang).toBe('isco-08:5120');
      expect(first(occupations, 'طباخ', lang), lang).toBe('isco-08:5120');
      expect(codes(occupations, 'cook', lang).slice(0, 2), lang).toContain('isco-08:5120');
    }
  });

  it('finds the occupation in every language of the catalogue', () => {
    for (const query of ['Kockar', 'cooks', 'الطهاة', 'آشپز', 'cunto kariye', 'ኣብሳሊ', 'кухар'])
      expect(codes(occupations, query).slice(0, 2), query).toContain('isco-08:5120');
  });

  it('forgives small typos, case and missing diacritics', () => {
    expect(first(occupations, 'kcok')).toBe('isco-08:5120');
    expect(first(occupations, 'KOCK')).toBe('isco-08:5120');
    expect(first(occupations, 'undersjöterska')).toBe('isco-08:5321');
    expect(first(occupations, 'underskoterska')).toBe('isco-08:5321');
    expect(first(occupations, 'lastbilsforare')).toBe('isco-08:8332');
    expect(first(occupations, 'elektrikre')).toBe('isco-08:7411');
    expect(first(occupations, 'طَبّاخ')).toBe('isco-08:5120');
  });

  it('matches alternative labels and unfinished words, and reports the label it matched', () => {
    const [hit] = occupations.search('busschauf', { lang: 'sv' });
    expect(hit?.ref).toEqual({ scheme: 'isco-08', code: '8331' });
    expect(hit?.matched).toMatchObject({ text: 'busschaufför', lang: 'sv', preferred: false });
    expect(hit?.label).toMatchObject({ text: 'Buss- och spårvagnsförare', lang: 'sv' });
    // ESCO's own alternative labels (English): "commis chef" is one of "chef".
    const [chef] = occupations.search('commis chef', { lang: 'en' });
    expect(chef?.ref).toEqual({ scheme: 'esco', code: escoCode('chef') });
    expect(chef?.matched).toMatchObject({ text: 'commis chef', preferred: false });
  });

  it('needs every word of a query in one label', () => {
    expect(first(occupations, 'ljud tekniker')).toBe('isco-08:3521');
    expect(occupations.search('kock lastbil', { lang: 'sv' })).toEqual([]);
  });

  it('matches codes exactly: 5120 finds 5120 and SSYK matches, never 1120', () => {
    expect(codes(occupations, '5120')).toEqual(['isco-08:5120']);
    // SSYK 2012 3360 (police) corresponds to ISCO-08 5412.
    expect(codes(occupations, '3360')).toEqual(['isco-08:5412']);
  });

  it('offers skills by their words in any language', () => {
    expect(first(skills, 'laga mat i stora')).toBe('kp-skill:food-01');
    expect(first(skills, 'bakning')).toBe('kp-skill:food-05');
    expect(first(skills, 'svetsa')).toBe('kp-skill:trades-11');
    expect(first(skills, 'لحام')).toBe('kp-skill:trades-11');
    expect(first(skills, 'welding', 'ar')).toBe('kp-skill:trades-11');
    expect(first(skills, 'зварювання')).toBe('kp-skill:trades-11');
  });

  it('never offers a skill group, only skills', () => {
    for (const query of ['restaurang', 'food', 'personliga egenskaper'])
      for (const code of codes(skills, query)) expect(code).toMatch(/^kp-skill:[a-z]+-\d\d$/);
  });

  it('returns nothing for an empty or blank query, or a single letter', () => {
    expect(occupations.search('', { lang: 'sv' })).toEqual([]);
    expect(occupations.search(' -,. ', { lang: 'sv' })).toEqual([]);
    expect(occupations.search('k', { lang: 'sv' })).toEqual([]);
    expect(occupations.search('ko', { lang: 'sv' }).length).toBeGreaterThan(0);
  });

  it('labels each hit in the interface language where the pack has one', () => {
    expect(occupations.search('kock', { lang: 'ar' })[0]?.label).toMatchObject({
      text: 'الطهاة',
      lang: 'ar',
    });
    expect(occupations.search('طباخ', { lang: 'uk' })[0]?.label).toMatchObject({
      text: 'Кухарі',
      lang: 'uk',
    });
    // ESCO occupations have English labels only in the starter catalogue.
    const esco = occupations.search('grill cook', { lang: 'sv' })[0];
    expect(esco?.ref.scheme).toBe('esco');
    expect(esco?.label?.lang).toBe('en');
  });
});

function escoCode(label: string): string {
  const pack = catalogue.packs.find((p) => p.entry.id === 'esco-occupations')!;
  const labels = pack.languages.get('en')!;
  const position = labels.labels.indexOf(label);
  if (position < 0) throw new Error(`no ESCO occupation "${label}"`);
  return pack.concepts[position]!.code;
}
