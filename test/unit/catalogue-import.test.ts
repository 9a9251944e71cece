import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv, readTable } from '../../src/tools/catalogue/csv.ts';
import { type ImportPaths, runImport } from '../../src/tools/catalogue/main.ts';
import { readCommitted } from './catalogue-support.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/esco-mini/', import.meta.url));
const REAL_ESCO = fileURLToPath(new URL('../../../shared/esco/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'kompetenspass-catalogue-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The fixture has no starter sources beside it: only what ESCO provides (and the locale code lists). */
const ESCO_ONLY: ImportPaths = { sources: join(scratch, 'no-sources'), locales: join(ROOT, 'locales') };

let outs = 0;
function importTo(args: string[], paths?: ImportPaths) {
  const out = join(scratch, `out-${outs++}`);
  const report = runImport([...args, '--out', out], paths);
  const read = (name: string) => JSON.parse(readFileSync(join(out, name), 'utf8'));
  return { report, out, read };
}

/** A pack's labels (and terms) by concept code, in one language. */
function labelsOf(read: (name: string) => any, id: string, lang: string) {
  const entry = read('index.json').packs.find((p: { id: string }) => p.id === id);
  const concepts = read(entry.concepts).concepts as {
    code: string;
    related?: string[];
    broader?: string[];
  }[];
  const files = entry.languages[lang];
  const labels = files ? (read(files.labels).labels as string[]) : [];
  const terms = files?.terms ? (read(files.terms).terms as string[][]) : [];
  return new Map(concepts.map((c, i) => [c.code, { ...c, label: labels[i], terms: terms[i] ?? [] }]));
}

describe('CSV as ESCO writes it', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and keeps each record start line', () => {
    const { records, problems } = parseCsv('a,b,c\n1,"x, y","say ""hi""\nsecond line"\n2,plain,\n');
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', 'x, y', 'say "hi"\nsecond line'] },
      { line: 4, cells: ['2', 'plain', ''] },
    ]);
  });

  it('drops a byte-order mark, accepts CRLF and a last line without a line break', () => {
    expect(parseCsv('\uFEFFa,b\r\n1,2').records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
    ]);
  });

  it('reports broken quoting by the line the record starts on, and reads on', () => {
    const { records, problems } = parseCsv('a,b\n1,"open\n2,x\n');
    expect(problems).toEqual([
      { line: 2, reason: 'a quoted field is not closed before the end of the file' },
    ]);
    expect(records).toHaveLength(1);
    expect(parseCsv('a,b\n1,"x"y\n2,z\n').problems).toEqual([
      { line: 2, reason: 'text after a closing quote' },
    ]);
    expect(parseCsv('a,b\n1,x"y\n').problems).toEqual([
      { line: 2, reason: 'a quote inside an unquoted field' },
    ]);
  });

  it('finds columns by name and reports rows with another number of fields', () => {
    const table = readTable('b,a\n2,1\n3\n', ['a']);
    if ('missing' in table) throw new Error('missing');
    expect(table.rows.map((row) => row.get('a'))).toEqual(['1']);
    expect(table.problems).toEqual([{ line: 3, reason: '1 fields where the header has 2' }]);
    expect(readTable('x,y\n', ['a', 'b'])).toEqual({ missing: ['a', 'b'] });
  });
});

