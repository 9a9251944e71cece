/**
 * Confirmation requests, replies and organisation entries (FORMAT.md §13): the vectors, round
 * trips, and the promise that no changed request or reply is ever accepted.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkReply,
  createRequest,
  decodeReply,
  encodeOrganisationEntry,
  encodeReply,
  fragmentKind,
  organisationTrustList,
  type Profile,
  parseTrustList,
  RECEIVE_REASONS,
  REQUEST_REASONS,
  readFragmentPrefix,
  readOrganisationEntry,
  replyToRequest,
  verifyRequest,
  withoutTrustedIssuer,
  withTrustedIssuer,
} from '../../src/core/index.ts';
import { TEST_KEYS } from './support.ts';

interface ConfirmationVectors {
  now: string;
  holder: string;
  profile: Profile;
  sizes: Record<string, { link: number; qrVersionL: number }>;
  vectors: {
    name: string;
    kind: 'request' | 'reply' | 'organisation';
    input: string;
    expect: { ok: true } | { ok: false; reason: string };
  }[];
}

const file: ConfirmationVectors = JSON.parse(
  readFileSync(new URL('../vectors/confirmation-v1.json', import.meta.url), 'utf8'),
);
const NOW = new Date(file.now);
const MADE = new Date(NOW.getTime() - 86_400_000);
const BASE = 'https://kompetenspass.example/';
const work = file.profile.work[0]!;

async function read(vector: ConfirmationVectors['vectors'][number]) {
  if (vector.kind === 'request') return verifyRequest(vector.input, { now: NOW });
  if (vector.kind === 'reply')
    return checkReply(vector.input, { holder: file.holder, profile: file.profile, now: NOW });
  return readOrganisationEntry(vector.input);
}

describe('confirmation vectors (test/vectors/confirmation-v1.json)', () => {
  it.each(file.vectors.map((vector) => [vector.name, vector]))('%s', async (_name, vector) => {
    const result = await read(vector);
    expect(result.ok ? { ok: true } : { ok: false, reason: result.reason }).toEqual(vector.expect);
  });

  it('covers every kind, and the typical request and reply fit a QR code of version 25 at level L', () => {
    expect(new Set(file.vectors.map((v) => v.kind))).toEqual(new Set(['request', 'reply', 'organisation']));
    expect(file.sizes.request!.qrVersionL).toBeLessThanOrEqual(25);
    expect(file.sizes.reply!.qrVersionL).toBeLessThanOrEqual(25);
  });

  it('names every reason a vector expects among the reasons of its kind', () => {
    for (const vector of file.vectors) {
      if (vector.expect.ok) continue;
      const reasons: readonly string[] =
        vector.kind === 'request'
          ? REQUEST_REASONS
          : vector.kind === 'reply'
            ? RECEIVE_REASONS
            : ['bad_organisation', ...RECEIVE_REASONS];
      expect(reasons, vector.name).toContain(vector.expect.reason);
    }
  });
});

describe('the link prefix, in one place', () => {
  it('tells every kind apart and refuses other letters and upper case', () => {
    expect(fragmentKind('#s1.AAAA')).toBe('snapshot');
    expect(fragmentKind('#q1.AAAA')).toBe('request');
    expect(fragmentKind('e1.AAAA')).toBe('reply');
    expect(fragmentKind('#o12.AAAA')).toBe('organisation');
    expect(fragmentKind('#S1.AAAA')).toBeUndefined();
    expect(fragmentKind('#x1.AAAA')).toBeUndefined();
    expect(fragmentKind('#/edit/work')).toBeUndefined();
    expect(fragmentKind('##s1.AAAA')).toBeUndefined();
    expect(readFragmentPrefix('q01.abc')).toEqual({
      kind: 'request',
      letter: 'q',
      version: '01',
      body: 'abc',
    });
  });
});

async function typicalRequest(days = 30) {
  const made = await createRequest({
    privateJwk: TEST_KEYS.holder.privateJwk,
    section: 'work',
    entry: work,
    name: 'Samira Haddad',
    lang: 'sv',
    validity: { days },
    now: MADE,
    baseUrl: BASE,
  });
  if (!made.ok) throw new Error(made.reason);
  return made.value;
}

describe('request → reply → receive', () => {
  it('round-trips: the organisation sees what was asked, the holder keeps what was confirmed', async () => {
    const request = await typicalRequest();
    expect(request.link.startsWith(`${BASE}#q1.`)).toBe(true);
    const verified = await verifyRequest(request.link, { now: NOW });
    if (!verified.ok) throw new Error(verified.reason);
    expect(verified.value).toMatchObject({
      holder: TEST_KEYS.holder.did,
      fingerprint: TEST_KEYS.holder.fingerprint,
      section: 'work',
      entry: work,
      name: 'Samira Haddad',
      lang: 'sv',
      jti: request.jti,
    });
    const reply = await replyToRequest(
      verified.value,
      { privateJwk: TEST_KEYS.org.privateJwk, name: 'Café Nova AB', url: 'https://cafenova.example/' },
      { statement: 'Arbetade hos oss.', validity: { days: 365 }, now: NOW, baseUrl: BASE },
    );
    if (!reply.ok) throw new Error(reply.reason);
    expect(reply.value.link.startsWith(`${BASE}#e1.`)).toBe(true);
    expect(await decodeReply(reply.value.link)).toEqual({ ok: true, value: reply.value.token });
    expect(await decodeReply(reply.value.fragment)).toEqual({ ok: true, value: reply.value.token });
    const received = await checkReply(reply.value.link, {
      holder: file.holder,
      profile: file.profile,
      now: NOW,
    });
    if (!received.ok) throw new Error(received.reason);
    expect(received.value.token).toBe(reply.value.token);
    expect(received.value.endorsement).toMatchObject({
      issuer: { did: TEST_KEYS.org.did, name: 'Café Nova AB' },
      section: 'work',
      entry: work,
      statement: 'Arbetade hos oss.',
      inProfile: 'same',
    });
  });

  it('refuses a request for an entry that is not valid, or a name with controls, and makes nothing', async () => {
    const base = { privateJwk: TEST_KEYS.holder.privateJwk, section: 'work', validity: { days: 30 } };
    expect(await createRequest({ ...base, entry: { id: 'w1' } })).toEqual({ ok: false, reason: 'bad_entry' });
    expect(await createRequest({ ...base, entry: work, name: 'A\u0007B' })).toEqual({
      ok: false,
      reason: 'bad_option',
    });
    expect(await createRequest({ ...base, entry: work, validity: { days: 400 } })).toEqual({
      ok: false,
      reason: 'validity_too_long',
    });
  });

  it('a reply names the requesting key: another holder cannot keep it', async () => {
    const request = await typicalRequest();
    const verified = await verifyRequest(request.link, { now: NOW });
    if (!verified.ok) throw new Error(verified.reason);
    const reply = await replyToRequest(
      verified.value,
      { privateJwk: TEST_KEYS.org.privateJwk, name: 'Café Nova' },
      { now: NOW },
    );
    if (!reply.ok) throw new Error(reply.reason);
    expect(
      await checkReply(reply.value.link, { holder: TEST_KEYS.other.did, profile: file.profile, now: NOW }),
    ).toEqual({
      ok: false,
      reason: 'wrong_subject',
    });
  });
});

/** Every single-character change of the body, within the base64url alphabet. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const mutation = (length: number) =>
  fc.tuple(fc.integer({ min: 0, max: length - 1 }), fc.integer({ min: 1, max: ALPHABET.length - 1 }));
function mutate(fragment: string, [at, shift]: [number, number]) {
  const body = fragment.slice(3);
  const changed = ALPHABET[(ALPHABET.indexOf(body[at]!) + shift) % ALPHABET.length];
  return `${fragment.slice(0, 3)}${body.slice(0, at)}${changed}${body.slice(at + 1)}`;
}

describe('tampering (properties)', () => {
  it('no changed character of a request link ever verifies', async () => {
    const request = await typicalRequest();
    await fc.assert(
      fc.asyncProperty(mutation(request.fragment.length - 3), async (change) => {
        const result = await verifyRequest(mutate(request.fragment, change), { now: NOW });
        expect(result.ok).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('no changed character of a reply link is ever kept', async () => {
    const token = (await decodeReply(file.vectors.find((v) => v.name === 'reply-valid')!.input)) as {
      value: string;
    };
    const reply = await encodeReply(token.value);
    await fc.assert(
      fc.asyncProperty(mutation(reply.fragment.length - 3), async (change) => {
        const result = await checkReply(mutate(reply.fragment, change), {
          holder: file.holder,
          profile: file.profile,
          now: NOW,
        });
        expect(result.ok).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on arbitrary text, and refuses it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        expect((await verifyRequest(text, { now: NOW })).ok).toBe(false);
        expect((await checkReply(text, { holder: file.holder, profile: file.profile, now: NOW })).ok).toBe(
          false,
        );
        expect((await readOrganisationEntry(text)).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses oversized input before decoding it', async () => {
    const huge = `q1.${'A'.repeat(20_000)}`;
    expect(await verifyRequest(huge)).toEqual({ ok: false, reason: 'too_large' });
    expect(await verifyRequest(`q1.${'A'.repeat(16_385)}`)).toEqual({ ok: false, reason: 'too_large' });
    expect(await decodeReply('x'.repeat(9_000))).toEqual({ ok: false, reason: 'too_large' });
  });
});

describe('organisation entries and trust lists', () => {
  const cafe = { did: TEST_KEYS.org.did, name: 'Café Nova AB', url: 'https://cafenova.example/' };

  it('reads an entry from its link and from its exported file, with the key fingerprint', async () => {
    const link = await encodeOrganisationEntry(cafe, BASE);
    const expected = { ok: true, value: { ...cafe, fingerprint: TEST_KEYS.org.fingerprint } };
    expect(await readOrganisationEntry(link.link)).toEqual(expected);
    expect(await readOrganisationEntry(JSON.stringify(organisationTrustList(cafe)))).toEqual(expected);
    expect(parseTrustList(organisationTrustList(cafe)).ok).toBe(true);
  });

  it('adds (replacing the same DID in place) and removes issuers', () => {
    const list = { name: 'Desk', issuers: [{ did: TEST_KEYS.other.did, name: 'Annan' }] };
    const added = withTrustedIssuer(list, cafe);
    expect(added).toEqual({ ok: true, value: { name: 'Desk', issuers: [list.issuers[0], cafe] } });
    const renamed = withTrustedIssuer(added.ok ? added.value : list, {
      did: TEST_KEYS.other.did,
      name: 'Ny',
    });
    expect(renamed.ok && renamed.value.issuers.map((i) => i.name)).toEqual(['Ny', 'Café Nova AB']);
    expect(withoutTrustedIssuer(list, TEST_KEYS.other.did)).toEqual({
      ok: true,
      value: { name: 'Desk', issuers: [] },
    });
    expect(withoutTrustedIssuer(list, cafe.did)).toEqual({ ok: false, reason: 'not_listed' });
  });
});
