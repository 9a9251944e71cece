import type { JsonObject } from '../encoding/json.ts';
import { type EndorsedEntry, parseEndorsedEntry } from '../endorsement/entry.ts';
import { fail, ok, type Result } from '../result.ts';
import { LANG_TAG } from '../snapshot/limits.ts';
import { isLineText } from '../text/rule.ts';
import { checkClaimTimes } from '../vc/claimTimes.ts';
import { MAX_SNAPSHOT_VALIDITY_SECONDS } from '../vc/constants.ts';
import { hasCredentialType, selfIssuedSubject } from '../vc/credential.ts';

export const REQUEST_TYPE = 'KompetenspassEndorsementRequest';

export const REQUEST_LIMITS = {
  /** The holder's name as they give it: one line of author text. */
  nameLength: 200,
  jtiMinLength: 16,
  jtiMaxLength: 256,
  /** A request is valid for at most a year, like a snapshot. */
  maxValiditySeconds: MAX_SNAPSHOT_VALIDITY_SECONDS,
} as const;

/** Failures of a request's claims, checked only after its signature, in this order. */
export const REQUEST_CLAIM_REASONS = [
  'not_a_request',
  'issuer_mismatch',
  'subject_mismatch',
  'missing_claim',
  'bad_claim',
  'claims_mismatch',
  'validity_too_long',
  'bad_entry',
] as const;
export type RequestClaimReason = (typeof REQUEST_CLAIM_REASONS)[number];

export type CheckedRequestClaims = EndorsedEntry & {
  iat: number;
  exp: number;
  jti: string;
  name?: string;
  lang?: string;
};

export function isRequesterName(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= REQUEST_LIMITS.nameLength &&
    isLineText(value)
  );
}

/** The claims of a request whose signature by `holder` (its `iss`) has been verified. */
export function checkRequestClaims(
  payload: JsonObject,
  holder: string,
): Result<CheckedRequestClaims, RequestClaimReason> {
  if (!hasCredentialType(payload, REQUEST_TYPE)) return fail('not_a_request');
  const selfIssued = selfIssuedSubject(payload, holder);
  if (!selfIssued.ok) return selfIssued;
  const subject = selfIssued.value;
  const { validFrom, validUntil, iat, exp, jti } = payload;
  const required = [validFrom, validUntil, iat, exp, jti, subject.section, subject.entry];
  if (required.some((value) => value === undefined)) return fail('missing_claim');
  const { name, lang } = subject;
  if (
    typeof jti !== 'string' ||
    jti.length < REQUEST_LIMITS.jtiMinLength ||
    jti.length > REQUEST_LIMITS.jtiMaxLength ||
    (name !== undefined && !isRequesterName(name)) ||
    (lang !== undefined && !(typeof lang === 'string' && LANG_TAG.test(lang)))
  )
    return fail('bad_claim');
  const times = checkClaimTimes(payload);
  if (!times.ok) return times;
  const until = times.value.exp!;
  if (until - times.value.iat > REQUEST_LIMITS.maxValiditySeconds) return fail('validity_too_long');
  const endorsed = parseEndorsedEntry(subject.section, subject.entry);
  if (!endorsed) return fail('bad_entry');
  const checked: CheckedRequestClaims = { ...endorsed, iat: times.value.iat, exp: until, jti };
  if (name !== undefined) checked.name = name;
  if (lang !== undefined) checked.lang = lang as string;
  return ok(checked);
}