describe('npm run catalogue:import on a small download in ESCO’s layout', () => {
  const { report, read } = importTo(['--esco', FIXTURE], ESCO_ONLY);

  it('writes the packs but reports every bad row with its file and line, and exits 1', () => {
    expect(report.status).toBe(1);
    const problems = report.lines.filter((line) => /\.csv:\d+: /.test(line));
    expect(problems).toEqual([
      'occupations_en.csv:10: conceptUri "http://example.org/not-esco" is not an ESCO occupation URI',
      'occupations_en.csv:12: iscoGroup "51X0" is not a four-digit ISCO-08 unit group',
      'occupations_en.csv:14: 4 fields where the header has 13',
      'occupationSkillRelations_en.csv:5: relationType "sometimes" is neither essential nor optional',
    ]);
    expect(report.lines.at(-1)).toMatch(/4 problem\(s\) above: those rows were left out/);
  });

  it('imports every language found, with multi-line alternative labels as search terms', () => {
    const en = labelsOf(read, 'esco-occupations', 'en');
    const sv = labelsOf(read, 'esco-occupations', 'sv');
    const cook = '11111111-1111-4111-8111-111111111111';
    expect(en.get(cook)).toMatchObject({
      label: 'cook',
      terms: ['line cook', 'short order cook', 'fry cook'],
      broader: ['isco-08:5120'],
    });
    expect(sv.get(cook)).toMatchObject({ label: 'kock', terms: ['kockar', 'restaurangkock'] });
    expect(en.size).toBe(3);
  });

  it('keeps a concept that one language lacks, with an empty label there', () => {
    const chef = '33333333-3333-4333-8333-333333333333';
    expect(labelsOf(read, 'esco-occupations', 'en').get(chef)?.label).toBe('chef');
    expect(labelsOf(read, 'esco-occupations', 'sv').get(chef)?.label).toBe('');
  });

  it('links occupations to their skills, essential ones first, where the relations file has them', () => {
    const related = labelsOf(read, 'esco-occupations', 'en').get(
      '11111111-1111-4111-8111-111111111111',
    )?.related;
    expect(related).toEqual([
      'esco:aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
      'esco:bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
    ]);
    expect(labelsOf(read, 'esco-skills', 'en').get('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa')).toMatchObject({
      label: 'use knives',
      terms: ['handle knives', 'use kitchen knives'],
    });
  });

  it('takes ISCO-08 unit groups (four digits only) with ESCO’s labels in each language', () => {
    const isco = labelsOf(read, 'isco-08', 'sv');
    expect([...isco.keys()]).toEqual(['3434', '5120', '9412']);
    expect(isco.get('5120')).toMatchObject({ label: 'Kockar', terms: ['kock'] });
    const index = read('index.json');
    const entry = index.packs.find((p: { id: string }) => p.id === 'isco-08');
    expect(entry.languages.sv).toMatchObject({ source: 'ESCO', machineTranslated: false });
  });

  it('says which asked-for languages have no files, and leaves them out', () => {
    const asked = importTo(['--esco', FIXTURE, '--lang', 'sv,de'], ESCO_ONLY);
    expect(asked.report.lines).toContain(
      'note: de: the ESCO folder has no files in this language; it is left out of the ESCO labels',
    );
    const languages = Object.keys(
      asked.read('index.json').packs.find((p: { id: string }) => p.id === 'esco-occupations').languages,
    );
    expect(languages).toEqual(['sv']);
  });

  it('gives the same files for the same input, and removes files of an earlier run', () => {
    const out = join(scratch, 'twice');
    runImport(['--esco', FIXTURE, '--out', out], ESCO_ONLY);
    mkdirSync(join(out, 'isco-08'), { recursive: true });
    writeFileSync(join(out, 'isco-08', 'en.000000000000.json'), '{}');
    const first = readdirSync(out, { recursive: true }).sort();
    runImport(['--esco', FIXTURE, '--out', out], ESCO_ONLY);
    const second = readdirSync(out, { recursive: true }).sort();
    expect(second).toEqual(first.filter((name) => name !== join('isco-08', 'en.000000000000.json')));
  });

  it('refuses bad usage with status 2 and writes nothing', () => {
    expect(runImport([]).status).toBe(2);
    expect(runImport(['--esco']).status).toBe(2);
    expect(runImport(['--esco', FIXTURE, '--lang', 'Swedish']).status).toBe(2);
    expect(runImport(['--esco', join(scratch, 'no-such-folder')]).status).toBe(2);
    expect(runImport(['--esco', FIXTURE, '--bogus']).status).toBe(2);
  });
});

describe('npm run catalogue:import on the real ESCO files', () => {
  it('imports all 2,942 occupations and 436 unit groups without a bad row, as committed', async () => {
    const { report, out } = importTo(['--esco', REAL_ESCO]);
    expect(report.status).toBe(0);
    expect(report.lines.some((line) => /\.csv:\d+/.test(line))).toBe(false);
    expect(report.lines).toContain('note: en: no skills_en.csv in the ESCO folder');
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    const committed = await readCommitted('index.json');
    expect(index).toEqual(committed.ok && committed.value);
    const counts = Object.fromEntries(index.packs.map((p: { id: string; count: number }) => [p.id, p.count]));
    expect(counts).toMatchObject({ 'esco-occupations': 2942, 'isco-08': 436 });
  });
});
