import * as v from 'valibot';
import { isLineText, isMultilineText } from '../text/rule.ts';
import {
  CEFR_LEVELS,
  DRIVING_CATEGORIES,
  LIMITS,
  OCCUPATION_SCHEMES,
  SFI_COURSES,
  WORK_KINDS,
  WORK_TIMES,
} from './codes.ts';

/** One line of author text (FORMAT.md §5.8): no controls but TAB, no line breaks. */
const line = v.check(isLineText, 'bad_text');
const shortText = v.pipe(v.string(), v.maxLength(LIMITS.shortText, 'too_long'), line);
/** Author text that may have lines: LF is allowed, other controls are not. */
const longText = v.pipe(
  v.string(),
  v.maxLength(LIMITS.longText, 'too_long'),
  v.check(isMultilineText, 'bad_text'),
);
const id = v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(LIMITS.id, 'too_long'), line);
/** "YYYY" or "YYYY-MM". */
const partialDate = v.pipe(v.string(), v.regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'bad_date'));
/** ISO 3166-1 alpha-2. */
const country = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'bad_country'));
/** BCP-47 primary language subtag. */
const primaryLang = v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, 'bad_language'));
/** A BCP-47 tag, checked for shape only. */
const langTag = v.pipe(v.string(), v.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,4}$/, 'bad_language'));
const cefr = v.picklist(CEFR_LEVELS, 'bad_code');

export const PersonSchema = v.strictObject({
  givenName: shortText,
  familyName: shortText,
  birthYear: v.optional(
    v.pipe(
      v.number(),
      v.integer('bad_number'),
      v.minValue(1900, 'out_of_range'),
      v.maxValue(2100, 'out_of_range'),
    ),
  ),
  phone: v.optional(v.pipe(v.string(), v.maxLength(40, 'too_long'), line)),
  email: v.optional(shortText),
  municipality: v.optional(shortText),
  about: v.optional(longText),
});

export const LanguageEntrySchema = v.strictObject({
  id,
  lang: primaryLang,
  mother: v.optional(v.boolean()),
  levels: v.optional(
    v.strictObject({ listening: cefr, reading: cefr, interaction: cefr, production: cefr, writing: cefr }),
  ),
  sfi: v.optional(v.picklist(SFI_COURSES, 'bad_code')),
});

export const EducationEntrySchema = v.strictObject({
  id,
  title: shortText,
  field: v.optional(shortText),
  isced: v.optional(
    v.pipe(v.number(), v.integer('bad_number'), v.minValue(0, 'out_of_range'), v.maxValue(8, 'out_of_range')),
  ),
  institution: v.optional(shortText),
  country: v.optional(country),
  from: v.optional(partialDate),
  to: v.optional(partialDate),
  ongoing: v.optional(v.boolean()),
  completed: v.optional(v.boolean()),
  hasDocuments: v.optional(v.boolean()),
  recognition: v.optional(shortText),
});

export const OccupationRefSchema = v.strictObject({
  scheme: v.picklist(OCCUPATION_SCHEMES, 'bad_code'),
  code: v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(LIMITS.shortText, 'too_long'), line),
});

export const WorkEntrySchema = v.strictObject({
  id,
  title: shortText,
  occupation: v.optional(OccupationRefSchema),
  kind: v.picklist(WORK_KINDS, 'bad_code'),
  employer: v.optional(shortText),
  country: v.optional(country),
  from: v.optional(partialDate),
  to: v.optional(partialDate),
  ongoing: v.optional(v.boolean()),
  tasks: v.optional(longText),
});

export const SkillRefSchema = v.strictObject({
  scheme: v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(40, 'too_long'), line),
  code: v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(LIMITS.shortText, 'too_long'), line),
});

export const SkillEntrySchema = v.strictObject({
  id,
  label: shortText,
  ref: v.optional(SkillRefSchema),
  level: v.optional(v.picklist([1, 2, 3, 4] as const, 'bad_code')),
  evidence: v.optional(longText),
});

export const DrivingLicenceSchema = v.strictObject({
  id,
  kind: v.literal('driving', 'bad_code'),
  category: v.picklist(DRIVING_CATEGORIES, 'bad_code'),
});

export const OtherLicenceSchema = v.strictObject({
  id,
  kind: v.literal('other', 'bad_code'),
  label: shortText,
  issuer: v.optional(shortText),
  date: v.optional(partialDate),
});

export const LicenceEntrySchema = v.variant('kind', [DrivingLicenceSchema, OtherLicenceSchema], 'bad_code');

// Entries are found by id (selection, endorsements, undo): two with one id would be ambiguous.
const uniqueIds = (entries: readonly unknown[]) =>
  new Set(entries.map((entry) => (entry as { id: string }).id)).size === entries.length;

const listOf = <T extends v.GenericSchema>(item: T) =>
  v.pipe(
    v.array(item, 'not_a_list'),
    v.maxLength(LIMITS.entries, 'too_many'),
    v.check((entries: v.InferOutput<T>[]) => uniqueIds(entries), 'duplicate_id'),
  );

export const WishesSchema = v.strictObject({
  occupations: v.optional(
    v.pipe(v.array(shortText, 'not_a_list'), v.maxLength(LIMITS.listItems, 'too_many')),
  ),
  /** Wished occupations chosen from a catalogue, stored as codes (docs/CATALOGUE.md). */
  occupationCodes: v.optional(
    v.pipe(v.array(OccupationRefSchema, 'not_a_list'), v.maxLength(LIMITS.listItems, 'too_many')),
  ),
  studies: v.optional(longText),
  workTime: v.optional(v.picklist(WORK_TIMES, 'bad_code')),
  regions: v.optional(v.pipe(v.array(shortText, 'not_a_list'), v.maxLength(LIMITS.listItems, 'too_many'))),
  drivers: v.optional(longText),
});

export const ProfileSchema = v.strictObject({
  v: v.literal(1, 'bad_version'),
  lang: langTag,
  person: PersonSchema,
  languages: listOf(LanguageEntrySchema),
  education: listOf(EducationEntrySchema),
  work: listOf(WorkEntrySchema),
  skills: listOf(SkillEntrySchema),
  licences: listOf(LicenceEntrySchema),
  wishes: WishesSchema,
});

/**
 * A shared snapshot carries a subset of the profile: every section may be left out, and
 * `person` may lack the name fields when the holder left them out.
 */
export const SharedProfileSchema = v.strictObject({
  v: v.literal(1, 'bad_version'),
  lang: langTag,
  person: v.optional(v.partial(PersonSchema)),
  languages: v.optional(listOf(LanguageEntrySchema)),
  education: v.optional(listOf(EducationEntrySchema)),
  work: v.optional(listOf(WorkEntrySchema)),
  skills: v.optional(listOf(SkillEntrySchema)),
  licences: v.optional(listOf(LicenceEntrySchema)),
  wishes: v.optional(WishesSchema),
});
