// Writes test/vectors/confirmation-v1.json: confirmation requests, replies and organisation
// entries (FORMAT.md §13) with the expected result of reading them at a fixed time, signed with
// the TEST keys of snapshot-v1.json, and prints their sizes. Run:
//   npx tsx scripts/make-confirmation-vectors.ts
//
// ECDSA signatures are randomised, so each run changes the signature bytes; names, the inputs'
// meaning and the expectations stay the same.
import { readFileSync, writeFileSync } from 'node:fs';
import { encode } from 'uqr';
import {
  createEndorsement,
  createRequest,
  DAY_SECONDS,
  deflateRaw,
  didJwkFromPublicJwk,
  encodeBase64url,
  encodeOrganisationEntry,
  encodeReply,
  fromCompact,
  type PrivateJwk,
  type Profile,
  REQUEST_TYPE,
  signVcJws,
  toCompact,
  VC_CONTEXT_V2,
} from '../src/core/index.ts';
import { encodeMessageLink } from '../src/core/links/message.ts';
import { joinJwsParts } from '../src/core/snapshot/link.ts';
import { isoFromNumericDate } from '../src/core/vc/time.ts';

const snapshotVectors = JSON.parse(readFileSync('test/vectors/snapshot-v1.json', 'utf8'));
const KEYS = snapshotVectors.keys as Record<
  'holder' | 'org' | 'other',
  { privateJwk: PrivateJwk; did: string }
>;
const HOLDER = KEYS.holder.did;
const BASE_URL = 'https://kompetenspass.example/';

/** The fixed clock: made 2026-03-01 09:00 UTC, read a day later. */
const IAT = Date.UTC(2026, 2, 1, 9, 0, 0) / 1000;
const MADE = new Date(IAT * 1000);
const NOW = new Date((IAT + DAY_SECONDS) * 1000).toISOString();

/** The holder's profile the replies are checked against: a typical work entry and a skill. */
const work = {
  id: 'w2',
  title: 'Kock och kassa i familjens restaurang',
  occupation: { scheme: 'isco-08', code: '5120' },
  kind: 'family',
  country: 'TR',
  from: '2014',
  to: '2018',
  tasks: 'Lagade mat för 80 gäster om dagen, beställde varor, skötte kassan.',
} as const;
const skill = { id: 's1', label: 'Laga mat i stora mängder', level: 3 } as const;
const profile = {
  v: 1,
  lang: 'sv',
  person: { givenName: 'Samira', familyName: 'Haddad' },
  languages: [],
  education: [],
  work: [work],
  skills: [skill],
  licences: [],
  wishes: {},
} as unknown as Profile;
const statement = 'Samira arbetade hos oss som kock 2014–2018 och ansvarade för kassan.';

async function request(key: PrivateJwk, options: { days?: number; entry?: object; section?: string } = {}) {
  const made = await createRequest({
    privateJwk: key,
    section: options.section ?? 'work',
    entry: options.entry ?? work,
    name: 'Samira Haddad',
    lang: 'sv',
    validity: { days: options.days ?? 30 },
    now: MADE,
    baseUrl: BASE_URL,
  });
  if (!made.ok) throw new Error(made.reason);
  return made.value;
}

/** A request payload as written, signed by `key`, for claims the creator refuses to make. */
async function craftedRequest(key: PrivateJwk, change: (payload: Record<string, unknown>) => void) {
  const did = didJwkFromPublicJwk(key);
  const payload: Record<string, unknown> = {
    '@context': [VC_CONTEXT_V2],
    type: ['VerifiableCredential', REQUEST_TYPE],
    issuer: did,
    validFrom: isoFromNumericDate(IAT),
    validUntil: isoFromNumericDate(IAT + 30 * DAY_SECONDS),
    credentialSubject: { id: did, section: 'work', entry: work },
    iss: did,
    jti: 'crafted-request-jti-0001',
    iat: IAT,
    exp: IAT + 30 * DAY_SECONDS,
  };
  change(payload);
  const signed = await signVcJws(payload, `${did}#0`, key);
  if (!signed.ok) throw new Error(signed.reason);
  return (await encodeMessageLink('request', joinJwsParts(signed.value.parts), BASE_URL)).link;
}

async function endorsement(
  key: PrivateJwk,
  options: { holder?: string; entry?: object; days?: number; name?: string } = {},
) {
  const made = await createEndorsement({
    privateJwk: key,
    issuerName: options.name ?? 'Café Nova AB',
    issuerUrl: 'https://cafenova.example/',
    holder: options.holder ?? HOLDER,
    section: 'work',
    entry: options.entry ?? work,
    statement,
    validity: { days: options.days ?? 365 },
    now: MADE,
  });
  if (!made.ok) throw new Error(made.reason);
  return made.value.token;
}

const reply = async (token: string) => (await encodeReply(token, BASE_URL)).link;

