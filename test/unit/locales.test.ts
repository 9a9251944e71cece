import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_REASONS } from '../../src/core/catalogue/format.ts';
import {
  ALL_SECTIONS,
  BACKUP_CREATE_REASONS,
  BACKUP_OPEN_REASONS,
  CEFR_LEVELS,
  CEFR_SKILLS,
  CREATE_REASONS,
  DRIVING_CATEGORIES,
  ENDORSEMENT_REASONS,
  ISCED_LEVELS,
  LIST_SECTIONS,
  OCCUPATION_SCHEMES,
  ORGANISATION_ENTRY_REASONS,
  PROBLEM_REASONS,
  RECEIVE_REASONS,
  REQUEST_REASONS,
  SKILL_LEVELS,
  SNAPSHOT_REASONS,
  WORK_KINDS,
  WORK_TIMES,
} from '../../src/core/index.ts';
import { STORAGE_REASONS } from '../../src/storage/errors.ts';
import { replyReasonKeys, requestReasonKeys } from '../../src/ui/confirm/reasonKeys.ts';
import { UI_LANGUAGES } from '../../src/ui/i18n/languages.ts';

type Tree = { [key: string]: string | Tree };

const PLURAL = /_(zero|one|two|few|many|other)$/;
const HUMAN_LANGUAGES = new Set(['sv', 'en']);

function load(lang: string): Tree {
  return JSON.parse(readFileSync(new URL(`../../locales/${lang}/translation.json`, import.meta.url), 'utf8'));
}

/** Flat "a.b.c" → text, without the _meta block. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (prefix === '' && key === '_meta') continue;
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const base = (key: string) => key.replace(PLURAL, '');
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

const en = flatten(load('en'));
const enKeys = new Set([...en.keys()].map(base));
// A plural is a key with an "_other" form: "problems.too_many" is a reason code, not a plural.
const pluralKeys = new Set(
  [...en.keys()].filter((k) => PLURAL.test(k) && en.has(`${base(k)}_other`)).map(base),
);

describe.each(UI_LANGUAGES.map((lang) => [lang]))('locale %s', (lang) => {
  const tree = load(lang);
  const texts = flatten(tree);
  const keys = new Set([...texts.keys()].map(base));

  it('has every key of the English file, and no other', () => {
    expect([...enKeys].filter((k) => !keys.has(k))).toEqual([]);
    expect([...keys].filter((k) => !enKeys.has(k))).toEqual([]);
  });

  it("has every plural form the language's rules ask for", () => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const key of pluralKeys) {
      for (const category of categories)
        expect(texts.has(`${key}_${category}`), `${key}_${category}`).toBe(true);
    }
  });

  it('keeps the placeholders of each text and leaves no text empty', () => {
    for (const [key, text] of texts) {
      expect(text.trim(), key).not.toBe('');
      const source = en.get(key) ?? en.get(`${base(key)}_other`) ?? '';
      // A plural "one" may write the number as a word; every other placeholder must stay.
      const expected = placeholders(source).filter((p) => !(PLURAL.test(key) && p === 'count'));
      expect(
        placeholders(text).filter((p) => p !== 'count' || !PLURAL.test(key)),
        key,
      ).toEqual(expected);
    }
  });

  // Swedish and English are written by people; every other file is machine-made until reviewed.
  if (HUMAN_LANGUAGES.has(lang)) return;

  it('is marked as machine-made and not yet reviewed', () => {
    expect(tree._meta).toMatchObject({ machineTranslated: true, reviewed: false });
  });

  it('is translated, not a copy of English', () => {
    const same = [...texts].filter(([key, text]) => en.get(key) === text && /[a-z]{4,}/.test(text));
    expect(same.length, same.map(([k]) => k).join(', ')).toBeLessThan(texts.size * 0.05);
  });
});

describe('keys the code builds at run time', () => {
  const codeKeys = [
    ...SNAPSHOT_REASONS.map((r) => `verify.reasons.${r}`),
    ...CREATE_REASONS.map((r) => `share.errors.${r}`),
    ...['invalid', 'expired', 'not_yet_valid'].flatMap((s) => [`viewer.status.${s}`, `viewer.advice.${s}`]),
    ...ENDORSEMENT_REASONS.map((r) => `endorsementReasons.${r}`),
    ...['trusted', 'unknown_issuer', 'self_endorsed', 'invalid'].map((s) => `viewer.endorsements.${s}`),
    ...['trusted', 'unknown_issuer', 'self_endorsed', 'changed'].map((s) => `viewer.mark.${s}`),
    ...['same', 'changed', 'absent'].map((s) => `viewer.inProfile.${s}`),
    ...ALL_SECTIONS.map((s) => `sections.${s}`),
    ...LIST_SECTIONS.flatMap((s) => [`empty.${s}`, `add.${s}`, `entryName.${s}`]),
    ...CEFR_LEVELS.map((c) => `codes.cefr.${c}`),
    ...CEFR_SKILLS.map((c) => `codes.cefrSkill.${c}`),
    ...ISCED_LEVELS.map((c) => `codes.isced.${c}`),
    ...WORK_KINDS.flatMap((c) => [`codes.workKind.${c}`, `codes.workKindHint.${c}`]),
    ...OCCUPATION_SCHEMES.map((c) => `codes.scheme.${c}`),
    ...SKILL_LEVELS.flatMap((c) => [`codes.skillLevel.${c}`, `codes.skillLevelHint.${c}`]),
    ...DRIVING_CATEGORIES.map((c) => `codes.driving.${c}`),
    ...WORK_TIMES.map((c) => `codes.workTime.${c}`),
    ...['checking', 'persisted', 'not-persisted', 'unsupported'].map((s) => `storage.state.${s}`),
    ...STORAGE_REASONS.map((r) => `storage.errors.${r}`),
    ...[...BACKUP_OPEN_REASONS, ...BACKUP_CREATE_REASONS, 'merge_too_large'].map((r) => `backup.errors.${r}`),
    ...PROBLEM_REASONS.map((r) => `problems.${r}`),
    ...CATALOGUE_REASONS.map((reason) => `catalogue.note.${reason}`),
    ...['bad_key', 'bad_entry', 'bad_option', 'bad_validity', 'validity_too_long'].map(
      (r) => `request.ask.errors.${r}`,
    ),
    ...['bad_key', 'bad_holder', 'bad_entry', 'bad_option', 'bad_validity'].map(
      (r) => `organisation.confirm.errors.${r}`,
    ),
    ...['1', '2', '5'].map((years) => `organisation.confirm.years${years}`),
    ...['unsupported', 'refused', 'none', 'failed'].map((state) => `scan.problem.${state}`),
    ...['confirmed', 'changed'].map((mark) => `request.mark.${mark}`),
    ...['kept', 'alreadyKept'].map((outcome) => `request.receive.${outcome}`),
  ];

  it.each(codeKeys.map((k) => [k]))('%s has an English text (and so one in every language)', (key) => {
    expect(en.has(key)).toBe(true);
  });

  // A request's, a reply's or an organisation entry's reason takes the first text of its chain.
  const chains = [
    ...REQUEST_REASONS.map((reason) => ['request', reason, requestReasonKeys(reason)] as const),
    ...[...RECEIVE_REASONS, ...ORGANISATION_ENTRY_REASONS].map(
      (reason) => ['reply', reason, replyReasonKeys(reason)] as const,
    ),
  ];
  it.each(chains)('the %s reason %s finds a text', (_kind, _reason, keys) => {
    expect(keys.some((key) => en.has(key))).toBe(true);
  });
});
