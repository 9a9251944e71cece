import { beforeAll, describe, expect, it } from 'vitest';
import { type Catalogue, typicalSkillsOf } from '../../src/core/catalogue/catalogue.ts';
import { describeConcept } from '../../src/core/catalogue/describe.ts';
import { loadCatalogue, type ReadCatalogueFile } from '../../src/core/catalogue/load.ts';
import { codedRefsOf } from '../../src/core/catalogue/refs.ts';
import { fail, ok } from '../../src/core/result.ts';
import { committedCatalogue, readCommitted } from './catalogue-support.ts';
import { typicalProfile } from './support.ts';

const COOK_ESCO = '90f75f67-495d-49fa-ab57-2f320e251d7e';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await committedCatalogue({ languages: ['sv', 'en', 'ar'], terms: false });
});

describe('naming a coded value for a reader', () => {
  it('names an ISCO-08 code in the reader’s language, with its SSYK 2012 match beside the code', () => {
    const sv = describeConcept(catalogue, { scheme: 'isco-08', code: '5120' }, ['occupation'], 'sv');
    expect(sv).toMatchObject({ known: true, label: { text: 'Kockar', lang: 'sv', machineTranslated: true } });
    expect(sv.codes).toEqual(['ISCO-08 5120', 'SSYK 2012 5120']);
    const en = describeConcept(catalogue, { scheme: 'isco-08', code: '5120' }, ['occupation'], 'en');
    expect(en.label).toEqual({ text: 'Cooks', lang: 'en', machineTranslated: false });
  });

  it('reads an SSYK 2012 code through the one ISCO-08 group that matches it', () => {
    const ssyk = describeConcept(catalogue, { scheme: 'ssyk-2012', code: '3360' }, ['occupation'], 'sv');
    expect(ssyk.label?.text).toBe('Poliser');
    expect(ssyk.codes).toEqual(['SSYK 2012 3360', 'ISCO-08 5412']);
    // 9310 is matched by two ISCO-08 groups: naming it would be a guess.
    expect(
      describeConcept(catalogue, { scheme: 'ssyk-2012', code: '9310' }, ['occupation'], 'sv').known,
    ).toBe(false);
  });

  it('names an English-only ESCO occupation by its ISCO-08 group in the reader’s language, the English label beside', () => {
    const cook = describeConcept(catalogue, { scheme: 'esco', code: COOK_ESCO }, ['occupation'], 'sv');
    expect(cook.label).toMatchObject({ text: 'cook', lang: 'en' });
    expect(cook.context).toMatchObject({ text: 'Kockar', lang: 'sv' });
    expect(cook.codes).toEqual([`ESCO ${COOK_ESCO}`, 'ISCO-08 5120']);
    expect(
      describeConcept(catalogue, { scheme: 'esco', code: COOK_ESCO }, ['occupation'], 'en').context,
    ).toBeUndefined();
  });

  it('shows the code alone for a code the catalogue does not know, or a skill code asked for as an occupation', () => {
    for (const [ref, kind] of [
      [{ scheme: 'isco-08', code: '0000' }, 'occupation'],
      [{ scheme: 'ssyk-2012', code: '9999' }, 'occupation'],
      [{ scheme: 'kp-skill', code: 'food-01' }, 'occupation'],
      [{ scheme: 'someone-elses', code: 'x' }, 'skill'],
    ] as const) {
      const description = describeConcept(catalogue, ref, [kind], 'sv');
      expect(description.known).toBe(false);
      expect(description.label).toBeUndefined();
      expect(description.codes).toHaveLength(1);
    }
  });

  it('finds the codes of a profile to name: occupations of work and wishes, skill references', () => {
    const profile = typicalProfile();
    expect(
      codedRefsOf({
        ...profile,
        skills: [{ id: 'k', label: 'x', ref: { scheme: 'kp-skill', code: 'food-01' } }],
        wishes: { occupationCodes: [{ scheme: 'isco-08', code: '9412' }] },
      }),
    ).toEqual({
      occupations: [
        { scheme: 'isco-08', code: '7533' },
        { scheme: 'isco-08', code: '5120' },
        { scheme: 'ssyk-2012', code: '5120' },
        { scheme: 'isco-08', code: '9412' },
      ],
      skills: [{ scheme: 'kp-skill', code: 'food-01' }],
    });
  });
});

