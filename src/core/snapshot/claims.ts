import type { JsonObject } from '../encoding/json.ts';
import { fail, ok, type Result } from '../result.ts';
import { checkClaimTimes } from '../vc/claimTimes.ts';
import { MAX_SNAPSHOT_VALIDITY_SECONDS } from '../vc/constants.ts';
import { hasCredentialType, selfIssuedSubject } from '../vc/credential.ts';
import { isRecipientLabel, LANG_TAG, SNAPSHOT_LIMITS, SNAPSHOT_TYPE } from './limits.ts';

/** Failures of the snapshot's claims, checked only after its signature, in this order. */
export const SNAPSHOT_CLAIM_REASONS = [
  'not_a_snapshot',
  'issuer_mismatch',
  'subject_mismatch',
  'missing_claim',
  'bad_claim',
  'claims_mismatch',
  'validity_too_long',
] as const;
export type SnapshotClaimReason = (typeof SNAPSHOT_CLAIM_REASONS)[number];

export interface CheckedSnapshotClaims {
  iat: number;
  exp: number;
  jti: string;
  for?: string;
  lang?: string;
  endorsements: string[];
  /** Not yet parsed: that is the profile step's work. */
  profile: unknown;
}

const _isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isBoundedString = (value: unknown, min: number, max: number): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max;

function optionalsAreValid(subject: JsonObject): boolean {
  const { for: label, lang, endorsements } = subject;
  if (label !== undefined && !isRecipientLabel(label)) return false;
  if (lang !== undefined && !(typeof lang === 'string' && LANG_TAG.test(lang))) return false;
  if (endorsements === undefined) return true;
  return (
    Array.isArray(endorsements) &&
    endorsements.length <= SNAPSHOT_LIMITS.endorsements &&
    endorsements.every((e) => isBoundedString(e, 1, SNAPSHOT_LIMITS.endorsementLength))
  );
}

/** The claims of a snapshot whose signature by `issuer` (its `iss`) has been verified. */
export function checkSnapshotClaims(
  payload: JsonObject,
  issuer: string,
): Result<CheckedSnapshotClaims, SnapshotClaimReason> {
  if (!hasCredentialType(payload, SNAPSHOT_TYPE)) return fail('not_a_snapshot');
  const selfIssued = selfIssuedSubject(payload, issuer);
  if (!selfIssued.ok) return selfIssued;
  const subject = selfIssued.value;

  const { validFrom, validUntil, jti } = payload;
  const required = [validFrom, validUntil, payload.iat, payload.exp, jti, subject.profile];
  if (required.some((value) => value === undefined)) return fail('missing_claim');
  const jtiOk = isBoundedString(jti, SNAPSHOT_LIMITS.jtiMinLength, SNAPSHOT_LIMITS.jtiMaxLength);
  if (!jtiOk || !optionalsAreValid(subject)) return fail('bad_claim');
  const times = checkClaimTimes(payload);
  if (!times.ok) return times;
  // exp is required above, so checkClaimTimes has checked it too.
  const { iat } = times.value;
  const exp = times.value.exp!;
  if (exp - iat > MAX_SNAPSHOT_VALIDITY_SECONDS) return fail('validity_too_long');

  const claims: CheckedSnapshotClaims = {
    iat,
    exp,
    jti,
    endorsements: (subject.endorsements as string[] | undefined) ?? [],
    profile: subject.profile,
  };
  if (typeof subject.for === 'string') claims.for = subject.for;
  if (typeof subject.lang === 'string') claims.lang = subject.lang;
  return ok(claims);
}
