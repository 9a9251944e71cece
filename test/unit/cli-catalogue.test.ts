import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { createSnapshot, fullSelection, type Profile } from '../../src/core/index.ts';
import { TEST_KEYS, typicalProfile } from './support.ts';

let token = '';

/** Runs the command in this process and collects what it prints. */
async function verify(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await run(['verify', token, ...args], {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    readStdin: async () => '',
  });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  const typical = typicalProfile();
  const profile: Profile = {
    ...typical,
    work: [
      ...typical.work,
      {
        id: 'w9',
        title: 'Cook\u2069\u202eevil',
        kind: 'employment',
        occupation: { scheme: 'isco-08', code: '0000' },
      },
    ],
    skills: [
      ...typical.skills,
      { id: 's99', label: 'Laga mat', ref: { scheme: 'kp-skill', code: 'food-01' } },
    ],
    wishes: { ...typical.wishes, occupationCodes: [{ scheme: 'isco-08', code: '9412' }] },
  };
  const made = await createSnapshot(profile, fullSelection(profile), {
    privateJwk: TEST_KEYS.holder.privateJwk,
    validity: { days: 7 },
  });
  if (!made.ok) throw new Error(made.reason);
  token = made.value.token;
});

describe('verify names coded occupations and skills (--lang)', () => {
  it('in English by default, each with its codes', async () => {
    const { status, out } = await verify();
    expect(status).toBe(0);
    expect(out).toContain('Coded occupations and skills (names in English):');
    expect(out).toContain(
      '  work 2: ISCO-08 5120, SSYK 2012 5120\n      name            "Cooks"\n      own words       "Kock och kassa i familjens restaurang"',
    );
    expect(out).toContain('  work 3: SSYK 2012 5120, ISCO-08 5120\n      name            "Cooks"');
    expect(out).toContain('Kompetenspass food-01\n      name            "Cook food in large quantities"');
    expect(out).toContain('  wishes: ISCO-08 9412, SSYK 2012 9412\n      name            "Kitchen helpers"');
  });

  it('in Swedish with --lang sv', async () => {
    const { out } = await verify('--lang', 'sv');
    expect(out).toContain('(names in Swedish)');
    expect(out).toContain('ISCO-08 5120, SSYK 2012 5120\n      name            "Kockar"');
    expect(out).toContain('Kompetenspass food-01\n      name            "Laga mat i stora mängder"');
  });

  it('shows a code the catalogue does not know as a code, and prints no direction controls from the snapshot', async () => {
    const { out } = await verify('--lang', 'sv');
    expect(out).toContain('  work 4: ISCO-08 0000\n      name            (not in the catalogue)');
    expect(out).toContain('      own words       "Cook\\u{2069}\\u{202E}evil"');
    expect(out.includes('\u2069') || out.includes('\u202e')).toBe(false);
  });

  it('refuses another language with status 2, and leaves --json unchanged', async () => {
    const bad = await verify('--lang', 'ar');
    expect(bad.status).toBe(2);
    expect(bad.err).toContain('--lang takes en or sv');
    const json = await verify('--json', '--lang', 'sv');
    expect(Object.keys(JSON.parse(json.out))).toEqual([
      'status',
      'reasons',
      'holder',
      'fingerprint',
      'issuedAt',
      'expiresAt',
      'endorsements',
      'profile',
      'jti',
      'for',
      'lang',
      'problems',
    ]);
  });
});
