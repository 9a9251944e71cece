// Writes test/vectors/snapshot-v1.json: links and tokens with the expected result of verifying
// them at a fixed time, signed with the fixed TEST keys below. Run: npx tsx scripts/make-vectors.ts
//
// ECDSA signatures are randomised, so each run changes the signature bytes (and the links that
// contain them); names, inputs' meaning and expectations stay the same.
import { readFileSync, writeFileSync } from 'node:fs';
import {
  applySelection,
  buildSnapshotPayload,
  createEndorsement,
  DAY_SECONDS,
  deflateRaw,
  didJwkFromPublicJwk,
  encodeBase64url,
  encodeShareLink,
  fingerprintOf,
  fullSelection,
  type JwsParts,
  type PrivateJwk,
  parseProfile,
  type SharedProfile,
  type SnapshotPayload,
  toCompact,
  VC_CONTEXT_V2,
} from '../src/core/index.ts';

/** TEST KEYS: published on purpose, never use them for anything real. */
const KEYS = {
  holder: {
    crv: 'P-256',
    kty: 'EC',
    x: 'QSHrA6X0qDn03thsvnlohG_HnG7tNqQLnKmIIEkrs3E',
    y: '5BPJHwcKGToitCjq5GZJRnpFxIN5xDQYRzRobkkFqV0',
    d: 'xSBWY3t3MLIyAyenyxHXERGWipXsUsDAcbVIu8LKN04',
  },
  org: {
    crv: 'P-256',
    kty: 'EC',
    x: 'KO_3f7jTV8yON5L15weXI012nk0FPfBhLMDPncsmSVo',
    y: 'Ss4C2tSq7Gm9_NgfeP6q6dKrFdJy7NvhKhsBS8R6pFU',
    d: 'cNhFfrwoR5IhTMrz5Y3i2oR2tj7Y7W8vIAucvmSiGGc',
  },
  other: {
    crv: 'P-256',
    kty: 'EC',
    x: 'qZCSJUwWwj6gc1OFxq_M5oCI874jldNMz1UI-iO_ncU',
    y: '0z9GMwjJDE6zHSAbcyqGXZoI6dnY6mOnLWOcnAyAXXo',
    d: 'vm1HSUsQtjgIu-9vopw83_AQppQ3ma8YDP2Y-4BQjRA',
  },
} satisfies Record<string, PrivateJwk>;

const HOLDER = didJwkFromPublicJwk(KEYS.holder);
const ORG = didJwkFromPublicJwk(KEYS.org);
const OTHER = didJwkFromPublicJwk(KEYS.other);

/** The fixed clock: issued 2026-03-01 09:00 UTC, valid for 7 days, checked a day later. */
const IAT = Date.UTC(2026, 2, 1, 9, 0, 0) / 1000;
const EXP = IAT + 7 * DAY_SECONDS;
const NOW = new Date((IAT + DAY_SECONDS) * 1000).toISOString();
const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

const fixture = parseProfile(
  JSON.parse(readFileSync(new URL('../../shared/fixtures/typical-profile.json', import.meta.url), 'utf8')),
);
if (!fixture.ok) throw new Error('the typical profile fixture does not parse');
const TYPICAL: SharedProfile = applySelection(fixture.value, fullSelection(fixture.value));
/** Small profile for the refusals, so that the vectors stay readable. */
const SMALL: SharedProfile = {
  v: 1,
  lang: 'sv',
  person: { givenName: 'Samira', familyName: 'Haddad' },
  skills: [{ id: 's1', label: 'Laga mat i stora mängder', level: 3 }],
};

const text = new TextEncoder();
const header = (kid = `${HOLDER}#0`, extra: object = {}) => ({ alg: 'ES256', typ: 'vc+jwt', kid, ...extra });
const payload = (profile: SharedProfile = SMALL, jti = 'test-vector-jti-0001'): SnapshotPayload =>
  buildSnapshotPayload({ holder: HOLDER, profile, iat: IAT, exp: EXP, jti });

/** ES256 over the exact bytes, with Web Crypto, so that headers jose would refuse can be signed. */
async function sign(
  h: object | string,
  p: object | string,
  key: PrivateJwk = KEYS.holder,
): Promise<JwsParts> {
  const headerBytes = text.encode(typeof h === 'string' ? h : JSON.stringify(h));
  const payloadBytes = text.encode(typeof p === 'string' ? p : JSON.stringify(p));
  const signingInput = text.encode(`${encodeBase64url(headerBytes)}.${encodeBase64url(payloadBytes)}`);
  const cryptoKey = await crypto.subtle.importKey('jwk', key, { name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'sign',
  ]);
  const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, cryptoKey, signingInput);
  return { header: headerBytes, payload: payloadBytes, signature: new Uint8Array(signature) };
}

