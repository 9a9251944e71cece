import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applySelection,
  CREATE_REASONS,
  type CreateReason,
  type CreateSnapshotOptions,
  createEndorsement,
  createSnapshot,
  DAY_SECONDS,
  defaultSelection,
  fullSelection,
  type Profile,
  type ShareSelection,
  type Snapshot,
  type SnapshotVerification,
  verifySnapshot,
} from '../../src/core/index.ts';
import { TEST_KEYS, typicalProfile } from './support.ts';

const BASE_URL = 'https://kompetenspass.example/';
/** 2026-03-01 09:30:00.250 UTC: the fraction shows that iat is whole seconds. */
const NOW = new Date(Date.UTC(2026, 2, 1, 9, 30, 0, 250));
const IAT = Math.floor(NOW.getTime() / 1000);
const profile = typicalProfile();
const key = TEST_KEYS.holder.privateJwk;

async function make(
  selection: ShareSelection = defaultSelection(profile),
  options: Partial<CreateSnapshotOptions> = {},
  from: Profile = profile,
): Promise<Snapshot> {
  const created = await createSnapshot(from, selection, {
    privateJwk: key,
    now: NOW,
    validity: { days: 7 },
    baseUrl: BASE_URL,
    ...options,
  });
  if (!created.ok) throw new Error(`createSnapshot failed: ${created.reason}`);
  return created.value;
}

function expectValid(
  result: SnapshotVerification,
): asserts result is Extract<SnapshotVerification, { ok: true }> {
  expect(result).toMatchObject({ ok: true, status: 'valid' });
}

const payloadText = (token: string) => Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8');

/** A small deterministic generator, so that "random" text is the same on every run. */
function randomText(length: number, seed: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ0123456789 ';
  let state = seed >>> 0;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    out += alphabet[state % alphabet.length];
  }
  return out;
}

describe('createSnapshot → verifySnapshot round trip (typical profile)', () => {
  it('gives back the selected profile, holder DID, fingerprint and times', async () => {
    const selection = defaultSelection(profile);
    const snapshot = await make(selection);
    const result = await verifySnapshot(snapshot.link, { now: NOW });
    expectValid(result);
    expect(result.profile).toEqual(applySelection(profile, selection));
    expect(result.holder).toBe(TEST_KEYS.holder.did);
    expect(snapshot.holder).toBe(TEST_KEYS.holder.did);
    expect(result.fingerprint).toBe(TEST_KEYS.holder.fingerprint);
    expect(result.issuedAt).toEqual(new Date(IAT * 1000));
    expect(result.issuedAt).toEqual(snapshot.issuedAt);
    expect(result.expiresAt).toEqual(new Date((IAT + 7 * DAY_SECONDS) * 1000));
    expect(result.expiresAt).toEqual(snapshot.expiresAt);
    expect(result.jti).toBe(snapshot.jti);
    expect(result.jti.length).toBeGreaterThanOrEqual(22); // 128 random bits
    expect(result.endorsements).toEqual([]);
  });

  it('with every section and field selected gives back exactly the fixture', async () => {
    const fixture = JSON.parse(
      readFileSync(new URL('../../../shared/fixtures/typical-profile.json', import.meta.url), 'utf8'),
    );
    const result = await verifySnapshot((await make(fullSelection(profile))).link, { now: NOW });
    expectValid(result);
    expect(result.profile).toEqual(fixture);
  });

  it('with a partial selection carries only the chosen entries and sections', async () => {
    const selection: ShareSelection = {
      person: ['givenName'],
      entries: { languages: ['l2'], education: [], work: ['w3', 'w1'], skills: ['s4'], licences: [] },
      wishes: false,
    };
    const result = await verifySnapshot((await make(selection)).link, { now: NOW });
    expectValid(result);
    expect(result.profile).toEqual({
      v: 1,
      lang: 'sv',
      person: { givenName: 'Samira' },
      languages: [profile.languages[1]],
      work: [profile.work[0], profile.work[2]],
      skills: [profile.skills[3]],
    });
  });

  it('by default leaves out phone, e-mail and birth year', async () => {
    const snapshot = await make();
    const result = await verifySnapshot(snapshot.link, { now: NOW });
    expectValid(result);
    expect(Object.keys(result.profile.person ?? {}).sort()).toEqual([
      'about',
      'familyName',
      'givenName',
      'municipality',
    ]);
    // Not in the signed bytes at all, not only not shown.
    const signed = payloadText(snapshot.token);
    for (const secret of [
      '"phone"',
      '"email"',
      '"birthYear"',
      '+46 70 123 45 67',
      'samira.haddad@example.org',
      '1988',
    ])
      expect(signed).not.toContain(secret);
  });

  it('carries the recipient label, language and endorsements', async () => {
    const endorsement = await createEndorsement({
      privateJwk: TEST_KEYS.org.privateJwk,
      issuerName: 'Café Mötesstugan',
      holder: TEST_KEYS.holder.did,
      section: 'skills',
      entry: profile.skills[3],
      now: NOW,
    });
    if (!endorsement.ok) throw new Error(endorsement.reason);
    const snapshot = await make(defaultSelection(profile), {
      for: 'Arbetsförmedlingen',
      lang: 'sv',
      endorsements: [endorsement.value.token],
    });
    const result = await verifySnapshot(snapshot.link, { now: NOW });
    expectValid(result);
    expect(result.for).toBe('Arbetsförmedlingen');
    expect(result.lang).toBe('sv');
    expect(result.endorsements).toMatchObject([
      { status: 'valid_unknown_issuer', section: 'skills', inProfile: 'same', jti: endorsement.value.jti },
    ]);
  });

  it('signs the header and payload of the wire format', async () => {
    const snapshot = await make();
    const header = JSON.parse(Buffer.from(snapshot.token.split('.')[0] ?? '', 'base64url').toString('utf8'));
    expect(header).toEqual({ alg: 'ES256', typ: 'vc+jwt', kid: `${TEST_KEYS.holder.did}#0` });
    const payload = JSON.parse(payloadText(snapshot.token));
    expect(payload).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential', 'KompetenspassSnapshot'],
      issuer: TEST_KEYS.holder.did,
      iss: TEST_KEYS.holder.did,
      credentialSubject: { id: TEST_KEYS.holder.did },
      iat: IAT,
      exp: IAT + 7 * DAY_SECONDS,
      validFrom: '2026-03-01T09:30:00Z',
      validUntil: '2026-03-08T09:30:00Z',
      jti: snapshot.jti,
    });
  });
});

