import type { JsonObject } from '../encoding/json.ts';
import { fail, ok, type Result } from '../result.ts';
import { checkClaimTimes } from '../vc/claimTimes.ts';
import { hasCredentialType } from '../vc/credential.ts';
import { type EndorsedEntry, parseEndorsedEntry } from './entry.ts';
import { ENDORSEMENT_TYPE, isIssuerName, isStatement } from './limits.ts';
import { isHttpsUrl } from './trust.ts';

export const ENDORSEMENT_CLAIM_REASONS = [
  'not_an_endorsement',
  'issuer_mismatch',
  'wrong_subject',
  'missing_claim',
  'bad_claim',
  'claims_mismatch',
  'bad_entry',
] as const;
export type EndorsementClaimReason = (typeof ENDORSEMENT_CLAIM_REASONS)[number];

export type CheckedEndorsementClaims = EndorsedEntry & {
  issuer: { did: string; name: string; url?: string };
  statement?: string;
  iat: number;
  exp?: number;
  jti: string;
};

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The claims of an endorsement whose signature by `issuerDid` has been verified. */
export function checkEndorsementClaims(
  payload: JsonObject,
  issuerDid: string,
  holder: string,
): Result<CheckedEndorsementClaims, EndorsementClaimReason> {
  if (!hasCredentialType(payload, ENDORSEMENT_TYPE)) return fail('not_an_endorsement');
  const { issuer, credentialSubject: subject, jti } = payload;
  if (!isObject(issuer) || !isObject(subject)) return fail('missing_claim');
  if (issuer.id !== issuerDid) return fail('issuer_mismatch');
  if (subject.id !== holder) return fail('wrong_subject');
  if (payload.validFrom === undefined || payload.iat === undefined || jti === undefined)
    return fail('missing_claim');
  const { name, url } = issuer;
  if (!isIssuerName(name)) return fail('bad_claim');
  if (url !== undefined && !isHttpsUrl(url)) return fail('bad_claim');
  const { statement } = subject;
  if (statement !== undefined && !isStatement(statement)) return fail('bad_claim');
  if (typeof jti !== 'string' || jti.length === 0 || jti.length > 256) return fail('bad_claim');
  const times = checkClaimTimes(payload);
  if (!times.ok) return times;
  const endorsed = parseEndorsedEntry(subject.section, subject.entry);
  if (!endorsed) return fail('bad_entry');

  const checked: CheckedEndorsementClaims = {
    ...endorsed,
    issuer: { did: issuerDid, name },
    jti,
    ...times.value,
  };
  if (url !== undefined) checked.issuer.url = url;
  if (statement !== undefined) checked.statement = statement;
  return ok(checked);
}