const link = async (parts: JwsParts) => `https://kompetenspass.example/#${await encodeShareLink(parts)}`;
const fragmentOf = async (bytes: Uint8Array) => `#s1.${encodeBase64url(await deflateRaw(bytes))}`;
const joined = (...pieces: Uint8Array[]) => {
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0) + pieces.length - 1);
  let offset = 0;
  for (const piece of pieces) {
    out.set(piece, offset);
    offset += piece.length + 1; // the gap stays 0x00
  }
  return out;
};

interface Vector {
  name: string;
  description: string;
  input: string;
  now: string;
  trust?: object;
  expect: { status: string; reason?: string; endorsements?: string[] };
}

const vectors: Vector[] = [];
function add(name: string, description: string, input: string, expect: Vector['expect'], now = NOW): void {
  vectors.push({ name, description, input, now, expect });
}
const invalid = (reason: string) => ({ status: 'invalid', reason });

const valid = await sign(header(), payload(TYPICAL));
add('valid', 'The typical profile, every section, as a link.', await link(valid), { status: 'valid' });
add('valid-token', 'The same snapshot as a compact JWS.', toCompact(valid), { status: 'valid' });
add('valid-bare-fragment', 'The same snapshot as the bare s1. text.', await encodeShareLink(valid), {
  status: 'valid',
});
add(
  'valid-59s-after-exp',
  'Checked 59 s after exp: inside the 60 s skew.',
  await link(valid),
  { status: 'valid' },
  iso(EXP + 59),
);
add(
  'expired',
  'Checked exactly exp + 60 s.',
  await link(valid),
  { status: 'expired', reason: 'expired' },
  iso(EXP + 60),
);
add(
  'valid-60s-before-iat',
  'Checked iat - 60 s: inside the skew.',
  await link(valid),
  { status: 'valid' },
  iso(IAT - 60),
);
add(
  'not-yet-valid',
  'Checked iat - 61 s.',
  await link(valid),
  { status: 'not_yet_valid', reason: 'not_yet_valid' },
  iso(IAT - 61),
);

/** Coded values (docs/CATALOGUE.md §2): each occupation scheme, a skill of the Kompetenspass list, wished occupations. */
const CODED: SharedProfile = {
  v: 1,
  lang: 'sv',
  person: { givenName: 'Samira', familyName: 'Haddad' },
  work: [
    { id: 'w1', title: 'Kock', occupation: { scheme: 'isco-08', code: '5120' }, kind: 'family' },
    {
      id: 'w2',
      title: 'cook',
      occupation: { scheme: 'esco', code: '90f75f67-495d-49fa-ab57-2f320e251d7e' },
      kind: 'employment',
    },
  ],
  skills: [
    { id: 's1', label: 'Laga mat i stora mängder', ref: { scheme: 'kp-skill', code: 'food-01' }, level: 3 },
  ],
  wishes: {
    occupations: ['Undersköterska'],
    occupationCodes: [
      { scheme: 'ssyk-2012', code: '5120' },
      { scheme: 'isco-08', code: '9412' },
    ],
  },
};
add(
  'valid-coded-values',
  'Occupations in ISCO-08, ESCO and SSYK 2012, a Kompetenspass skill and wished occupations by code.',
  await link(await sign(header(), payload(CODED, 'test-vector-jti-0010'))),
  { status: 'valid' },
);

// The link layer.
add('bad-link', 'Not a link at all.', 'hello world', invalid('bad_link'));
add(
  'unsupported-version',
  'A future format version.',
  'https://kompetenspass.example/#s2.AAAA',
  invalid('unsupported_version'),
);
add(
  'fragment-too-long',
  'More than 16,384 characters after s1.',
  `#s1.${'A'.repeat(16_385)}`,
  invalid('too_large'),
);
const goodFragment = await encodeShareLink(valid);
add(
  'bad-base64url',
  "A '+' (standard base64) inside the fragment.",
  `#${goodFragment.slice(0, 40)}+${goodFragment.slice(41)}`,
  invalid('bad_base64url'),
);
add('bad-base64url-padding', 'Padding is not allowed.', `#${goodFragment}=`, invalid('bad_base64url'));
add(
  'bad-deflate',
  'Bytes that are no DEFLATE stream.',
  `#s1.${encodeBase64url(new Uint8Array([0xff, 0xff, 0xff, 0xff]))}`,
  invalid('bad_deflate'),
);
const validJoined = joined(valid.header, valid.payload, valid.signature);
const trailing = new Uint8Array([...(await deflateRaw(validJoined)), 0]);
add(
  'trailing-data',
  'One byte after the end of the DEFLATE stream.',
  `#s1.${encodeBase64url(trailing)}`,
  invalid('bad_deflate'),
);
const bomb = joined(valid.header, text.encode(`{"a":1}${' '.repeat(1_000_000)}`), valid.signature);
add(
  'inflate-bomb',
  'About 1 KB of link that inflates to 1 MB of spaces.',
  await fragmentOf(bomb),
  invalid('too_large'),
);
add(
  'bad-structure',
  'Inflates to bytes without the two 0x00 separators.',
  await fragmentOf(text.encode('{"alg":"ES256"}')),
  invalid('bad_structure'),
);

