import { fingerprintOf } from '../crypto/fingerprint.ts';
import type { ListSection } from '../profile/codes.ts';
import type { EntryOf, SharedProfile } from '../profile/types.ts';
import { SNAPSHOT_LIMITS } from '../snapshot/limits.ts';
import { fromCompact } from '../vc/parts.ts';
import { timeStatus } from '../vc/time.ts';
import { JWS_REASONS, verifyVcJws } from '../vc/verifyJws.ts';
import { checkEndorsementClaims } from './claims.ts';
import { compareWithProfile } from './entry.ts';
import { findTrustedIssuer, type TrustedIssuer, type TrustList } from './trust.ts';

/**
 * Every reason an endorsement can be invalid for, in the order they are checked: its size and
 * compact form, then the JOSE layer, then its claims and the clock.
 */
export const ENDORSEMENT_REASONS = [
  'too_large',
  'bad_structure',
  'bad_base64url',
  ...JWS_REASONS,
  'not_an_endorsement',
  'issuer_mismatch',
  'wrong_subject',
  'bad_claim',
  'claims_mismatch',
  'bad_entry',
  'expired',
  'not_yet_valid',
] as const;
export type EndorsementReason = (typeof ENDORSEMENT_REASONS)[number];

export type VerifiedEndorsement = {
  [S in ListSection]: {
    /** trusted: the issuer's DID is on the reader's trust list; the name inside proves nothing. */
    status: 'trusted' | 'valid_unknown_issuer';
    /** As the endorsement names itself. */
    issuer: { did: string; name: string; url?: string };
    /** The reader's own entry for the issuer, when trusted. */
    trustedAs?: TrustedIssuer;
    fingerprint: string;
    section: S;
    entry: EntryOf[S];
    statement?: string;
    issuedAt: Date;
    expiresAt?: Date;
    jti: string;
    /** The entry compared with the shared profile, when one was given. */
    inProfile?: 'same' | 'changed' | 'absent';
  };
}[ListSection];

export type EndorsementResult = VerifiedEndorsement | { status: 'invalid'; reason: EndorsementReason };

export interface VerifyEndorsementOptions {
  /** The DID the endorsement must be about: the snapshot's holder. */
  holder: string;
  now?: Date;
  trust?: TrustList | undefined;
  profile?: SharedProfile;
}

const invalid = (reason: EndorsementReason): EndorsementResult => ({ status: 'invalid', reason });

/** Verifies one endorsement (compact JWS) about `holder`. Never throws for bad input. */
export async function verifyEndorsement(
  token: string,
  options: VerifyEndorsementOptions,
): Promise<EndorsementResult> {
  if (token.length > SNAPSHOT_LIMITS.endorsementLength) return invalid('too_large');
  const parts = fromCompact(token);
  if (!parts.ok) return invalid(parts.reason);
  const jws = await verifyVcJws(parts.value);
  if (!jws.ok) return invalid(jws.reason);
  const claims = checkEndorsementClaims(jws.value.payload, jws.value.issuer, options.holder);
  if (!claims.ok) return invalid(claims.reason);
  const { iat, exp, issuer, statement, jti, ...endorsed } = claims.value;
  const time = timeStatus(options.now ?? new Date(), iat, exp);
  if (time !== 'current') return invalid(time);

  const trustedAs = findTrustedIssuer(options.trust, issuer.did);
  const result = {
    status: trustedAs ? 'trusted' : 'valid_unknown_issuer',
    issuer,
    fingerprint: await fingerprintOf(jws.value.publicJwk),
    ...endorsed,
    issuedAt: new Date(iat * 1000),
    jti,
  } as VerifiedEndorsement;
  if (trustedAs) result.trustedAs = trustedAs;
  if (statement !== undefined) result.statement = statement;
  if (exp !== undefined) result.expiresAt = new Date(exp * 1000);
  if (options.profile) result.inProfile = compareWithProfile(endorsed, options.profile);
  return result;
}