describe('the clock', () => {
  const exp = IAT + 7 * DAY_SECONDS;
  const at = (seconds: number, ms = 0) => new Date(seconds * 1000 + ms);

  it.each([
    ['exp + 60 s − 1 ms', at(exp + 60, -1), 'valid'],
    ['exactly exp + 60 s', at(exp + 60), 'expired'],
    ['a year later', at(exp + 366 * DAY_SECONDS), 'expired'],
    ['exactly iat − 60 s', at(IAT - 60), 'valid'],
    ['iat − 60 s − 1 ms', at(IAT - 60, -1), 'not_yet_valid'],
    ['a day before', at(IAT - DAY_SECONDS), 'not_yet_valid'],
  ])('checked at %s: %s', async (_name, now, status) => {
    const snapshot = await make();
    const result = await verifySnapshot(snapshot.link, { now });
    expect(result.status).toBe(status);
    if (status === 'valid') return;
    // Refused for time, the signed facts are still told ("it expired on …"), the profile is not.
    expect(result).toMatchObject({
      ok: false,
      reason: status,
      holder: TEST_KEYS.holder.did,
      fingerprint: TEST_KEYS.holder.fingerprint,
      expiresAt: snapshot.expiresAt,
    });
    expect(result).not.toHaveProperty('profile');
  });

  it('accepts a validity of exactly 366 days and refuses a second more', async () => {
    const year = await make(defaultSelection(profile), { validity: { days: 366 } });
    expect(year.expiresAt.getTime() - year.issuedAt.getTime()).toBe(366 * DAY_SECONDS * 1000);
    expect((await verifySnapshot(year.link, { now: NOW })).status).toBe('valid');
    const until = new Date((IAT + 366 * DAY_SECONDS) * 1000);
    expect((await make(defaultSelection(profile), { validity: { until } })).expiresAt).toEqual(until);
    for (const validity of [{ days: 367 }, { days: 366.0001 }, { until: new Date(until.getTime() + 1000) }]) {
      const created = await createSnapshot(profile, defaultSelection(profile), {
        privateJwk: key,
        now: NOW,
        validity,
      });
      expect(created).toEqual({ ok: false, reason: 'validity_too_long' });
    }
  });
});