// The header.
const p = payload();
const bareHeader = await sign('not json', p);
add('bad-header', 'The header is not JSON.', await link(bareHeader), invalid('bad_header'));
const duplicate = await sign(`{"alg":"ES256","typ":"vc+jwt","kid":"${HOLDER}#0","alg":"none"}`, p);
add('duplicate-header-member', 'The header names alg twice.', await link(duplicate), invalid('bad_header'));
const none = await sign(header(undefined, { alg: 'none' }), p);
add(
  'alg-none',
  'alg "none" and an empty signature, as a token.',
  `${toCompact(none).split('.').slice(0, 2).join('.')}.`,
  invalid('alg_not_allowed'),
);
const hsHeader = text.encode(JSON.stringify(header(undefined, { alg: 'HS256' })));
const hsKey = await crypto.subtle.importKey(
  'raw',
  text.encode(HOLDER),
  { name: 'HMAC', hash: 'SHA-256' },
  false,
  ['sign'],
);
const hsInput = text.encode(
  `${encodeBase64url(hsHeader)}.${encodeBase64url(text.encode(JSON.stringify(p)))}`,
);
const hs = {
  header: hsHeader,
  payload: text.encode(JSON.stringify(p)),
  signature: new Uint8Array(await crypto.subtle.sign('HMAC', hsKey, hsInput)),
};
add(
  'alg-hs256',
  'HS256 with the public DID as the HMAC secret (key confusion).',
  await link(hs),
  invalid('alg_not_allowed'),
);
add(
  'wrong-typ',
  'typ "JWT".',
  await link(await sign(header(undefined, { typ: 'JWT' }), p)),
  invalid('wrong_typ'),
);
const attackerJwk = { kty: 'EC', crv: 'P-256', x: KEYS.other.x, y: KEYS.other.y };
add(
  'embedded-jwk-header',
  'A jwk header naming another key; signed by that key.',
  await link(await sign(header(undefined, { jwk: attackerJwk }), p, KEYS.other)),
  invalid('forbidden_header'),
);
add(
  'crit-header',
  'crit ["exp"].',
  await link(await sign(header(undefined, { crit: ['exp'] }), p)),
  invalid('forbidden_header'),
);

// The key.
add(
  'bad-payload',
  'The payload is not JSON.',
  await link(await sign(header(), '[1,2,3]')),
  invalid('bad_payload'),
);
const { iss: _iss, ...noIss } = p;
add('missing-iss', 'No iss claim.', await link(await sign(header(), noIss)), invalid('missing_claim'));
const exampleDid = 'did:example:123';
add(
  'bad-did',
  'iss is not a did:jwk.',
  await link(await sign(header(`${exampleDid}#0`), { ...p, iss: exampleDid, issuer: exampleDid })),
  invalid('bad_did'),
);
const p384Did = `did:jwk:${encodeBase64url(text.encode(JSON.stringify({ crv: 'P-384', kty: 'EC', x: 'A'.repeat(64), y: 'A'.repeat(64) })))}`;
add(
  'not-p256',
  'iss is a did:jwk of a P-384 key.',
  await link(await sign(header(`${p384Did}#0`), { ...p, iss: p384Did })),
  invalid('not_p256'),
);
const leakedDid = `did:jwk:${encodeBase64url(text.encode(JSON.stringify(KEYS.holder)))}`;
const leaked = {
  ...p,
  issuer: leakedDid,
  iss: leakedDid,
  credentialSubject: { ...p.credentialSubject, id: leakedDid },
};
add(
  'private-key-in-did',
  'The DID carries the private scalar d.',
  await link(await sign(header(`${leakedDid}#0`), leaked)),
  invalid('private_key_in_did'),
);
add(
  'kid-other-than-iss',
  'kid names another DID than iss.',
  await link(await sign(header(`${OTHER}#0`), p)),
  invalid('kid_mismatch'),
);
add(
  'kid-without-fragment',
  'kid is the DID without #0.',
  await link(await sign(header(HOLDER), p)),
  invalid('kid_mismatch'),
);

