/**
 * The tables of ESCO's CSV download (https://esco.ec.europa.eu/en/use-esco/download), one
 * language per file: `occupations_sv.csv`, `skills_sv.csv`, `ISCOGroups_sv.csv`, and the
 * language-independent `occupationSkillRelations_<lang>.csv`. Rows that break the rules are
 * returned as problems with their line, never dropped without a word.
 */
import { type RowProblem, readTable } from './csv.ts';

export interface FileProblem extends RowProblem {
  file: string;
}

export interface EscoConcept {
  /** The concept's UUID, the last segment of its URI: the code Profile v1 stores. */
  code: string;
  preferredLabel: string;
  altLabels: string[];
}

export interface EscoOccupation extends EscoConcept {
  iscoGroup: string;
}

export interface IscoGroup {
  code: string;
  preferredLabel: string;
  altLabels: string[];
}

export interface SkillRelation {
  occupation: string;
  skill: string;
  essential: boolean;
}

export interface Parsed<T> {
  items: T[];
  problems: FileProblem[];
}

const URI =
  /^http:\/\/data\.europa\.eu\/esco\/(occupation|skill)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** ESCO separates alternative labels by line breaks, its collections by " | ". */
export function splitLabels(cell: string): string[] {
  return [
    ...new Set(
      cell
        .split(/\r?\n| \| /)
        .map((label) => label.trim())
        .filter(Boolean),
    ),
  ];
}

/** A file's problems in the order a person reads the file. */
const byLine = (problems: FileProblem[]) => problems.sort((a, b) => a.line - b.line);

function uuidOf(uri: string, kind: 'occupation' | 'skill'): string | undefined {
  const match = URI.exec(uri.trim());
  return match && match[1] === kind ? match[2] : undefined;
}

function table(file: string, text: string, columns: readonly string[]) {
  const read = readTable(text, columns);
  if ('missing' in read)
    return {
      rows: [],
      problems: [{ file, line: 1, reason: `the header lacks the column(s) ${read.missing.join(', ')}` }],
    };
  return { rows: read.rows, problems: read.problems.map((problem) => ({ file, ...problem })) };
}

function concepts<T extends EscoConcept>(
  file: string,
  text: string,
  kind: 'occupation' | 'skill',
  extra: readonly string[],
  build: (concept: EscoConcept, get: (column: string) => string) => T | string,
): Parsed<T> {
  const { rows, problems } = table(file, text, ['conceptUri', 'preferredLabel', 'altLabels', ...extra]);
  const items: T[] = [];
  const seen = new Set<string>();
  for (const { line, get } of rows) {
    const code = uuidOf(get('conceptUri'), kind);
    const preferredLabel = get('preferredLabel').trim();
    const fail = (reason: string) => problems.push({ file, line, reason });
    if (!code) fail(`conceptUri "${get('conceptUri').slice(0, 80)}" is not an ESCO ${kind} URI`);
    else if (!preferredLabel) fail('preferredLabel is empty');
    else if (seen.has(code)) fail(`the concept ${code} appears a second time`);
    else {
      const made = build({ code, preferredLabel, altLabels: splitLabels(get('altLabels')) }, get);
      if (typeof made === 'string') fail(made);
      else {
        seen.add(code);
        items.push(made);
      }
    }
  }
  return { items, problems: byLine(problems) };
}

export function readOccupations(file: string, text: string): Parsed<EscoOccupation> {
  return concepts(file, text, 'occupation', ['iscoGroup'], (concept, get) => {
    const iscoGroup = get('iscoGroup').trim();
    if (!/^\d{4}$/.test(iscoGroup)) return `iscoGroup "${iscoGroup}" is not a four-digit ISCO-08 unit group`;
    return { ...concept, iscoGroup };
  });
}

export function readSkills(file: string, text: string): Parsed<EscoConcept> {
  return concepts(file, text, 'skill', [], (concept) => concept);
}

export function readIscoGroups(file: string, text: string): Parsed<IscoGroup> {
  const { rows, problems } = table(file, text, ['code', 'preferredLabel', 'altLabels']);
  const items: IscoGroup[] = [];
  const seen = new Set<string>();
  for (const { line, get } of rows) {
    const code = get('code').trim();
    const preferredLabel = get('preferredLabel').trim();
    if (!/^\d{1,4}$/.test(code))
      problems.push({ file, line, reason: `code "${code}" is not an ISCO-08 code` });
    else if (!preferredLabel) problems.push({ file, line, reason: 'preferredLabel is empty' });
    else if (seen.has(code)) problems.push({ file, line, reason: `the code ${code} appears a second time` });
    else {
      seen.add(code);
      items.push({ code, preferredLabel, altLabels: splitLabels(get('altLabels')) });
    }
  }
  return { items, problems: byLine(problems) };
}

export function readSkillRelations(file: string, text: string): Parsed<SkillRelation> {
  const { rows, problems } = table(file, text, ['occupationUri', 'relationType', 'skillUri']);
  const items: SkillRelation[] = [];
  for (const { line, get } of rows) {
    const occupation = uuidOf(get('occupationUri'), 'occupation');
    const skill = uuidOf(get('skillUri'), 'skill');
    const type = get('relationType').trim();
    if (!occupation || !skill)
      problems.push({ file, line, reason: 'occupationUri or skillUri is not an ESCO URI' });
    else if (type !== 'essential' && type !== 'optional')
      problems.push({ file, line, reason: `relationType "${type}" is neither essential nor optional` });
    else items.push({ occupation, skill, essential: type === 'essential' });
  }
  return { items, problems: byLine(problems) };
}
