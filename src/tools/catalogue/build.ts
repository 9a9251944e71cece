/**
 * Builds every pack of the catalogue from three sources: the ESCO CSV download (official labels
 * in the languages found), the starter sources in catalogue/ (machine-made labels, SSYK 2012
 * matches, the Kompetenspass skills) and the locale files (ISCED, CEFR and driving licence
 * labels, so that the app and the catalogue never disagree). Official labels win over
 * machine-made ones; search terms of both are kept.
 */
import type { Concept, ConceptKind, LabelMeta } from '../../core/catalogue/format.ts';
import { DRIVING_CATEGORIES } from '../../core/profile/codes.ts';
import {
  type EscoConcept,
  type FileProblem,
  type IscoGroup,
  readIscoGroups,
  readOccupations,
  readSkillRelations,
  readSkills,
} from './esco.ts';
import { readLabelSource, readMatchSource, readSkillSource, type SourceLabel } from './sources.ts';

/** Languages of the starter sources: the app's seven. */
export const STARTER_LANGUAGES = ['sv', 'en', 'ar', 'fa', 'so', 'ti', 'uk'] as const;

export const ESCO_ATTRIBUTION =
  'ESCO, the European Skills, Competences, Qualifications and Occupations classification, © European Union, https://esco.ec.europa.eu';
const ISCO_ATTRIBUTION = `ISCO-08 © International Labour Organization; English labels from ${ESCO_ATTRIBUTION}`;
const STARTER_SOURCE = 'Kompetenspass starter catalogue (machine-made, not reviewed)';

export interface BuildInput {
  /** File names in the ESCO folder and a way to read them. */
  esco: { names: readonly string[]; read(name: string): string };
  /** A file of catalogue/ by its path inside that folder, or undefined when absent. */
  source(path: string): string | undefined;
  /** The parsed locale file of a language. */
  locale(lang: string): unknown;
  /** ESCO languages to import; all found when absent. */
  languages?: readonly string[];
  /** Named in the attribution, e.g. "v1.2.0". */
  escoVersion?: string;
}

export interface LanguageData {
  labels: string[];
  terms: string[][] | undefined;
  meta: LabelMeta | undefined;
  source: string;
  machineTranslated: boolean;
  reviewed: boolean;
}

export interface PackData {
  id: string;
  scheme: string;
  kind: ConceptKind;
  schemeName: string;
  attribution?: string;
  concepts: Concept[];
  languages: Map<string, LanguageData>;
}

export interface BuildResult {
  packs: PackData[];
  problems: FileProblem[];
  /** What was not there and what that means, e.g. a language without ESCO files. */
  notes: string[];
}

const ESCO_FILE = /^(occupations|skills|ISCOGroups|occupationSkillRelations)_([a-z]{2,3})\.csv$/;

function uniqueTerms(label: string, terms: Iterable<string>): string[] {
  const seen = new Set([label.toLowerCase()]);
  const out: string[] = [];
  for (const term of terms) {
    const key = term.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(term);
    }
  }
  return out;
}

/** Drops empty optional members, so that files stay small and stable. */
function concept(code: string, links: Omit<Concept, 'code'> = {}): Concept {
  const out: Concept = { code };
  if (links.group) out.group = true;
  for (const key of ['broader', 'related', 'match'] as const) {
    const list = links[key];
    if (list && list.length > 0) out[key] = list;
  }
  return out;
}

