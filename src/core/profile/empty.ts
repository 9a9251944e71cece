import type { Profile } from './types.ts';

export function emptyProfile(lang = 'sv'): Profile {
  return {
    v: 1,
    lang,
    person: { givenName: '', familyName: '' },
    languages: [],
    education: [],
    work: [],
    skills: [],
    licences: [],
    wishes: {},
  };
}
