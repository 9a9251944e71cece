import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type BackupTables,
  createBackup,
  emptyTables,
  type KdfParams,
  LIST_SECTIONS,
  makeContents,
  mergeProfiles,
  openBackup,
} from '../../src/core/index.ts';
import { profileArbitrary } from './profile-arbitrary.ts';
import { rememberingDerive } from './support.ts';

const KDF: KdfParams = { logN: 14, r: 8, p: 1 };
const CODE = '314159265358979323846264338327';
const derive = rememberingDerive();
const digits = fc.stringMatching(/^\d{30}$/);

const tablesOf = (profile: BackupTables['profile'][number]['profile']): BackupTables => ({
  ...emptyTables(),
  profile: [{ id: 'current', profile, updatedAt: 1_772_355_600_000 }],
  settings: [{ key: 'note', value: { any: ['json', 1, true, null] } }],
});

async function backupOf(tables: BackupTables, code = CODE): Promise<string> {
  const made = await createBackup(makeContents(tables, 2), { kind: 'code', code }, { kdf: KDF, derive });
  if (!made.ok) throw new Error(made.reason);
  return made.value;
}

describe('backup (properties)', { timeout: 120_000 }, () => {
  it('backup then restore is lossless for random valid profiles', async () => {
    await fc.assert(
      fc.asyncProperty(profileArbitrary(), digits, async (profile, code) => {
        const tables = tablesOf(profile);
        const opened = await openBackup(await backupOf(tables, code), code, { derive });
        expect(opened.ok && opened.value.contents.tables).toEqual(tables);
      }),
      { numRuns: 25 },
    );
  });

  it('a wrong code never opens a backup', async () => {
    const [profile] = fc.sample(profileArbitrary(2), { numRuns: 1, seed: 7 });
    const text = await backupOf(tablesOf(profile!));
    await fc.assert(
      fc.asyncProperty(
        digits.filter((code) => code !== CODE),
        async (code) => {
          expect(await openBackup(text, code, { derive })).toEqual({ ok: false, reason: 'wrong_secret' });
        },
      ),
      { numRuns: 40 },
    );
  });

  describe('a small backup changed anywhere', () => {
    let text = '';
    let bytes = new Uint8Array();
    const armorOf = (changed: Uint8Array) =>
      `-----BEGIN KOMPETENSPASS BACKUP-----\n${Buffer.from(changed).toString('base64')}\n-----END KOMPETENSPASS BACKUP-----\n`;
    beforeAll(async () => {
      const small = {
        v: 1 as const,
        lang: 'sv',
        person: { givenName: 'Amal', familyName: 'Yusuf' },
        languages: [],
        education: [],
        work: [],
        skills: [{ id: 's1', label: 'Bakning' }],
        licences: [],
        wishes: {},
      };
      text = await backupOf(tablesOf(small));
      bytes = new Uint8Array(Buffer.from(text.split('\n').slice(1, -2).join(''), 'base64'));
      expect((await openBackup(armorOf(bytes), CODE, { derive })).ok).toBe(true);
    });

    it('is refused for a changed byte at every position of the container', async () => {
      for (let position = 0; position < bytes.length; position++) {
        for (const xor of [0x01, 0x80, 0xff]) {
          const changed = new Uint8Array(bytes);
          changed[position]! ^= xor;
          const opened = await openBackup(armorOf(changed), CODE, { derive });
          expect(opened.ok, `byte ${position} ^ ${xor}`).toBe(false);
        }
      }
    });

    it('is refused for a changed character at every position of the text', async () => {
      // Not a space: line breaks are layout, and a mail program may turn one into a space.
      const replacements = fc.constantFrom('A', 'z', '0', '+', '/', '=', '-', '!', 'é');
      await fc.assert(
        fc.asyncProperty(fc.nat({ max: text.length - 1 }), replacements, async (position, char) => {
          fc.pre(text[position] !== char);
          // Text after the end line is not part of the backup (a mail program may add some).
          fc.pre(position < text.trimEnd().length);
          const changed = text.slice(0, position) + char + text.slice(position + 1);
          expect((await openBackup(changed, CODE, { derive })).ok).toBe(false);
        }),
        { numRuns: 600 },
      );
    });

    it('is refused when cut at any length', async () => {
      for (let length = 0; length < bytes.length; length++) {
        expect((await openBackup(armorOf(bytes.slice(0, length)), CODE, { derive })).ok, `${length}`).toBe(
          false,
        );
        const cut = Math.round((length / bytes.length) * text.trimEnd().length);
        expect((await openBackup(text.slice(0, cut), CODE, { derive })).ok).toBe(false);
      }
    });
  });

  it('merge never drops an entry that exists on either side', () => {
    fc.assert(
      fc.property(profileArbitrary(8), profileArbitrary(8), (newer, older) => {
        const merged = mergeProfiles(newer, older);
        expect(merged.ok).toBe(true);
        if (!merged.ok) return;
        for (const section of LIST_SECTIONS) {
          const ids = new Set(merged.value.profile[section].map((entry) => entry.id));
          for (const entry of [...newer[section], ...older[section]]) expect(ids).toContain(entry.id);
          // and the entry of the newer side wins where both have one
          for (const entry of newer[section])
            expect(merged.value.profile[section].find((e) => e.id === entry.id)).toEqual(entry);
        }
        for (const wish of [...(newer.wishes.occupations ?? []), ...(older.wishes.occupations ?? [])])
          expect(merged.value.profile.wishes.occupations).toContain(wish);
      }),
      { numRuns: 300 },
    );
  });
});
