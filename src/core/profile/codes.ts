/** Coded values of Profile v1. They are stored as codes and shown in the reader's language. */

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

/** The five skills of the CEFR self-assessment grid, in the grid's order. */
export const CEFR_SKILLS = ['listening', 'reading', 'interaction', 'production', 'writing'] as const;
export type CefrSkill = (typeof CEFR_SKILLS)[number];

export const SFI_COURSES = ['A', 'B', 'C', 'D'] as const;
export type SfiCourse = (typeof SFI_COURSES)[number];

export const ISCED_LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;

export const WORK_KINDS = [
  'employment',
  'self-employed',
  'family',
  'volunteer',
  'internship',
  'informal',
] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

export const OCCUPATION_SCHEMES = ['isco-08', 'ssyk-2012', 'esco'] as const;
export type OccupationScheme = (typeof OCCUPATION_SCHEMES)[number];

export const SKILL_LEVELS = [1, 2, 3, 4] as const;

export const DRIVING_CATEGORIES = [
  'AM',
  'A1',
  'A2',
  'A',
  'B',
  'BE',
  'C1',
  'C1E',
  'C',
  'CE',
  'D1',
  'D1E',
  'D',
  'DE',
] as const;
export type DrivingCategory = (typeof DRIVING_CATEGORIES)[number];

export const WORK_TIMES = ['full', 'part', 'any'] as const;
export type WorkTime = (typeof WORK_TIMES)[number];

/** Sections that hold lists of entries, in the order the CV shows them. */
export const LIST_SECTIONS = ['languages', 'education', 'work', 'skills', 'licences'] as const;
export type ListSection = (typeof LIST_SECTIONS)[number];

export const ALL_SECTIONS = ['person', ...LIST_SECTIONS, 'wishes'] as const;
export type SectionName = (typeof ALL_SECTIONS)[number];

/** Bounds on untrusted input: a profile that exceeds them is refused, not truncated. */
export const LIMITS = {
  id: 64,
  shortText: 200,
  longText: 2000,
  entries: 100,
  listItems: 20,
} as const;
