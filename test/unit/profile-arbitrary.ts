import fc from 'fast-check';
import {
  CEFR_LEVELS,
  DRIVING_CATEGORIES,
  OCCUPATION_SCHEMES,
  type Profile,
  parseProfile,
  SFI_COURSES,
  WORK_KINDS,
  WORK_TIMES,
} from '../../src/core/index.ts';

/** Free text as people type it: any script, emoji, and the odd control character. */
const text = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'grapheme', maxLength: Math.min(maxLength, 60) }),
    fc.constantFrom('Samira', 'سميرة', 'ሳሚራ', 'Ålänning', 'Kök & café'),
  );
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const partialDate = fc
  .tuple(fc.integer({ min: 1950, max: 2030 }), fc.option(fc.integer({ min: 1, max: 12 })))
  .map(([y, m]) => (m === null ? String(y) : `${y}-${String(m).padStart(2, '0')}`));
const country = fc.constantFrom('SE', 'SY', 'AF', 'SO', 'ER', 'UA');
const lang = fc.constantFrom('sv', 'ar', 'fa', 'so', 'ti', 'uk', 'en');
const cefr = fc.constantFrom(...CEFR_LEVELS);

/** Drops members whose value is undefined, as a stored or parsed profile has them. */
const clean = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

const entries = <T extends object>(entry: fc.Arbitrary<T>, maxLength: number) =>
  fc
    .uniqueArray(fc.tuple(fc.stringMatching(/^[a-z0-9]{1,12}$/), entry), {
      maxLength,
      selector: ([id]) => id,
    })
    .map((list) => list.map(([id, e]) => clean({ id, ...e })));

export const profileArbitrary = (maxEntries = 6): fc.Arbitrary<Profile> =>
  fc
    .record({
      v: fc.constant(1 as const),
      lang,
      person: fc
        .record({
          givenName: text(40),
          familyName: text(40),
          birthYear: opt(fc.integer({ min: 1900, max: 2025 })),
          phone: opt(fc.constantFrom('070-123 45 67', '+46 70 1234567')),
          municipality: opt(text(40)),
          about: opt(text(300)),
        })
        .map(clean),
      languages: entries(
        fc.record({
          lang,
          mother: opt(fc.boolean()),
          levels: opt(
            fc.record({ listening: cefr, reading: cefr, interaction: cefr, production: cefr, writing: cefr }),
          ),
          sfi: opt(fc.constantFrom(...SFI_COURSES)),
        }),
        maxEntries,
      ),
      education: entries(
        fc.record({
          title: text(60),
          isced: opt(fc.integer({ min: 0, max: 8 })),
          country: opt(country),
          from: opt(partialDate),
          completed: opt(fc.boolean()),
        }),
        maxEntries,
      ),
      work: entries(
        fc.record({
          title: text(60),
          kind: fc.constantFrom(...WORK_KINDS),
          occupation: opt(
            fc.record({ scheme: fc.constantFrom(...OCCUPATION_SCHEMES), code: fc.stringMatching(/^\d{4}$/) }),
          ),
          employer: opt(text(60)),
          from: opt(partialDate),
          to: opt(partialDate),
          tasks: opt(text(300)),
        }),
        maxEntries,
      ),
      skills: entries(
        fc.record({
          label: text(60),
          level: opt(fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>),
        }),
        maxEntries,
      ),
      licences: entries(
        fc.oneof(
          fc.record({
            kind: fc.constant('driving' as const),
            category: fc.constantFrom(...DRIVING_CATEGORIES),
          }),
          fc.record({ kind: fc.constant('other' as const), label: text(60), date: opt(partialDate) }),
        ),
        maxEntries,
      ),
      wishes: fc
        .record({
          occupations: opt(fc.array(text(40), { minLength: 1, maxLength: 5 })),
          workTime: opt(fc.constantFrom(...WORK_TIMES)),
          regions: opt(fc.array(text(40), { minLength: 1, maxLength: 5 })),
          studies: opt(text(100)),
        })
        .map(clean),
    })
    .map((candidate) => {
      const parsed = parseProfile(candidate);
      if (!parsed.ok)
        throw new Error(`the arbitrary made an invalid profile: ${JSON.stringify(parsed.problems)}`);
      return parsed.value;
    });
