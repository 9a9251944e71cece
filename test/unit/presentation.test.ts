import { describe, expect, it } from 'vitest';
import {
  becameCurrent,
  createEndorsement,
  createSnapshot,
  decodeBase64url,
  emptyProfile,
  encodeBase64url,
  expireIfDue,
  fullSelection,
  leftOutOf,
  msUntilVerdictChanges,
  type PrivateJwk,
  type Profile,
  parseTrustList,
  presentEndorsements,
  type TrustList,
  type ValidSnapshot,
  verifySnapshot,
} from '../../src/core/index.ts';
import { endorseSkill, TEST_KEYS } from './support.ts';

const NOW = new Date('2026-03-02T09:00:00Z');
const { holder, org, other } = TEST_KEYS;

/** Two skills that read the same: only the id tells them apart. */
function profileWithTwins(): Profile {
  const profile = emptyProfile('sv');
  profile.person = { givenName: 'Samira', familyName: 'Haddad' };
  profile.skills = [
    { id: 'bak-1', label: 'Bakning', level: 3 },
    { id: 'bak-2', label: 'Bakning', level: 3 },
    { id: 'truck', label: 'Truck', level: 2 },
  ];
  return profile;
}

const endorse = (key: PrivateJwk, name: string, entry: object, statement?: string) =>
  endorseSkill(key, name, entry, NOW, statement);

/** The same signature in its other valid form (r, n − s): another spelling of the same endorsement. */
function malleated(token: string): string {
  const [h, p, s] = token.split('.') as [string, string, string];
  const bytes = decodeBase64url(s);
  if (!bytes.ok) throw new Error('bad signature');
  const n = BigInt('0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551');
  const value = BigInt(`0x${Buffer.from(bytes.value.subarray(32)).toString('hex')}`);
  const flipped = Buffer.from((n - value).toString(16).padStart(64, '0'), 'hex');
  return `${h}.${p}.${encodeBase64url(new Uint8Array([...bytes.value.subarray(0, 32), ...flipped]))}`;
}

async function verified(profile: Profile, endorsements: string[]): Promise<ValidSnapshot> {
  const made = await createSnapshot(profile, fullSelection(profile), {
    privateJwk: holder.privateJwk,
    now: NOW,
    validity: { days: 7 },
    endorsements,
  });
  if (!made.ok) throw new Error(made.reason);
  const result = await verifySnapshot(made.value.token, { now: NOW });
  if (!result.ok) throw new Error(result.reason);
  return result;
}

const trust = (issuers: { did: string; name: string }[]): TrustList => {
  const parsed = parseTrustList({ name: 'Kommunens lista', issuers });
  if (!parsed.ok) throw new Error(parsed.path);
  return parsed.value;
};

