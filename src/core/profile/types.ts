import type * as v from 'valibot';
import type {
  EducationEntrySchema,
  LanguageEntrySchema,
  LicenceEntrySchema,
  PersonSchema,
  ProfileSchema,
  SharedProfileSchema,
  SkillEntrySchema,
  WishesSchema,
  WorkEntrySchema,
} from './schema.ts';

export type Profile = v.InferOutput<typeof ProfileSchema>;
export type SharedProfile = v.InferOutput<typeof SharedProfileSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type LanguageEntry = v.InferOutput<typeof LanguageEntrySchema>;
export type EducationEntry = v.InferOutput<typeof EducationEntrySchema>;
export type WorkEntry = v.InferOutput<typeof WorkEntrySchema>;
export type SkillEntry = v.InferOutput<typeof SkillEntrySchema>;
export type LicenceEntry = v.InferOutput<typeof LicenceEntrySchema>;
export type Wishes = v.InferOutput<typeof WishesSchema>;

/** Entry type of each list section. */
export interface EntryOf {
  languages: LanguageEntry;
  education: EducationEntry;
  work: WorkEntry;
  skills: SkillEntry;
  licences: LicenceEntry;
}
