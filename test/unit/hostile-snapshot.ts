import {
  buildSnapshotPayload,
  didJwkFromPublicJwk,
  isLineText,
  isMultilineText,
  type PrivateJwk,
  parseTrustList,
  type SnapshotVerification,
  signVcJws,
  type TrustList,
  VC_CONTEXT_V2,
  verifySnapshot,
} from '../../src/core/index.ts';
import { TEST_KEYS } from './support.ts';

/** Every author string a snapshot with endorsements can carry, each in one field. */
export interface AuthorTexts {
  givenName: string;
  familyName: string;
  about: string;
  label: string;
  evidence: string;
  for: string;
  /** The name each endorsing key calls itself (one name, so that "same name" notes do not vary). */
  issuerName: string;
  statement: string;
}

export const MULTILINE_FIELDS: ReadonlySet<keyof AuthorTexts> = new Set(['about', 'evidence', 'statement']);

/** Whether FORMAT.md §5.8 allows a field's text. */
export function allowedIn(field: keyof AuthorTexts, text: string): boolean {
  return MULTILINE_FIELDS.has(field) ? isMultilineText(text) : isLineText(text);
}

/** Plain text that the rule treats like `texts`: a placeholder, with a refused control where `texts` has one. */
export function plainLike(texts: AuthorTexts): AuthorTexts {
  const plain = {} as AuthorTexts;
  for (const field of Object.keys(texts) as (keyof AuthorTexts)[])
    plain[field] = `P-${field}${allowedIn(field, texts[field]) ? '' : '\u0001'}`;
  return plain;
}

const IAT = 1_772_355_600; // 2026-03-01T09:00:00Z, as the vectors
export const NOW = new Date((IAT + 86_400) * 1000);
const { holder, org, other } = TEST_KEYS;

/** The reader's list: `org` is on it, under the reader's own name for it. */
export const READER_TRUST: TrustList = (() => {
  const parsed = parseTrustList({
    name: 'Kommunens lista',
    issuers: [{ did: org.did, name: 'Café Nova AB' }],
  });
  if (!parsed.ok) throw new Error('bad trust list');
  return parsed.value;
})();

const sign = async (payload: object, key: PrivateJwk) => {
  const signed = await signVcJws(payload, `${didJwkFromPublicJwk(key)}#0`, key);
  if (!signed.ok) throw new Error(signed.reason);
  return signed.value.token;
};

/** An endorsement of the skill, signed as it is: nothing checks its text before signing. */
function endorsement(key: PrivateJwk, texts: AuthorTexts, entry: object, jti: string) {
  const did = didJwkFromPublicJwk(key);
  return sign(
    {
      '@context': [VC_CONTEXT_V2],
      type: ['VerifiableCredential', 'KompetenspassEndorsement'],
      issuer: { id: did, name: texts.issuerName },
      validFrom: '2026-03-01T09:00:00Z',
      credentialSubject: { id: holder.did, section: 'skills', entry, statement: texts.statement },
      iss: did,
      jti,
      iat: IAT,
    },
    key,
  );
}

/**
 * A snapshot that carries `texts` in every author field, with endorsements of its skill by a
 * key on the reader's list, by an unknown key and by the holder's own key, signed as it is (a
 * creator would refuse what §5.8 refuses; an adversary signs it anyway).
 */
export async function hostileSnapshotToken(texts: AuthorTexts): Promise<string> {
  const skill = { id: 's1', label: texts.label, level: 3, evidence: texts.evidence };
  const profile = {
    v: 1 as const,
    lang: 'sv',
    person: { givenName: texts.givenName, familyName: texts.familyName, about: texts.about },
    skills: [skill, { id: 's2', label: 'Truckkort', level: 2 }],
  };
  const endorsements = await Promise.all([
    endorsement(org.privateJwk, texts, skill, 'jti-trusted-organisation'),
    endorsement(other.privateJwk, texts, skill, 'jti-unknown-organisation'),
    endorsement(holder.privateJwk, texts, skill, 'jti-the-holder-itself'),
  ]);
  const payload = buildSnapshotPayload({
    holder: holder.did,
    profile: profile as never,
    iat: IAT,
    exp: IAT + 7 * 86_400,
    jti: 'hostile-snapshot-jti-01',
    for: texts.for,
    endorsements,
  });
  return sign(payload, holder.privateJwk);
}

export async function verifyHostile(texts: AuthorTexts): Promise<SnapshotVerification> {
  return verifySnapshot(await hostileSnapshotToken(texts), { now: NOW, trust: READER_TRUST });
}