describe('createSnapshot refuses, as a value', () => {
  const countrySyria = {
    ...profile,
    education: [{ ...profile.education[0]!, country: 'Syria' }],
  } as Profile;
  /** 100 skills and 100 jobs, with long texts: within Profile v1, too much for one link. */
  const bloated = (text: (i: number) => string): Profile => ({
    ...profile,
    skills: Array.from({ length: 100 }, (_, i) => ({ id: `s${i}`, label: `Skill ${i}`, evidence: text(i) })),
    work: Array.from({ length: 100 }, (_, i) => ({
      id: `w${i}`,
      title: `Job ${i}`,
      kind: 'employment' as const,
      tasks: text(i + 100),
    })),
  });
  const cases: [CreateReason, string, Partial<CreateSnapshotOptions>, Profile?][] = [
    ['bad_key', 'a key that is not an object', { privateJwk: 'nope' as never }],
    ['bad_key', 'a public key only', { privateJwk: { ...key, d: undefined } as never }],
    ['bad_key', 'a P-384 key', { privateJwk: { ...key, crv: 'P-384' } as never }],
    [
      'bad_key',
      'a scalar that belongs to another key',
      { privateJwk: { ...key, d: TEST_KEYS.other.privateJwk.d } },
    ],
    ['bad_validity', 'zero days', { validity: { days: 0 } }],
    ['bad_validity', 'negative days', { validity: { days: -1 } }],
    ['bad_validity', 'NaN days', { validity: { days: Number.NaN } }],
    ['bad_validity', 'an end in the past', { validity: { until: new Date(NOW.getTime() - 1000) } }],
    ['bad_validity', 'an end equal to now', { validity: { until: new Date(IAT * 1000) } }],
    ['bad_validity', 'an invalid date', { validity: { until: new Date('nope') } }],
    ['validity_too_long', '367 days', { validity: { days: 367 } }],
    ['bad_option', 'a recipient label of 201 characters', { for: 'x'.repeat(201) }],
    ['bad_option', 'a language that is no BCP-47 tag', { lang: 'svenska!' }],
    ['bad_option', '21 endorsements', { endorsements: Array(21).fill('a.b.c') }],
    ['bad_option', 'an empty endorsement', { endorsements: [''] }],
    ['bad_option', 'an endorsement of 8,193 characters', { endorsements: ['x'.repeat(8193)] }],
    ['bad_profile', 'a country that is not ISO 3166-1', {}, countrySyria],
    ['too_large', 'a fragment over 16,384 characters', {}, bloated((i) => randomText(150, i + 1))],
    ['too_large', 'a snapshot that inflates past 256 KiB', {}, bloated(() => 'ab'.repeat(1000))],
  ];

  it.each(cases)('%s: %s', async (reason, _name, options, from = profile) => {
    const created = await createSnapshot(from, fullSelection(from), {
      privateJwk: key,
      now: NOW,
      validity: { days: 7 },
      ...options,
    });
    expect(created.ok).toBe(false);
    if (created.ok) return;
    expect(created.reason).toBe(reason);
    if (reason === 'bad_profile')
      expect(created.problems).toEqual([{ path: 'education.0.country', reason: 'bad_country' }]);
  });

  it('covers every reason code', () => {
    expect([...new Set(cases.map(([reason]) => reason))].sort()).toEqual([...CREATE_REASONS].sort());
  });

  it('makes a large but legitimate profile: 2,000 characters of incompressible text more still fit', async () => {
    const large = {
      ...profile,
      skills: [...profile.skills, { id: 'x', label: 'Skill', evidence: randomText(2000, 7) }],
    };
    const snapshot = await make(fullSelection(large), {}, large);
    expect((await verifySnapshot(snapshot.link, { now: NOW })).status).toBe('valid');
  });
});

describe('the link', () => {
  it('is accepted as full URL, fragment, bare s1. text and compact JWS, with surrounding whitespace', async () => {
    const snapshot = await make();
    expect(snapshot.link).toBe(`${BASE_URL}#${snapshot.fragment}`);
    expect(snapshot.fragment.startsWith('s1.')).toBe(true);
    const forms = [
      snapshot.link,
      `#${snapshot.fragment}`,
      snapshot.fragment,
      snapshot.token,
      `  ${snapshot.link}\n`,
      `\t${snapshot.token}\r\n`,
    ];
    for (const form of forms) {
      const result = await verifySnapshot(form, { now: NOW });
      expectValid(result);
      expect(result.jti).toBe(snapshot.jti);
    }
  });

  it("replaces a fragment the app's address already had", async () => {
    const snapshot = await make(defaultSelection(profile), { baseUrl: 'https://example.org/kp/#/share' });
    expect(snapshot.link).toBe(`https://example.org/kp/#${snapshot.fragment}`);
    const bare = await make(defaultSelection(profile), { baseUrl: undefined });
    expect(bare.link).toBe(`#${bare.fragment}`);
  });

  it('budget: the typical profile with every section and field fits in 2,500 characters', async () => {
    const full = await make(fullSelection(profile));
    const partial = await make(defaultSelection(profile));
    const ratio = full.fragment.length / full.token.length;
    console.log(
      `typical profile, every section: fragment ${full.fragment.length} characters, link ${full.link.length}, ` +
        `compact JWS ${full.token.length} (ratio ${ratio.toFixed(3)}); default selection: fragment ${partial.fragment.length}`,
    );
    expect(full.fragment.length).toBeLessThanOrEqual(2_500);
    expect(partial.fragment.length).toBeLessThanOrEqual(full.fragment.length);
  });
});