export function buildCatalogue(input: BuildInput): BuildResult {
  const problems: FileProblem[] = [];
  const notes: string[] = [];
  const version = input.escoVersion ? ` ${input.escoVersion}` : '';
  const escoSource = `ESCO${version}`;
  const attribution = `${ESCO_ATTRIBUTION}${version ? ` (${version.trim()})` : ''}`;

  // --- ESCO files, by kind and language ---------------------------------------------------
  const files = new Map<string, Map<string, string>>();
  for (const name of input.esco.names) {
    const match = ESCO_FILE.exec(name);
    if (!match) continue;
    const byLang = files.get(match[1]!) ?? new Map<string, string>();
    byLang.set(match[2]!, name);
    files.set(match[1]!, byLang);
  }
  const found = [...new Set([...files.values()].flatMap((byLang) => [...byLang.keys()]))].sort();
  const languages = input.languages ?? found;
  for (const lang of languages)
    if (!found.includes(lang))
      notes.push(`${lang}: the ESCO folder has no files in this language; it is left out of the ESCO labels`);
  const ordered = [...languages].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
  const read = <T>(
    kind: string,
    parse: (file: string, text: string) => { items: T[]; problems: FileProblem[] },
  ) => {
    const out = new Map<string, T[]>();
    for (const lang of ordered) {
      const name = files.get(kind)?.get(lang);
      if (!name) {
        if (found.includes(lang)) notes.push(`${lang}: no ${kind}_${lang}.csv in the ESCO folder`);
        continue;
      }
      const parsed = parse(name, input.esco.read(name));
      problems.push(...parsed.problems);
      out.set(lang, parsed.items);
    }
    return out;
  };
  const iscoGroups = read<IscoGroup>('ISCOGroups', readIscoGroups);
  const occupations = read('occupations', readOccupations);
  const skills = read<EscoConcept>('skills', readSkills);

  // --- Starter sources ---------------------------------------------------------------------
  const sourceOf = <T extends { problems: FileProblem[] }>(
    path: string,
    parse: (file: string, text: string) => T,
  ): T | undefined => {
    const text = input.source(path);
    if (text === undefined) return undefined;
    const parsed = parse(`catalogue/${path}`, text);
    problems.push(...parsed.problems);
    return parsed;
  };
  const skillSource = sourceOf('kp-skill/concepts.tsv', readSkillSource);
  const ssyk = sourceOf('isco-08/ssyk-2012.tsv', readMatchSource);

  // --- ISCO-08 unit groups ----------------------------------------------------------------
  const unitGroups = new Map<string, Map<string, IscoGroup>>();
  for (const [lang, groups] of iscoGroups)
    unitGroups.set(lang, new Map(groups.filter((g) => g.code.length === 4).map((g) => [g.code, g])));
  const iscoCodes = [...new Set([...unitGroups.values()].flatMap((byCode) => [...byCode.keys()]))].sort();
  const packs: PackData[] = [];
  if (iscoCodes.length === 0) notes.push('no ISCOGroups_<lang>.csv: the ISCO-08 pack is left out');
  else {
    const typical = new Map<string, string[]>();
    for (const skill of skillSource?.skills ?? [])
      for (const unit of skill.isco)
        typical.set(unit, [...(typical.get(unit) ?? []), `kp-skill:${skill.code}`]);
    const known = new Set(iscoCodes);
    for (const unit of [...typical.keys(), ...(ssyk?.matches.keys() ?? [])])
      if (!known.has(unit))
        problems.push({
          file: 'catalogue/',
          line: 0,
          reason: `${unit} is not an ISCO-08 unit group in ESCO`,
        });
    const languagesOfIsco = new Map<string, LanguageData>();
    for (const lang of [...new Set([...ordered.filter((l) => unitGroups.has(l)), ...STARTER_LANGUAGES])]) {
      const official = unitGroups.get(lang);
      const starter = sourceOf(`isco-08/${lang}.tsv`, readLabelSource);
      if (!official && !starter) continue;
      for (const code of starter?.labels.keys() ?? [])
        if (!known.has(code))
          problems.push({
            file: `catalogue/isco-08/${lang}.tsv`,
            line: 0,
            reason: `${code} is not an ISCO-08 unit group`,
          });
      const labels = iscoCodes.map(
        (code) => official?.get(code)?.preferredLabel || starter?.labels.get(code)?.label || '',
      );
      const missing = iscoCodes.filter((_, i) => !labels[i]);
      if (missing.length > 0)
        problems.push({
          file: `catalogue/isco-08/${lang}.tsv`,
          line: 0,
          reason: `no ${lang} label for ${missing.length} unit group(s): ${missing.slice(0, 10).join(', ')}`,
        });
      const terms = iscoCodes.map((code, i) =>
        uniqueTerms(labels[i]!, [
          ...(official?.get(code)?.altLabels ?? []),
          ...(starter?.labels.get(code)?.terms ?? []),
        ]),
      );
      languagesOfIsco.set(lang, {
        labels,
        terms,
        meta: official ? undefined : starter?.meta,
        source: official
          ? starter
            ? `${escoSource}; search terms: ${STARTER_SOURCE}`
            : escoSource
          : STARTER_SOURCE,
        machineTranslated: !official,
        reviewed: Boolean(official),
      });
    }
    packs.push({
      id: 'isco-08',
      scheme: 'isco-08',
      kind: 'occupation',
      schemeName: 'ISCO-08',
      attribution: ISCO_ATTRIBUTION,
      concepts: iscoCodes.map((code) =>
        concept(code, {
          related: typical.get(code),
          match: ssyk?.matches.get(code)?.map((target) => `ssyk-2012:${target}`),
        }),
      ),
      languages: languagesOfIsco,
    });
  }

  // --- ESCO skills and occupations --------------------------------------------------------
  const escoLanguages = <T extends EscoConcept>(byLang: Map<string, T[]>, codes: string[]) => {
    const out = new Map<string, LanguageData>();
    for (const [lang, items] of byLang) {
      const byCode = new Map(items.map((item) => [item.code, item]));
      const labels = codes.map((code) => byCode.get(code)?.preferredLabel ?? '');
      out.set(lang, {
        labels,
        terms: codes.map((code, i) => uniqueTerms(labels[i]!, byCode.get(code)?.altLabels ?? [])),
        meta: undefined,
        source: escoSource,
        machineTranslated: false,
        reviewed: true,
      });
    }
    return out;
  };
  const skillCodes = [...new Set([...skills.values()].flat().map((s) => s.code))].sort();
  if (skillCodes.length > 0)
    packs.push({
      id: 'esco-skills',
      scheme: 'esco',
      kind: 'skill',
      schemeName: 'ESCO',
      attribution,
      concepts: skillCodes.map((code) => concept(code)),
      languages: escoLanguages(skills, skillCodes),
    });

  if (occupations.size > 0) {
    const groupOf = new Map<string, string>();
    for (const [lang, items] of occupations)
      for (const item of items) {
        const earlier = groupOf.get(item.code);
        if (earlier === undefined) groupOf.set(item.code, item.iscoGroup);
        else if (earlier !== item.iscoGroup)
          problems.push({
            file: `occupations_${lang}.csv`,
            line: 0,
            reason: `${item.code} is in ISCO-08 ${item.iscoGroup} here but in ${earlier} in another language`,
          });
      }
    const skillSet = new Set(skillCodes);
    const related = new Map<string, { essential: string[]; optional: string[] }>();
    const relationFile = [...(files.get('occupationSkillRelations')?.values() ?? [])].sort()[0];
    if (relationFile && skillSet.size > 0) {
      const parsed = readSkillRelations(relationFile, input.esco.read(relationFile));
      problems.push(...parsed.problems);
      for (const relation of parsed.items) {
        if (!skillSet.has(relation.skill)) continue;
        const entry = related.get(relation.occupation) ?? { essential: [], optional: [] };
        (relation.essential ? entry.essential : entry.optional).push(`esco:${relation.skill}`);
        related.set(relation.occupation, entry);
      }
    } else if (relationFile) notes.push('occupation-skill relations found, but no skills file: left out');
    const iscoSet = new Set(iscoCodes);
    const codes = [...groupOf.keys()].sort(
      (a, b) => groupOf.get(a)!.localeCompare(groupOf.get(b)!) || a.localeCompare(b),
    );
    for (const code of codes)
      if (!iscoSet.has(groupOf.get(code)!))
        problems.push({
          file: 'occupations',
          line: 0,
          reason: `${code}: ISCO-08 ${groupOf.get(code)} is not in ISCOGroups`,
        });
    packs.push({
      id: 'esco-occupations',
      scheme: 'esco',
      kind: 'occupation',
      schemeName: 'ESCO',
      attribution,
      concepts: codes.map((code) =>
        concept(code, {
          broader: [`isco-08:${groupOf.get(code)}`],
          related: related.get(code) && [...related.get(code)!.essential, ...related.get(code)!.optional],
        }),
      ),
      languages: escoLanguages(occupations, codes),
    });
  }

  // --- Kompetenspass skills ---------------------------------------------------------------
  if (skillSource) {
    const codes = skillSource.skills.map((skill) => skill.code);
    const languagesOfSkills = new Map<string, LanguageData>();
    for (const lang of STARTER_LANGUAGES) {
      const source = sourceOf(`kp-skill/${lang}.tsv`, readLabelSource);
      if (!source) {
        problems.push({ file: `catalogue/kp-skill/${lang}.tsv`, line: 0, reason: 'missing' });
        continue;
      }
      const labels = codes.map((code) => source.labels.get(code)?.label ?? '');
      const missing = codes.filter((_, i) => !labels[i]);
      if (missing.length > 0)
        problems.push({
          file: `catalogue/kp-skill/${lang}.tsv`,
          line: 0,
          reason: `no label for ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ' …' : ''}`,
        });
      for (const code of source.labels.keys())
        if (!codes.includes(code))
          problems.push({
            file: `catalogue/kp-skill/${lang}.tsv`,
            line: 0,
            reason: `${code} is not in concepts.tsv`,
          });
      languagesOfSkills.set(lang, {
        labels,
        terms: codes.map((code, i) =>
          uniqueTerms(labels[i]!, (source.labels.get(code) as SourceLabel | undefined)?.terms ?? []),
        ),
        meta: source.meta,
        source: STARTER_SOURCE,
        machineTranslated: source.meta.machineTranslated,
        reviewed: source.meta.reviewed,
      });
    }
    packs.push({
      id: 'kp-skill',
      scheme: 'kp-skill',
      kind: 'skill',
      schemeName: 'Kompetenspass',
      concepts: skillSource.skills.map((skill) =>
        skill.group === undefined
          ? concept(skill.code, { group: true })
          : concept(skill.code, { broader: [`kp-skill:${skill.group}`] }),
      ),
      languages: languagesOfSkills,
    });
  }

  // --- Code lists from the locale files ---------------------------------------------------
  const codeLists = [
    {
      id: 'isced-2011',
      schemeName: 'ISCED 2011',
      key: 'isced',
      codes: ['0', '1', '2', '3', '4', '5', '6', '7', '8'],
    },
    { id: 'cefr', schemeName: 'CEFR', key: 'cefr', codes: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] },
    {
      id: 'driving-licence',
      schemeName: 'EU driving licence',
      key: 'driving',
      codes: [...DRIVING_CATEGORIES],
    },
  ];
  for (const list of codeLists) {
    const languagesOfList = new Map<string, LanguageData>();
    for (const lang of STARTER_LANGUAGES) {
      const locale = input.locale(lang) as {
        _meta?: LabelMeta;
        codes?: Record<string, Record<string, string>>;
      };
      const texts = locale.codes?.[list.key] ?? {};
      const meta = locale._meta && {
        machineTranslated: locale._meta.machineTranslated,
        reviewed: locale._meta.reviewed,
        ...(locale._meta.translatedFrom && { translatedFrom: locale._meta.translatedFrom }),
        ...(locale._meta.note && { note: locale._meta.note }),
      };
      languagesOfList.set(lang, {
        labels: list.codes.map((code) => texts[code] ?? ''),
        terms: undefined,
        meta,
        source: `Kompetenspass locale file locales/${lang}/translation.json`,
        machineTranslated: meta?.machineTranslated ?? false,
        reviewed: false,
      });
    }
    packs.push({
      id: list.id,
      scheme: list.id,
      kind: 'code-list',
      schemeName: list.schemeName,
      concepts: list.codes.map((code) => concept(code)),
      languages: languagesOfList,
    });
  }

  return { packs, problems, notes };
}
