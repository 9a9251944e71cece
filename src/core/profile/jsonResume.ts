import type { Profile } from './types.ts';

/**
 * The profile as a JSON Resume document (jsonresume.org schema 1.0.0), for CV tools that read
 * it. Coded values become words through `label`, so that the document is in the language the
 * person chose; what JSON Resume has no place for (wishes, CEFR grids) is summed up in words.
 */
export interface JsonResumeLabels {
  /** A translated text for one of Profile v1's codes, e.g. ('skillLevel', '3') → "Very good". */
  code: (list: 'skillLevel' | 'cefr' | 'isced' | 'workKind' | 'driving', code: string) => string;
  languageName: (code: string) => string;
  countryName: (code: string) => string;
  drivingLicence: (category: string) => string;
  motherTongue: string;
}

const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;

export function toJsonResume(profile: Profile, labels: JsonResumeLabels): Record<string, unknown> {
  const { person } = profile;
  return {
    $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
    basics: defined({
      name: [person.givenName, person.familyName].filter(Boolean).join(' '),
      email: person.email,
      phone: person.phone,
      summary: person.about,
      location: person.municipality ? { city: person.municipality, countryCode: 'SE' } : undefined,
    }),
    work: profile.work.map((entry) =>
      defined({
        name: entry.employer,
        position: entry.title,
        description: labels.code('workKind', entry.kind),
        location: entry.country ? labels.countryName(entry.country) : undefined,
        startDate: entry.from,
        endDate: entry.ongoing ? undefined : entry.to,
        summary: entry.tasks,
      }),
    ),
    education: profile.education.map((entry) =>
      defined({
        institution: entry.institution,
        area: entry.field ?? entry.title,
        studyType: entry.isced === undefined ? undefined : labels.code('isced', String(entry.isced)),
        startDate: entry.from,
        endDate: entry.ongoing ? undefined : entry.to,
      }),
    ),
    skills: profile.skills.map((entry) =>
      defined({
        name: entry.label,
        level: entry.level === undefined ? undefined : labels.code('skillLevel', String(entry.level)),
        keywords: entry.evidence ? [entry.evidence] : undefined,
      }),
    ),
    languages: profile.languages.map((entry) =>
      defined({
        language: labels.languageName(entry.lang),
        fluency: entry.mother
          ? labels.motherTongue
          : entry.levels
            ? `${entry.levels.interaction} (${labels.code('cefr', entry.levels.interaction)})`
            : undefined,
      }),
    ),
    certificates: profile.licences.map((entry) =>
      entry.kind === 'driving'
        ? { name: labels.drivingLicence(entry.category) }
        : defined({ name: entry.label, issuer: entry.issuer, date: entry.date }),
    ),
    meta: { version: 'v1.0.0', canonical: 'Kompetenspass Profile v1', language: profile.lang },
  };
}
