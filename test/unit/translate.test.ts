import { describe, expect, it } from 'vitest';
import { createTranslator, type Strings } from '../../src/ui/i18n/translate.ts';

const strings = new Map<string, Strings>([
  [
    'sv',
    {
      a: { b: 'Hej {{name}}', only: 'bara svenska', n_one: '{{count}} post', n_other: '{{count}} poster' },
      constructor: 'inte ärvd',
    },
  ],
  [
    'ar',
    {
      a: {
        b: 'مرحبا {{name}}',
        n_zero: 'لا شيء',
        n_one: 'واحد',
        n_two: 'اثنان',
        n_few: '{{count}} قليلة',
        n_many: '{{count}} كثيرة',
        n_other: '{{count}} أخرى',
      },
    },
  ],
  ['en', { a: { n_one: 'one entry', n_other: '{{count}} entries' } }],
]);

describe('createTranslator', () => {
  it('finds nested keys and fills placeholders', () => {
    expect(createTranslator('sv', strings).t('a.b', { name: 'Amal' })).toBe('Hej Amal');
  });

  it('leaves a placeholder without a value as written', () => {
    expect(createTranslator('sv', strings).t('a.b')).toBe('Hej {{name}}');
  });

  it("picks the plural form by the language's rules, and _zero for 0 where there is one", () => {
    const ar = createTranslator('ar', strings);
    expect([0, 1, 2, 3, 11, 100].map((count) => ar.t('a.n', { count }))).toEqual([
      'لا شيء',
      'واحد',
      'اثنان',
      '3 قليلة',
      '11 كثيرة',
      '100 أخرى',
    ]);
    const en = createTranslator('en', strings);
    expect([0, 1, 2].map((count) => en.t('a.n', { count }))).toEqual(['0 entries', 'one entry', '2 entries']);
  });

  it('falls back to Swedish, then to the default value, then to the key', () => {
    const en = createTranslator('en', strings);
    expect(en.t('a.only')).toBe('bara svenska');
    expect(en.t('a.missing', { defaultValue: 'x' })).toBe('x');
    expect(en.t('a.missing')).toBe('a.missing');
  });

  it('translates into another language on request (bilingual glosses)', () => {
    expect(createTranslator('ar', strings).t('a.b', { name: 'Amal', lng: 'sv' })).toBe('Hej Amal');
  });

  it('reads only the files own keys, never inherited properties', () => {
    const en = createTranslator('en', strings);
    expect(en.t('a.toString')).toBe('a.toString');
    expect(en.t('a.b.length')).toBe('a.b.length');
    expect(en.t('constructor')).toBe('inte ärvd');
    expect(en.t('__proto__')).toBe('__proto__');
  });

  it("takes the first of several keys that the reader's language has, before Swedish", () => {
    const ar = createTranslator('ar', strings);
    expect(ar.t(['a.missing', 'a.b'], { name: 'Amal' })).toBe('مرحبا Amal');
    expect(ar.t(['a.only', 'a.b'], { name: 'Amal' })).toBe('مرحبا Amal');
    expect(ar.t(['a.missing', 'a.only'])).toBe('bara svenska');
    expect(ar.t(['a.missing', 'a.gone'])).toBe('a.missing');
    expect(ar.t([])).toBe('');
  });
});
