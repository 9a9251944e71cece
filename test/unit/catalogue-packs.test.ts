import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/core/catalogue/catalogue.ts';
import {
  CatalogueIndexSchema,
  ConceptsFileSchema,
  LabelsFileSchema,
  parseCatalogueFile,
  TermsFileSchema,
} from '../../src/core/catalogue/format.ts';
import { buildCatalogue } from '../../src/tools/catalogue/build.ts';
import { parseCsv } from '../../src/tools/catalogue/csv.ts';
import { catalogueFiles } from '../../src/tools/catalogue/write.ts';
import { CATALOGUE_DIR, committedCatalogue, ESCO_DIR } from './catalogue-support.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LANGUAGES = ['sv', 'en', 'ar', 'fa', 'so', 'ti', 'uk'];
const committed = (name: string) => readFileSync(new URL(name, CATALOGUE_DIR), 'utf8');
const json = (name: string) => JSON.parse(committed(name)) as unknown;
const index = parseCatalogueFile(CatalogueIndexSchema, json('index.json'));

/** ISCO-08 codes of ESCO's own ISCO groups file: the reference every code is checked against. */
function escoIscoCodes(): Set<string> {
  const { records } = parseCsv(readFileSync(new URL('ISCOGroups_en.csv', ESCO_DIR), 'utf8'));
  const column = records[0]!.cells.indexOf('code');
  return new Set(records.slice(1).map((record) => record.cells[column]!));
}

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await committedCatalogue({ languages: LANGUAGES });
});
const pack = (id: string) => catalogue.packs.find((p) => p.entry.id === id)!;

