/**
 * The starter catalogue's own sources in catalogue/: plain text files that a reviewer can read
 * and correct line by line, fields separated by " | ", lists inside a field by ";" (search
 * terms) or spaces (codes). A file starts with "# key: value" lines that carry the review flag
 * of the locale files (machineTranslated, reviewed, translatedFrom, note); other lines starting
 * with "#" are comments.
 */
import type { LabelMeta } from '../../core/catalogue/format.ts';
import type { FileProblem } from './esco.ts';

export interface SourceLine {
  line: number;
  fields: string[];
}

export interface SourceFile {
  meta: LabelMeta;
  lines: SourceLine[];
  problems: FileProblem[];
}

export function readSourceFile(file: string, text: string): SourceFile {
  const meta: Record<string, string> = {};
  const lines: SourceLine[] = [];
  const problems: FileProblem[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = index + 1;
      if (raw.trim() === '') return;
      const header = /^#\s*(\w+):\s*(.*)$/.exec(raw);
      if (header) meta[header[1]!] = header[2]!.trim();
      else if (!raw.startsWith('#'))
        lines.push({ line, fields: raw.split('|').map((field) => field.trim()) });
    });
  if (meta.machineTranslated !== 'true' && meta.machineTranslated !== 'false')
    problems.push({ file, line: 1, reason: 'the header must say "# machineTranslated: true" or "false"' });
  return {
    meta: {
      machineTranslated: meta.machineTranslated !== 'false',
      reviewed: meta.reviewed === 'true',
      ...(meta.translatedFrom && { translatedFrom: meta.translatedFrom }),
      ...(meta.note && { note: meta.note }),
    },
    lines,
    problems,
  };
}

export interface SourceLabel {
  label: string;
  terms: string[];
}

/** "code | preferred label | term; term; …"; the label may be empty when only terms are added. */
export function readLabelSource(
  file: string,
  text: string,
): { meta: LabelMeta; labels: Map<string, SourceLabel>; problems: FileProblem[] } {
  const source = readSourceFile(file, text);
  const labels = new Map<string, SourceLabel>();
  for (const { line, fields } of source.lines) {
    const [code = '', label = '', terms = ''] = fields;
    if (fields.length > 3) source.problems.push({ file, line, reason: 'more than three fields' });
    else if (!code) source.problems.push({ file, line, reason: 'no code' });
    else if (labels.has(code))
      source.problems.push({ file, line, reason: `the code ${code} appears a second time` });
    else
      labels.set(code, {
        label,
        terms: terms
          .split(';')
          .map((term) => term.trim())
          .filter(Boolean),
      });
  }
  return { meta: source.meta, labels, problems: source.problems };
}

export interface SkillSource {
  code: string;
  /** The group's code, or undefined for a group itself. */
  group: string | undefined;
  /** ISCO-08 unit groups in which the skill is typical. */
  isco: string[];
}

/** "code | group (or the word group) | ISCO-08 unit groups separated by spaces". */
export function readSkillSource(
  file: string,
  text: string,
): { meta: LabelMeta; skills: SkillSource[]; problems: FileProblem[] } {
  const source = readSourceFile(file, text);
  const skills: SkillSource[] = [];
  const groups = new Set<string>();
  const codes = new Set<string>();
  for (const { line, fields } of source.lines) {
    const [code = '', group = '', isco = ''] = fields;
    const problem = (reason: string) => source.problems.push({ file, line, reason });
    const units = isco.split(/\s+/).filter(Boolean);
    if (!/^[a-z][a-z0-9-]{0,39}$/.test(code)) problem(`"${code}" is not a code (a-z, 0-9, -)`);
    else if (codes.has(code)) problem(`the code ${code} appears a second time`);
    else if (group !== 'group' && !groups.has(group)) problem(`the group "${group}" is not defined above`);
    else if (units.some((unit) => !/^\d{4}$/.test(unit))) problem('ISCO-08 unit groups have four digits');
    else {
      codes.add(code);
      if (group === 'group') groups.add(code);
      skills.push({ code, group: group === 'group' ? undefined : group, isco: units });
    }
  }
  return { meta: source.meta, skills, problems: source.problems };
}

/** "ISCO-08 unit group | SSYK 2012 unit groups separated by spaces". */
export function readMatchSource(
  file: string,
  text: string,
): { meta: LabelMeta; matches: Map<string, string[]>; problems: FileProblem[] } {
  const source = readSourceFile(file, text);
  const matches = new Map<string, string[]>();
  for (const { line, fields } of source.lines) {
    const [isco = '', targets = ''] = fields;
    const codes = targets.split(/\s+/).filter(Boolean);
    if (!/^\d{4}$/.test(isco))
      source.problems.push({ file, line, reason: `"${isco}" is not an ISCO-08 unit group` });
    else if (codes.length === 0 || codes.some((code) => !/^\d{4}$/.test(code)))
      source.problems.push({ file, line, reason: 'SSYK 2012 unit groups have four digits' });
    else if (matches.has(isco)) source.problems.push({ file, line, reason: `${isco} appears a second time` });
    else matches.set(isco, codes);
  }
  return { meta: source.meta, matches, problems: source.problems };
}