// The signature.
const edited = {
  ...valid,
  payload: text.encode(new TextDecoder().decode(valid.payload).replace('Samira', 'Samirb')),
};
add(
  'payload-edited',
  'One letter of the name changed after signing.',
  await link(edited),
  invalid('bad_signature'),
);
const flipped = new Uint8Array(valid.signature);
flipped[10]! ^= 0x01;
add(
  'signature-flipped',
  'One bit of the signature flipped.',
  await link({ ...valid, signature: flipped }),
  invalid('bad_signature'),
);
add(
  'signed-by-other-key',
  "Claims the holder's DID, signed with another key.",
  await link(await sign(header(), p, KEYS.other)),
  invalid('bad_signature'),
);

// The claims, after the signature.
const endorsement = await createEndorsement({
  privateJwk: KEYS.org,
  issuerName: 'Café Nova',
  holder: HOLDER,
  section: 'skills',
  entry: SMALL.skills?.[0],
  now: new Date(IAT * 1000),
});
if (!endorsement.ok) throw new Error(endorsement.reason);
add(
  'endorsement-as-snapshot',
  'A valid endorsement (KompetenspassEndorsement) presented as a snapshot.',
  endorsement.value.token,
  invalid('not_a_snapshot'),
);
add(
  'issuer-mismatch',
  'issuer differs from iss.',
  await link(await sign(header(), { ...p, issuer: OTHER })),
  invalid('issuer_mismatch'),
);
const otherSubject = { ...p, credentialSubject: { ...p.credentialSubject, id: OTHER } };
add(
  'subject-other-than-issuer',
  'credentialSubject.id is another DID.',
  await link(await sign(header(), otherSubject)),
  invalid('subject_mismatch'),
);
const { exp: _exp, ...noExp } = p;
add('missing-exp', 'No exp claim.', await link(await sign(header(), noExp)), invalid('missing_claim'));
add(
  'bad-claim',
  'exp is a string.',
  await link(await sign(header(), { ...p, exp: String(EXP) })),
  invalid('bad_claim'),
);
add(
  'claims-mismatch',
  'validUntil a day after exp.',
  await link(await sign(header(), { ...p, validUntil: iso(EXP + DAY_SECONDS).replace('.000', '') })),
  invalid('claims_mismatch'),
);
const longExp = IAT + 367 * DAY_SECONDS;
add(
  'validity-too-long',
  '367 days.',
  await link(await sign(header(), { ...p, exp: longExp, validUntil: iso(longExp).replace('.000', '') })),
  invalid('validity_too_long'),
);
const badProfile = {
  ...p,
  credentialSubject: {
    ...p.credentialSubject,
    profile: { ...SMALL, education: [{ id: 'e1', title: 'Gymnasieexamen', country: 'Syria' }] },
  },
};
add(
  'bad-profile',
  'A country that is not ISO 3166-1 alpha-2.',
  await link(await sign(header(), badProfile)),
  invalid('bad_profile'),
);

// The text rule (FORMAT.md §5.8): controls are refused; direction controls are allowed, and
// readers neutralise them where they show the text.
const withSubject = (subject: object) => ({
  ...p,
  credentialSubject: { ...p.credentialSubject, ...subject },
});
const smallWith = (person: object, skill: object = {}) => ({
  ...SMALL,
  person: { ...SMALL.person, ...person },
  skills: [{ ...SMALL.skills?.[0], ...skill }],
});
add(
  'control-in-profile',
  'A C1 control (U+009B, which starts a terminal escape sequence) in the given name.',
  await link(await sign(header(), withSubject({ profile: smallWith({ givenName: 'Samira\u009b2K' }) }))),
  invalid('bad_profile'),
);
add(
  'line-break-in-one-line-text',
  'A line break in a skill label, a one-line text.',
  await link(await sign(header(), withSubject({ profile: smallWith({}, { label: 'Laga mat\nVALID' }) }))),
  invalid('bad_profile'),
);
add(
  'control-in-for',
  'An ESC (U+001B) in for.',
  await link(await sign(header(), withSubject({ for: 'Café Nova\u001b[2K' }))),
  invalid('bad_claim'),
);
add(
  'direction-controls-allowed',
  'A PDI and an RLO (U+2069 U+202E) in the given name and an isolate in for: allowed text.',
  await link(
    await sign(
      header(),
      withSubject({
        profile: smallWith({ givenName: 'Samira\u2069\u202e' }),
        for: '\u2067مقهى نوفا\u2069',
      }),
    ),
  ),
  { status: 'valid' },
);
add(
  'valid-from-year-0050',
  'validFrom in the year 0050: a dateTime, but not the instant of iat.',
  await link(await sign(header(), { ...p, validFrom: '0050-03-01T09:00:00Z' })),
  invalid('claims_mismatch'),
);

