import type { SharedProfile } from '../profile/types.ts';

/** A coded value as Profile v1 stores it: `work[].occupation`, `skills[].ref`, `wishes.occupationCodes[]`. */
export interface ConceptRef {
  scheme: string;
  code: string;
}

/** The "scheme:code" form that catalogue files use for links between concepts. */
export const refKey = (ref: ConceptRef): string => `${ref.scheme}:${ref.code}`;

export function parseRefKey(key: string): ConceptRef {
  const colon = key.indexOf(':');
  return { scheme: key.slice(0, colon), code: key.slice(colon + 1) };
}

/** Names a reader knows the occupation schemes of Profile v1 by, when no pack names them. */
export const SCHEME_NAMES: Readonly<Record<string, string>> = {
  'isco-08': 'ISCO-08',
  'ssyk-2012': 'SSYK 2012',
  esco: 'ESCO',
};

export interface CodedRefs {
  occupations: ConceptRef[];
  skills: ConceptRef[];
}

/** Every coded occupation and skill in a (shared) profile: what a reader needs labels for. */
export function codedRefsOf(profile: SharedProfile): CodedRefs {
  return {
    occupations: [
      ...(profile.work ?? []).flatMap((entry) => (entry.occupation ? [entry.occupation] : [])),
      ...(profile.wishes?.occupationCodes ?? []),
    ],
    skills: (profile.skills ?? []).flatMap((entry) => (entry.ref ? [entry.ref] : [])),
  };
}
