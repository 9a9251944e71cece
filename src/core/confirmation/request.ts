import { didJwkFromPublicJwk } from '../crypto/did.ts';
import { fingerprintOf } from '../crypto/fingerprint.ts';
import { parsePrivateJwk } from '../crypto/holderKey.ts';
import type { PrivateJwk } from '../crypto/jwk.ts';
import { randomBase64url } from '../crypto/random.ts';
import type { EndorsedEntry } from '../endorsement/entry.ts';
import { parseEndorsedEntry } from '../endorsement/entry.ts';
import { decodeMessageLink, encodeMessageLink, MESSAGE_REASONS, type MessageLink } from '../links/message.ts';
import { fail, ok, type Result } from '../result.ts';
import { LANG_TAG } from '../snapshot/limits.ts';
import { joinJwsParts, splitJwsParts } from '../snapshot/link.ts';
import { VC_CONTEXT_V2 } from '../vc/constants.ts';
import { signVcJws } from '../vc/sign.ts';
import { isoFromNumericDate, timeStatus, toNumericDate } from '../vc/time.ts';
import { expiryFor, type Validity } from '../vc/validity.ts';
import { JWS_REASONS, verifyVcJws } from '../vc/verifyJws.ts';
import { checkRequestClaims, isRequesterName, REQUEST_LIMITS, REQUEST_TYPE } from './requestClaims.ts';

/** A request inflates to at most this many bytes: far above the largest valid entry. */
export const MAX_REQUEST_BYTES = 32_768;

/**
 * Every reason an organisation's app refuses a request for, in the order the steps run
 * (FORMAT.md §13.3): the link, the JOSE layer, the claims, the clock. A refused request offers
 * nothing to sign.
 */
export const REQUEST_REASONS = [
  ...MESSAGE_REASONS,
  ...JWS_REASONS,
  'not_a_request',
  'issuer_mismatch',
  'subject_mismatch',
  'bad_claim',
  'claims_mismatch',
  'validity_too_long',
  'bad_entry',
  'expired',
  'not_yet_valid',
] as const;
export type RequestReason = (typeof REQUEST_REASONS)[number];

export type CreateRequestReason =
  | 'bad_key'
  | 'bad_entry'
  | 'bad_option'
  | 'bad_validity'
  | 'validity_too_long';

export interface CreateRequestOptions {
  /** The holder's key: the endorsement will name this key's DID. */
  privateJwk: PrivateJwk;
  section: string;
  /** The entry as it stands now; the organisation confirms exactly this. */
  entry: unknown;
  /** The holder's name as they want the organisation to see it. */
  name?: string | undefined;
  /** The language the entry's free text is written in. */
  lang?: string | undefined;
  validity: Validity;
  now?: Date;
  baseUrl?: string;
}

export interface MadeRequest extends MessageLink {
  jti: string;
  holder: string;
  issuedAt: Date;
  expiresAt: Date;
}

export type VerifiedRequest = EndorsedEntry & {
  /** The holder's did:jwk as the request names it: the endorsement's subject. */
  holder: string;
  /** The holder key's fingerprint, to compare with the person's screen. */
  fingerprint: string;
  /** What the person calls themselves (author text, not checked). */
  name?: string;
  lang?: string;
  issuedAt: Date;
  expiresAt: Date;
  jti: string;
};

/** A request signed by the holder's key for one entry of their profile (FORMAT.md §13.3). */
export async function createRequest(
  options: CreateRequestOptions,
): Promise<Result<MadeRequest, CreateRequestReason>> {
  const key = parsePrivateJwk(options.privateJwk);
  if (!key.ok) return key;
  const endorsed = parseEndorsedEntry(options.section, options.entry);
  if (!endorsed) return fail('bad_entry');
  const { name, lang } = options;
  if ((name !== undefined && !isRequesterName(name)) || (lang !== undefined && !LANG_TAG.test(lang)))
    return fail('bad_option');
  const iat = toNumericDate(options.now ?? new Date());
  const exp = expiryFor(iat, options.validity);
  if (!exp.ok) return exp;
  if (exp.value - iat > REQUEST_LIMITS.maxValiditySeconds) return fail('validity_too_long');

  const holder = didJwkFromPublicJwk(key.value);
  const jti = randomBase64url(16);
  const payload = {
    '@context': [VC_CONTEXT_V2],
    type: ['VerifiableCredential', REQUEST_TYPE],
    issuer: holder,
    validFrom: isoFromNumericDate(iat),
    validUntil: isoFromNumericDate(exp.value),
    credentialSubject: {
      id: holder,
      section: endorsed.section,
      entry: endorsed.entry,
      ...(name !== undefined && { name }),
      ...(lang !== undefined && { lang }),
    },
    iss: holder,
    jti,
    iat,
    exp: exp.value,
  };
  const signed = await signVcJws(payload, `${holder}#0`, key.value);
  if (!signed.ok) return signed;
  const link = await encodeMessageLink('request', joinJwsParts(signed.value.parts), options.baseUrl);
  return ok({
    ...link,
    jti,
    holder,
    issuedAt: new Date(iat * 1000),
    expiresAt: new Date(exp.value * 1000),
  });
}

/** Checks a request link offline. Never throws for bad input: every failure is a reason code. */
export async function verifyRequest(
  input: string,
  options: { now?: Date } = {},
): Promise<Result<VerifiedRequest, RequestReason>> {
  const content = await decodeMessageLink(
    typeof input === 'string' ? input : '',
    'request',
    MAX_REQUEST_BYTES,
  );
  if (!content.ok) return content;
  const parts = splitJwsParts(content.value);
  if (!parts.ok) return parts;
  const jws = await verifyVcJws(parts.value);
  if (!jws.ok) return jws;
  const claims = checkRequestClaims(jws.value.payload, jws.value.issuer);
  if (!claims.ok) return claims;
  const { iat, exp, jti, name, lang, ...endorsed } = claims.value;
  const time = timeStatus(options.now ?? new Date(), iat, exp);
  if (time !== 'current') return fail(time);
  const request = {
    ...endorsed,
    holder: jws.value.issuer,
    fingerprint: await fingerprintOf(jws.value.publicJwk),
    issuedAt: new Date(iat * 1000),
    expiresAt: new Date(exp * 1000),
    jti,
  } as VerifiedRequest;
  if (name !== undefined) request.name = name;
  if (lang !== undefined) request.lang = lang;
  return ok(request);
}