// Endorsements inside a valid snapshot.
const wrongSubject = await createEndorsement({
  privateJwk: KEYS.org,
  issuerName: 'Café Nova',
  holder: OTHER,
  section: 'skills',
  entry: SMALL.skills?.[0],
  now: new Date(IAT * 1000),
});
if (!wrongSubject.ok) throw new Error(wrongSubject.reason);
const withEndorsements = buildSnapshotPayload({
  holder: HOLDER,
  profile: SMALL,
  iat: IAT,
  exp: EXP,
  jti: 'test-vector-jti-0002',
  endorsements: [endorsement.value.token, wrongSubject.value.token],
});
const endorsed = await link(await sign(header(), withEndorsements));
vectors.push({
  name: 'endorsements-trusted',
  description: 'One endorsement by an issuer on the trust list, one about another person.',
  input: endorsed,
  now: NOW,
  trust: { name: 'Test list', issuers: [{ did: ORG, name: 'Café Nova AB' }] },
  expect: { status: 'valid', endorsements: ['trusted', 'invalid:wrong_subject'] },
});
add('endorsements-unknown-issuer', 'The same without a trust list.', endorsed, {
  status: 'valid',
  endorsements: ['valid_unknown_issuer', 'invalid:wrong_subject'],
});

/** An endorsement by `org` of the small profile's skill, signed as given (createEndorsement would refuse these). */
async function orgEndorsement(issuer: object, subject: object = {}): Promise<string> {
  const body = {
    '@context': [VC_CONTEXT_V2],
    type: ['VerifiableCredential', 'KompetenspassEndorsement'],
    issuer: { id: ORG, name: 'Café Nova', ...issuer },
    validFrom: iso(IAT).replace('.000', ''),
    credentialSubject: { id: HOLDER, section: 'skills', entry: SMALL.skills?.[0], ...subject },
    iss: ORG,
    jti: 'test-vector-endorsement',
    iat: IAT,
  };
  return toCompact(await sign(header(`${ORG}#0`), body, KEYS.org));
}
const textRuleEndorsements = buildSnapshotPayload({
  holder: HOLDER,
  profile: SMALL,
  iat: IAT,
  exp: EXP,
  jti: 'test-vector-jti-0003',
  endorsements: [
    await orgEndorsement({ name: 'Café Nova\ntrusted: Arbetsförmedlingen' }),
    await orgEndorsement({ url: 'https://arbetsformedlingen.se@evil.example/' }),
    await orgEndorsement({}, { statement: 'Bekräftar\u001b[1A' }),
    await orgEndorsement({ name: 'Café Nova\u2069\u202e' }),
  ],
});
add(
  'endorsement-text-rules',
  'Endorsements with a line break in the issuer name, user info in issuer.url, an ESC in the statement, and direction controls in the name (allowed).',
  await link(await sign(header(), textRuleEndorsements)),
  {
    status: 'valid',
    endorsements: ['invalid:bad_claim', 'invalid:bad_claim', 'invalid:bad_claim', 'valid_unknown_issuer'],
  },
);

const keyInfo = async (jwk: PrivateJwk) => ({
  privateJwk: jwk,
  did: didJwkFromPublicJwk(jwk),
  fingerprint: await fingerprintOf(jwk),
});
const out = {
  description:
    'Kompetenspass snapshot wire format v1 test vectors (docs/FORMAT.md). Verify `input` at `now` ' +
    '(with `trust` when given) and expect `expect`. Generated by scripts/make-vectors.ts.',
  warning: 'TEST KEYS ONLY. They are public; never use them for anything real.',
  keys: {
    holder: await keyInfo(KEYS.holder),
    org: await keyInfo(KEYS.org),
    other: await keyInfo(KEYS.other),
  },
  example: {
    header: new TextDecoder().decode(valid.header),
    payload: new TextDecoder().decode(valid.payload),
    signature: encodeBase64url(valid.signature),
    joinedBytes: validJoined.length,
    fragmentLength: goodFragment.length,
    tokenLength: toCompact(valid).length,
  },
  vectors,
};
const target = new URL('../test/vectors/snapshot-v1.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(out, null, 2)}\n`);
console.log(`wrote ${vectors.length} vectors to test/vectors/snapshot-v1.json`);
