import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyProfile, parseProfile, parseProfileJson } from '../../src/core/index.ts';

const fixturePath = new URL('../../../shared/fixtures/typical-profile.json', import.meta.url);
const fixtureText = readFileSync(fixturePath, 'utf8');

describe('parseProfile', () => {
  it('parses the typical profile fixture unchanged', () => {
    const input = JSON.parse(fixtureText);
    const result = parseProfile(input);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toEqual(input);
  });

  it('accepts an empty profile', () => {
    expect(parseProfile(emptyProfile()).ok).toBe(true);
  });

  it('reports bad JSON as a problem, not an exception', () => {
    expect(parseProfileJson('{not json')).toEqual({
      ok: false,
      problems: [{ path: '', reason: 'not_json' }],
    });
  });

  it.each([
    ['bad country', (p: any) => (p.education[0].country = 'Syria'), 'education.0.country', 'bad_country'],
    ['bad date', (p: any) => (p.work[0].from = '2008-13'), 'work.0.from', 'bad_date'],
    [
      'bad CEFR level',
      (p: any) => (p.languages[1].levels.reading = 'B3'),
      'languages.1.levels.reading',
      'bad_code',
    ],
    ['bad work kind', (p: any) => (p.work[1].kind = 'slavery'), 'work.1.kind', 'bad_code'],
    ['ISCED out of range', (p: any) => (p.education[0].isced = 9), 'education.0.isced', 'out_of_range'],
    ['unknown field', (p: any) => (p.person.password = 'x'), 'person.password', 'unknown_field'],
    ['missing section', (p: any) => delete p.skills, 'skills', 'missing'],
    ['wrong type', (p: any) => (p.person.givenName = 42), 'person.givenName', 'wrong_type'],
    ['wrong version', (p: any) => (p.v = 2), 'v', 'bad_version'],
    ['too long', (p: any) => (p.person.about = 'x'.repeat(2001)), 'person.about', 'too_long'],
    ['bad driving category', (p: any) => (p.licences[0].category = 'Z'), 'licences.0.category', 'bad_code'],
    [
      'too many entries',
      (p: any) => (p.skills = Array.from({ length: 101 }, (_, i) => ({ id: `s${i}`, label: 'x' }))),
      'skills',
      'too_many',
    ],
    ['two entries with one id', (p: any) => (p.work[1].id = p.work[0].id), 'work', 'duplicate_id'],
  ])('refuses %s with a path and reason', (_name, mutate, path, reason) => {
    const input = JSON.parse(fixtureText);
    mutate(input);
    const result = parseProfile(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual({ path, reason });
  });
});

describe('wishes.occupationCodes (occupations chosen from a catalogue)', () => {
  const withCodes = (codes: unknown) => {
    const input = JSON.parse(fixtureText);
    input.wishes.occupationCodes = codes;
    return parseProfile(input);
  };

  it('takes codes of the occupation schemes, in the order given', () => {
    const codes = [
      { scheme: 'isco-08', code: '5120' },
      { scheme: 'esco', code: '90f75f67-495d-49fa-ab57-2f320e251d7e' },
    ];
    const result = withCodes(codes);
    expect(result.ok && result.value.wishes.occupationCodes).toEqual(codes);
  });

  it.each([
    [
      'another scheme',
      [{ scheme: 'kp-skill', code: 'food-01' }],
      'wishes.occupationCodes.0.scheme',
      'bad_code',
    ],
    ['an empty code', [{ scheme: 'isco-08', code: '' }], 'wishes.occupationCodes.0.code', 'empty'],
    [
      'more members',
      [{ scheme: 'isco-08', code: '5120', label: 'Kock' }],
      'wishes.occupationCodes.0.label',
      'unknown_field',
    ],
    [
      'more than 20',
      Array.from({ length: 21 }, () => ({ scheme: 'isco-08', code: '5120' })),
      'wishes.occupationCodes',
      'too_many',
    ],
    ['not a list', { scheme: 'isco-08', code: '5120' }, 'wishes.occupationCodes', 'not_a_list'],
  ])('refuses %s', (_name, codes, path, reason) => {
    const result = withCodes(codes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual({ path, reason });
  });
});