describe('presentEndorsements: what the reader is shown, from what is known', () => {
  it('names a trusted organisation by the list, an unknown one only by what it calls itself, and tells a self-endorsement', async () => {
    const profile = profileWithTwins();
    const [bak1, , truck] = profile.skills;
    const result = await verified(profile, [
      await endorse(org.privateJwk, 'Café Nova', bak1!, 'Har bakat hos oss i två år.'),
      await endorse(other.privateJwk, 'Arbetsförmedlingen', truck!),
      await endorse(holder.privateJwk, 'Samira själv', truck!),
      await endorse(org.privateJwk, 'Café Nova', { id: 'bak-1', label: 'Bakning', level: 4 }),
    ]);
    const shown = presentEndorsements(
      result.endorsements,
      result.holder,
      trust([{ did: org.did, name: 'Café Nova AB' }]),
    );
    expect(shown.trustListName).toBe('Kommunens lista');
    expect(shown.items.map((item) => item.standing)).toEqual([
      'trusted',
      'unknown_issuer',
      'self_endorsed',
      'trusted',
    ]);
    const [first, second, third, fourth] = shown.items;
    expect(first).toMatchObject({
      number: 1,
      trustedAs: { name: 'Café Nova AB', listName: 'Kommunens lista' },
    });
    expect(second).not.toHaveProperty('trustedAs');
    expect(third).not.toHaveProperty('trustedAs');
    expect(fourth).toMatchObject({ endorsement: { inProfile: 'changed' } });
    expect(shown.trustedOrganisations).toEqual([{ did: org.did, name: 'Café Nova AB', numbers: [1, 4] }]);
  });

  it('marks the endorsed entry by its id, so that two entries that read the same cannot be confused', async () => {
    const profile = profileWithTwins();
    const result = await verified(profile, [await endorse(org.privateJwk, 'Café Nova', profile.skills[1]!)]);
    const shown = presentEndorsements(result.endorsements, result.holder);
    expect(shown.marksFor('skills', 'bak-1')).toEqual([]);
    expect(shown.marksFor('skills', 'bak-2')).toEqual([
      { number: 1, standing: 'unknown_issuer', changed: false },
    ]);
    expect(shown.marksFor('work', 'bak-2')).toEqual([]);
    expect(shown.trustedOrganisations).toEqual([]);
    expect(shown).not.toHaveProperty('trustListName');
  });

  it('shows the same endorsement once, however often and in whichever signature spelling it is carried', async () => {
    const profile = profileWithTwins();
    const token = await endorse(org.privateJwk, 'Café Nova', profile.skills[0]!);
    const result = await verified(profile, [token, token, malleated(token)]);
    expect(result.endorsements.map((e) => e.status)).toEqual([
      'valid_unknown_issuer',
      'valid_unknown_issuer',
      'valid_unknown_issuer',
    ]);
    const shown = presentEndorsements(result.endorsements, result.holder);
    expect(shown.items).toHaveLength(1);
    expect(shown.items[0]).toMatchObject({ number: 1, copies: 3 });
    expect(shown.marksFor('skills', 'bak-1')).toHaveLength(1);
  });

  it('tells one key under several names, one name under several keys, and a name the reader’s list gives another key', async () => {
    const profile = profileWithTwins();
    const [bak1, bak2, truck] = profile.skills;
    const result = await verified(profile, [
      await endorse(other.privateJwk, 'Café Nova', bak1!),
      await endorse(other.privateJwk, 'Arbetsförmedlingen', bak2!),
      await endorse(org.privateJwk, 'CAFÉ\u200b NOVA', truck!),
      await endorse(holder.privateJwk, 'Café Nova AB', truck!),
    ]);
    const shown = presentEndorsements(
      result.endorsements,
      result.holder,
      trust([{ did: org.did, name: 'Café Nova AB' }]),
    );
    const [a, b, c, d] = shown.items as Extract<(typeof shown.items)[number], { copies: number }>[];
    expect(a).toMatchObject({ otherNamesOfKey: ['Arbetsförmedlingen'], nameUsedByOtherKey: true });
    expect(b).toMatchObject({ otherNamesOfKey: ['Café Nova'], nameUsedByOtherKey: false });
    // Case and an invisible character do not make another name.
    expect(c).toMatchObject({ standing: 'trusted', nameUsedByOtherKey: true, resemblesTrustedName: false });
    expect(d).toMatchObject({ standing: 'self_endorsed', resemblesTrustedName: true });
  });

  it('keeps invalid endorsements by their reason only', async () => {
    const profile = profileWithTwins();
    const made = await createEndorsement({
      privateJwk: org.privateJwk,
      issuerName: 'Café Nova',
      holder: other.did,
      section: 'skills',
      entry: profile.skills[0],
      now: NOW,
    });
    if (!made.ok) throw new Error(made.reason);
    const result = await verified(profile, [made.value.token]);
    const shown = presentEndorsements(result.endorsements, result.holder);
    expect(shown.items).toEqual([{ number: 1, standing: 'invalid', reason: 'wrong_subject' }]);
  });
});

describe('a verdict that stays true while the page is open', () => {
  it('expires a valid result at exp + 60 s and drops everything but the signed facts', async () => {
    const result = await verified(profileWithTwins(), []);
    const exp = result.expiresAt.getTime();
    expect(expireIfDue(result, new Date(exp + 59_999))).toBe(result);
    const expired = expireIfDue(result, new Date(exp + 60_000));
    expect(expired).toEqual({
      ok: false,
      status: 'expired',
      reason: 'expired',
      holder: result.holder,
      fingerprint: result.fingerprint,
      issuedAt: result.issuedAt,
      expiresAt: result.expiresAt,
      jti: result.jti,
    });
    expect(msUntilVerdictChanges(result, NOW)).toBe(exp + 60_000 - NOW.getTime());
    expect(msUntilVerdictChanges(expired, NOW)).toBeNull();
  });

  it('says when a not-yet-valid result has come into its time', async () => {
    const made = await createSnapshot(profileWithTwins(), fullSelection(profileWithTwins()), {
      privateJwk: holder.privateJwk,
      now: NOW,
      validity: { days: 1 },
    });
    if (!made.ok) throw new Error(made.reason);
    const early = new Date(NOW.getTime() - 120_000);
    const result = await verifySnapshot(made.value.token, { now: early });
    expect(result.status).toBe('not_yet_valid');
    expect(becameCurrent(result, early)).toBe(false);
    expect(msUntilVerdictChanges(result, early)).toBe(60_000);
    expect(becameCurrent(result, new Date(NOW.getTime() - 60_000))).toBe(true);
  });
});

describe('leftOutOf', () => {
  it('names what was not shared, never any text of the profile', () => {
    const profile = profileWithTwins();
    expect(leftOutOf({ v: 1, lang: 'sv', skills: profile.skills })).toEqual([
      'contactDetails',
      'birthYear',
      'languages',
      'education',
      'work',
      'licences',
      'wishes',
    ]);
    expect(leftOutOf({ v: 1, lang: 'sv', person: { email: 'a@b.se', birthYear: 1990 }, wishes: {} })).toEqual(
      ['languages', 'education', 'work', 'skills', 'licences'],
    );
  });
});