describe('the committed catalogue packs', () => {
  it('have an index that parses, and every file it names parses, fits its pack and has the hash in its name', () => {
    expect(index.ok).toBe(true);
    if (!index.ok) return;
    const named = new Set(['index.json']);
    for (const entry of index.value.packs) {
      const concepts = parseCatalogueFile(ConceptsFileSchema, json(entry.concepts));
      expect(concepts.ok && concepts.value.pack, entry.concepts).toBe(entry.id);
      expect(concepts.ok && concepts.value.concepts.length).toBe(entry.count);
      named.add(entry.concepts);
      for (const [lang, files] of Object.entries(entry.languages)) {
        const parsed = [
          [files.labels, parseCatalogueFile(LabelsFileSchema, json(files.labels))],
          ...(files.terms
            ? [[files.terms, parseCatalogueFile(TermsFileSchema, json(files.terms))] as const]
            : []),
        ] as const;
        for (const [name, file] of parsed) {
          named.add(name);
          expect(file.ok, name).toBe(true);
          expect(file.ok && [file.value.pack, file.value.lang, file.value.version]).toEqual([
            entry.id,
            lang,
            entry.version,
          ]);
        }
      }
      for (const name of [...named].filter((n) => n.startsWith(`${entry.id}/`))) {
        const hash = createHash('sha256').update(committed(name)).digest('hex').slice(0, 12);
        const expected = name.startsWith(`${entry.id}/concepts.`) ? entry.version : hash;
        expect(name, 'content hash in the name').toContain(`.${expected}.json`);
        if (name === entry.concepts) expect(hash).toBe(entry.version);
      }
    }
    // No stale file beside the ones the index names.
    const onDisk = readdirSync(CATALOGUE_DIR, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(fileURLToPath(CATALOGUE_DIR).length));
    expect(onDisk.sort()).toEqual([...named].sort());
  });

  it('are exactly what the importer builds from the sources and the ESCO files (rebuild after editing catalogue/)', () => {
    const esco = fileURLToPath(ESCO_DIR);
    const built = buildCatalogue({
      esco: { names: readdirSync(esco), read: (name) => readFileSync(join(esco, name), 'utf8') },
      source: (path) => {
        try {
          return readFileSync(join(ROOT, 'catalogue', path), 'utf8');
        } catch {
          return undefined;
        }
      },
      locale: (lang) => JSON.parse(readFileSync(join(ROOT, 'locales', lang, 'translation.json'), 'utf8')),
    });
    expect(built.problems).toEqual([]);
    const { files } = catalogueFiles(built.packs);
    for (const [name, text] of files) expect(text === committed(name), `${name} is out of date`).toBe(true);
  });

  it('hold the 436 ISCO-08 unit groups, each code one that exists in ESCO, named in all seven languages', () => {
    const isco = pack('isco-08');
    const known = escoIscoCodes();
    expect(isco.concepts).toHaveLength(436);
    for (const concept of isco.concepts) {
      expect(concept.code).toMatch(/^\d{4}$/);
      expect(known.has(concept.code), concept.code).toBe(true);
    }
    for (const lang of LANGUAGES) {
      const labels = isco.languages.get(lang)!.labels;
      expect(
        labels.filter((label) => label.trim() === ''),
        lang,
      ).toEqual([]);
      expect(new Set(labels).size, `${lang}: labels tell unit groups apart`).toBeGreaterThan(430);
    }
  });

  it('match ISCO-08 unit groups only to SSYK 2012 codes of the right shape', () => {
    const matches = pack('isco-08').concepts.flatMap((concept) => concept.match ?? []);
    expect(matches.length).toBeGreaterThan(50);
    for (const match of matches) expect(match).toMatch(/^ssyk-2012:\d{4}$/);
  });

  it('place every ESCO occupation in an ISCO-08 unit group of the pack, with English labels from ESCO', () => {
    const esco = pack('esco-occupations');
    const units = new Set(pack('isco-08').concepts.map((concept) => `isco-08:${concept.code}`));
    expect(esco.concepts).toHaveLength(2942);
    for (const concept of esco.concepts) {
      expect(concept.code).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(concept.broader?.length).toBe(1);
      expect(units.has(concept.broader![0]!), concept.code).toBe(true);
    }
    expect(esco.entry.attribution).toMatch(/ESCO.*© European Union.*https:\/\/esco\.ec\.europa\.eu/);
    expect(index.ok && index.value.attribution).toMatch(/© European Union/);
  });

  it('have at least 300 skills, each in a group, each named in all seven languages', () => {
    const skills = pack('kp-skill');
    const groups = skills.concepts.filter((concept) => concept.group);
    const members = skills.concepts.filter((concept) => !concept.group);
    expect(members.length).toBeGreaterThanOrEqual(300);
    expect(groups.map((group) => group.code)).toEqual(
      expect.arrayContaining([
        'trades',
        'care',
        'food',
        'cleaning',
        'transport',
        'retail',
        'office',
        'digital',
        'personal',
      ]),
    );
    const groupKeys = new Set(groups.map((group) => `kp-skill:${group.code}`));
    for (const skill of members) expect(groupKeys.has(skill.broader?.[0] ?? ''), skill.code).toBe(true);
    for (const lang of LANGUAGES)
      expect(
        skills.languages.get(lang)!.labels.filter((label) => !label),
        lang,
      ).toEqual([]);
  });

  it('link occupations to typical skills that exist', () => {
    const skillCodes = new Set(pack('kp-skill').concepts.map((concept) => `kp-skill:${concept.code}`));
    const related = pack('isco-08').concepts.flatMap((concept) => concept.related ?? []);
    expect(related.length).toBeGreaterThan(300);
    for (const key of related) expect(skillCodes.has(key), key).toBe(true);
  });

  it('flag every label not taken from an official source as machine-made and not reviewed, like the locale files', () => {
    if (!index.ok) throw new Error('index');
    for (const entry of index.value.packs)
      for (const [lang, files] of Object.entries(entry.languages)) {
        const file = json(files.labels) as { _meta?: { machineTranslated: boolean; reviewed: boolean } };
        if (files.source.startsWith('ESCO')) {
          expect(files.machineTranslated, `${entry.id} ${lang}`).toBe(false);
          continue;
        }
        expect(files.reviewed, `${entry.id} ${lang}`).toBe(false);
        if (entry.kind !== 'code-list' || !['sv', 'en'].includes(lang)) {
          expect(files.machineTranslated, `${entry.id} ${lang}`).toBe(true);
          expect(file._meta, `${entry.id} ${lang}`).toMatchObject({
            machineTranslated: true,
            reviewed: false,
          });
        }
      }
  });
});