/** Cut after half of its body, at a whole number of base64url quads: it decodes, then fails to inflate. */
const cut = (link: string) => {
  const start = link.indexOf('#') + 4;
  return link.slice(0, start + Math.floor((link.length - start) / 8) * 4);
};

/** The link with its signature's last byte changed: still the right shape, no longer signed. */
async function withBadSignature(kind: 'request' | 'reply', token: string) {
  const parts = fromCompact(token);
  if (!parts.ok) throw new Error(parts.reason);
  const signature = new Uint8Array(parts.value.signature);
  signature[63] = signature[63]! ^ 1;
  return (await encodeMessageLink(kind, joinJwsParts({ ...parts.value, signature }), BASE_URL)).link;
}

/** The same bytes under another header: "KP", kind, version, then raw DEFLATE. */
async function withHeader(header: number[], content: Uint8Array, prefix: string) {
  const compressed = await deflateRaw(content);
  return `${BASE_URL}#${prefix}${encodeBase64url(new Uint8Array([...header, ...compressed]))}`;
}

const requestToken = async (link: string) => {
  const { decodeMessageLink } = await import('../src/core/links/message.ts');
  const { splitJwsParts } = await import('../src/core/snapshot/link.ts');
  const content = await decodeMessageLink(link, 'request', 32_768);
  if (!content.ok) throw new Error(content.reason);
  const parts = splitJwsParts(content.value);
  if (!parts.ok) throw new Error(parts.reason);
  return { content: content.value, token: toCompact(parts.value) };
};

const typicalRequest = await request(KEYS.holder.privateJwk);
const typicalToken = await endorsement(KEYS.org.privateJwk);
const typicalReply = await reply(typicalToken);
const organisation = await encodeOrganisationEntry(
  { did: KEYS.org.did, name: 'Café Nova AB', url: 'https://cafenova.example/' },
  BASE_URL,
);
const { content: requestContent, token: requestJws } = await requestToken(typicalRequest.link);

type Expect = { ok: true } | { ok: false; reason: string };
const vectors: { name: string; kind: string; description: string; input: string; expect: Expect }[] = [];
const add = (kind: string, name: string, description: string, input: string, expect: Expect) =>
  vectors.push({ name, kind, description, input, expect });
const refused = (reason: string): Expect => ({ ok: false, reason });

add('request', 'request-valid', 'A typical work entry, valid for 30 days.', typicalRequest.link, {
  ok: true,
});
add('request', 'request-fragment', 'The same request as a bare fragment.', typicalRequest.fragment, {
  ok: true,
});
add(
  'request',
  'request-expired',
  'Valid for 0.5 days, read a day later.',
  (await request(KEYS.holder.privateJwk, { days: 0.5 })).link,
  refused('expired'),
);
add(
  'request',
  'request-bad-signature',
  'The last signature byte changed.',
  await withBadSignature('request', requestJws),
  refused('bad_signature'),
);
add(
  'request',
  'request-cut',
  'The link cut in the middle, as a mail program may do.',
  cut(typicalRequest.link),
  refused('bad_deflate'),
);
add(
  'request',
  'request-cut-uneven',
  'Cut to a length base64url cannot have.',
  typicalRequest.link.slice(0, BASE_URL.length + 4 + 4 * 40 + 1),
  refused('bad_base64url'),
);
add(
  'request',
  'request-wrong-kind',
  'A reply link where a request is expected.',
  typicalReply,
  refused('wrong_kind'),
);
add(
  'request',
  'request-newer-version',
  'The prefix q2.',
  typicalRequest.link.replace('#q1.', '#q2.'),
  refused('unsupported_version'),
);
add('request', 'request-not-a-link', 'Plain text.', 'Hej! Kan du bekräfta mitt arbete?', refused('bad_link'));
add(
  'request',
  'request-bad-magic',
  'The content under a header that does not begin with "KP".',
  await withHeader([0x4b, 0x51, 0x51, 1], requestContent, 'q1.'),
  refused('bad_structure'),
);
add(
  'request',
  'request-header-kind',
  'Request bytes whose header says reply.',
  await withHeader([0x4b, 0x50, 0x45, 1], requestContent, 'q1.'),
  refused('wrong_kind'),
);
add(
  'request',
  'request-subject-mismatch',
  'Signed by the holder about another DID.',
  await craftedRequest(KEYS.holder.privateJwk, (p) => {
    p.credentialSubject = { id: KEYS.other.did, section: 'work', entry: work };
  }),
  refused('subject_mismatch'),
);
add(
  'request',
  'request-not-a-request',
  'A snapshot-typed credential in a request link.',
  await craftedRequest(KEYS.holder.privateJwk, (p) => {
    p.type = ['VerifiableCredential', 'KompetenspassSnapshot'];
  }),
  refused('not_a_request'),
);
add(
  'request',
  'request-too-long',
  'Valid for 400 days.',
  await craftedRequest(KEYS.holder.privateJwk, (p) => {
    p.exp = IAT + 400 * DAY_SECONDS;
    p.validUntil = isoFromNumericDate(IAT + 400 * DAY_SECONDS);
  }),
  refused('validity_too_long'),
);
add(
  'request',
  'request-bad-entry',
  'The entry lacks its kind.',
  await craftedRequest(KEYS.holder.privateJwk, (p) => {
    const { kind: _kind, ...rest } = work;
    p.credentialSubject = { id: HOLDER, section: 'work', entry: rest };
  }),
  refused('bad_entry'),
);
add(
  'request',
  'request-no-expiry',
  'Without validUntil and exp.',
  await craftedRequest(KEYS.holder.privateJwk, (p) => {
    delete p.validUntil;
    delete p.exp;
  }),
  refused('missing_claim'),
);