describe('typical skills of an occupation', () => {
  it('lists the skills the catalogue links to the occupation, and to the group of an ESCO occupation', () => {
    const codes = (code: string, scheme = 'isco-08') =>
      typicalSkillsOf(catalogue, { scheme, code }).map((found) => found.concept.code);
    expect(codes('5120')).toEqual(expect.arrayContaining(['food-01', 'food-09']));
    expect(codes(COOK_ESCO, 'esco')).toEqual(codes('5120'));
    expect(codes('5120', 'ssyk-2012')).toEqual(codes('5120'));
    expect(codes('0110')).toEqual([]);
    expect(codes('0000')).toEqual([]);
  });
});

describe('loading a catalogue from files someone else may have changed', () => {
  /** The committed files, with some replaced. */
  const tampered =
    (changes: Record<string, (value: any) => unknown>): ReadCatalogueFile =>
    async (name) => {
      const read = await readCommitted(name);
      const change = Object.entries(changes).find(([pattern]) => name.includes(pattern))?.[1];
      return read.ok && change ? ok(change(structuredClone(read.value))) : read;
    };
  const load = (read: ReadCatalogueFile) =>
    loadCatalogue(read, { packs: (entry) => entry.id === 'isco-08', languages: ['sv', 'en'], terms: true });

  it('fails without an index, says why, and never throws', async () => {
    expect(await load(async () => fail('catalogue_unavailable'))).toEqual({
      ok: false,
      reason: 'catalogue_unavailable',
    });
    expect(await load(tampered({ 'index.json': () => ({ format: 'something else' }) }))).toEqual({
      ok: false,
      reason: 'catalogue_invalid',
    });
  });

  it('refuses an index that names files outside the catalogue folder', async () => {
    const escaping = tampered({
      'index.json': (index) => {
        index.packs[0].concepts = '../../secrets.json';
        return index;
      },
    });
    expect(await load(escaping)).toEqual({ ok: false, reason: 'catalogue_invalid' });
  });

  it('leaves out a language whose labels belong to another version, length or language, and says so', async () => {
    for (const change of [
      (file: any) => ({ ...file, version: '000000000000' }),
      (file: any) => ({ ...file, labels: file.labels.slice(1) }),
      (file: any) => ({ ...file, lang: 'en' }),
      (file: any) => ({ ...file, labels: [...file.labels.slice(1), 42] }),
    ]) {
      const loaded = await load(tampered({ 'isco-08/sv.': change }));
      if (!loaded.ok) throw new Error('the index loads');
      const [isco] = loaded.value.packs;
      expect([...isco!.languages.keys()]).toEqual(['en']);
      expect(loaded.value.problems).toEqual([
        { file: expect.stringMatching(/^isco-08\/sv\./), reason: 'catalogue_invalid' },
      ]);
    }
  });

  it('leaves out a pack whose concepts cannot be read, and keeps the rest', async () => {
    const loaded = await loadCatalogue(
      tampered({
        'isco-08/concepts.': () => ({ format: 'kompetenspass-catalogue/1', pack: 'isco-08', concepts: 'no' }),
      }),
      { packs: (entry) => entry.kind === 'occupation', languages: ['en'], terms: false },
    );
    expect(loaded.ok && loaded.value.packs.map((p) => p.entry.id)).toEqual(['esco-occupations']);
    expect(loaded.ok && loaded.value.problems.map((p) => p.reason)).toEqual(['catalogue_invalid']);
  });
});
