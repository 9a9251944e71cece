/**
 * `verify --lang en|sv`: the coded occupations and skills of a valid snapshot, named in English
 * or Swedish from the catalogue packs of this checkout (public/catalogue), offline.
 */
import { readFile } from 'node:fs/promises';
import type { Catalogue } from '../core/catalogue/catalogue.ts';
import { describeConcept } from '../core/catalogue/describe.ts';
import { loadCatalogue, type ReadCatalogueFile } from '../core/catalogue/load.ts';
import { type ConceptRef, codedRefsOf } from '../core/catalogue/refs.ts';
import type { SharedProfile } from '../core/profile/types.ts';
import { fail, ok } from '../core/result.ts';
import { escapeForTerminal } from '../core/text/terminal.ts';
import { quoted } from './report.ts';

export const REPORT_LANGUAGES = ['en', 'sv'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** lib/cli/ and src/cli/ are both two levels below the checkout. */
const CATALOGUE = new URL('../../public/catalogue/', import.meta.url);

const readFromCheckout: ReadCatalogueFile = async (name) => {
  let text: string;
  try {
    text = await readFile(new URL(name, CATALOGUE), 'utf8');
  } catch {
    return fail('catalogue_missing');
  }
  try {
    return ok(JSON.parse(text) as unknown);
  } catch {
    return fail('catalogue_invalid');
  }
};

export async function loadLabelsFor(profile: SharedProfile, lang: ReportLanguage) {
  const refs = codedRefsOf(profile);
  const schemes = new Set([...refs.occupations, ...refs.skills].map((ref) => ref.scheme));
  if (schemes.size === 0) return undefined;
  if (refs.occupations.length > 0) schemes.add('isco-08');
  return loadCatalogue(readFromCheckout, {
    packs: (entry) => schemes.has(entry.scheme),
    languages: [...new Set([lang, 'en'])],
    terms: false,
  });
}

// Terminals obey control characters: catalogue labels and entry titles are text from others,
// so they stand only at the end of a line, quoted and escaped, as in the rest of the report.

function line(
  catalogue: Catalogue | undefined,
  where: string,
  ownWords: string | undefined,
  ref: ConceptRef,
  kind: 'occupation' | 'skill',
  lang: string,
) {
  const description = catalogue && describeConcept(catalogue, ref, [kind], lang);
  const codes = description?.codes.join(', ') ?? `${ref.scheme} ${ref.code}`;
  // The name comes from this checkout's catalogue; it is still escaped and quoted like any text
  // read from a file. Only the program's own words stand unquoted.
  const label = description?.label
    ? quoted(
        [
          description.context?.text,
          description.context ? `(${description.label.text})` : description.label.text,
        ]
          .filter(Boolean)
          .join(' '),
      )
    : '(not in the catalogue)';
  const lines = [`  ${where}: ${escapeForTerminal(codes)}`, `      name            ${label}`];
  if (ownWords !== undefined) lines.push(`      own words       ${quoted(ownWords)}`);
  return lines.join('\n');
}

/** The readable lines, or none when the profile has no coded occupation or skill. */
export function codedValueLines(
  profile: SharedProfile,
  catalogue: Catalogue | undefined,
  lang: ReportLanguage,
): string[] {
  const lines: string[] = [];
  profile.work?.forEach((entry, index) => {
    if (entry.occupation)
      lines.push(line(catalogue, `work ${index + 1}`, entry.title, entry.occupation, 'occupation', lang));
  });
  profile.skills?.forEach((entry, index) => {
    if (entry.ref) lines.push(line(catalogue, `skills ${index + 1}`, entry.label, entry.ref, 'skill', lang));
  });
  for (const ref of profile.wishes?.occupationCodes ?? [])
    lines.push(line(catalogue, 'wishes', undefined, ref, 'occupation', lang));
  if (lines.length === 0) return [];
  const missing = !catalogue || catalogue.problems.length > 0;
  return [
    `Coded occupations and skills (names in ${lang === 'sv' ? 'Swedish' : 'English'}${missing ? '; some catalogue files are missing or unreadable' : ''}):`,
    ...lines,
  ];
}