add('reply', 'reply-valid', 'Café Nova confirms the work entry for a year.', typicalReply, { ok: true });
add('reply', 'reply-token', 'The same endorsement as a compact JWS.', typicalToken, { ok: true });
add(
  'reply',
  'reply-other-holder',
  'An endorsement about another holder.',
  await reply(await endorsement(KEYS.org.privateJwk, { holder: KEYS.other.did })),
  refused('wrong_subject'),
);
add(
  'reply',
  'reply-unknown-entry',
  'An entry id the profile does not have.',
  await reply(await endorsement(KEYS.org.privateJwk, { entry: { ...work, id: 'w9' } })),
  refused('unknown_entry'),
);
add(
  'reply',
  'reply-entry-changed',
  'The entry as it was before the holder changed it.',
  await reply(await endorsement(KEYS.org.privateJwk, { entry: { ...work, to: '2019' } })),
  refused('entry_changed'),
);
add(
  'reply',
  'reply-self-endorsed',
  "Signed with the holder's own key.",
  await reply(await endorsement(KEYS.holder.privateJwk, { name: 'Samira' })),
  refused('self_endorsed'),
);
add(
  'reply',
  'reply-expired',
  'Valid for 0.5 days, read a day later.',
  await reply(await endorsement(KEYS.org.privateJwk, { days: 0.5 })),
  refused('expired'),
);
add(
  'reply',
  'reply-bad-signature',
  'The last signature byte changed.',
  await withBadSignature('reply', typicalToken),
  refused('bad_signature'),
);
add(
  'reply',
  'reply-wrong-kind',
  'A request link where a reply is expected.',
  typicalRequest.link,
  refused('wrong_kind'),
);
add('reply', 'reply-cut', 'The link cut in the middle.', cut(typicalReply), refused('bad_deflate'));

add('organisation', 'organisation-valid', "Café Nova's entry as a link.", organisation.link, { ok: true });
add(
  'organisation',
  'organisation-file',
  "Café Nova's exported file: a trust list of one issuer.",
  JSON.stringify({
    name: 'Café Nova AB',
    issuers: [{ did: KEYS.org.did, name: 'Café Nova AB', url: 'https://cafenova.example/' }],
  }),
  { ok: true },
);
add(
  'organisation',
  'organisation-two',
  'A trust list of two issuers is a list, not one entry.',
  JSON.stringify({
    name: 'Två',
    issuers: [
      { did: KEYS.org.did, name: 'Café Nova AB' },
      { did: KEYS.other.did, name: 'Annan' },
    ],
  }),
  refused('bad_organisation'),
);
add(
  'organisation',
  'organisation-bad-did',
  'An entry whose DID is no did:jwk.',
  (
    await encodeMessageLink(
      'organisation',
      new TextEncoder().encode('{"did":"did:web:cafenova.example","name":"Café Nova AB"}'),
      BASE_URL,
    )
  ).link,
  refused('bad_organisation'),
);

const qrVersion = (text: string) => encode(text, { ecc: 'L' }).version;
const sizes = {
  baseUrl: BASE_URL,
  request: {
    link: typicalRequest.link.length,
    fragment: typicalRequest.fragment.length,
    content: requestContent.length,
    jws: requestJws.length,
    qrVersionL: qrVersion(typicalRequest.link),
  },
  reply: { link: typicalReply.length, jws: typicalToken.length, qrVersionL: qrVersion(typicalReply) },
  organisation: { link: organisation.link.length, qrVersionL: qrVersion(organisation.link) },
};

writeFileSync(
  'test/vectors/confirmation-v1.json',
  `${JSON.stringify(
    {
      description:
        'Kompetenspass confirmation requests (q1.), replies (e1.) and organisation entries (o1.), FORMAT.md §13. Requests are read with verifyRequest, replies with checkReply for the holder keys.holder and the profile below, organisation entries with readOrganisationEntry; all at `now`. TEST KEYS ONLY.',
      now: NOW,
      holder: HOLDER,
      profile,
      sizes,
      vectors,
    },
    null,
    2,
  )}\n`,
);
console.log(JSON.stringify(sizes, null, 2));
