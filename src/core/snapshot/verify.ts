import { fingerprintOf } from '../crypto/fingerprint.ts';
import type { TrustList } from '../endorsement/trust.ts';
import { type EndorsementResult, verifyEndorsement } from '../endorsement/verify.ts';
import { type Problem, parseSharedProfile } from '../profile/parse.ts';
import type { SharedProfile } from '../profile/types.ts';
import { timeStatus } from '../vc/time.ts';
import { JWS_REASONS, verifyVcJws } from '../vc/verifyJws.ts';
import { checkSnapshotClaims } from './claims.ts';
import { decodeShareLink, LINK_REASONS } from './link.ts';

/**
 * Every reason a snapshot is refused for, in the order the steps run (FORMAT.md §7): the link,
 * then the JOSE layer (header, key, signature), then the claims, the clock and the content.
 * A UI test checks that each one has a translation.
 */
export const SNAPSHOT_REASONS = [
  ...LINK_REASONS,
  ...JWS_REASONS,
  // the claims, once the signature holds
  'not_a_snapshot',
  'issuer_mismatch',
  'subject_mismatch',
  'bad_claim',
  'claims_mismatch',
  'validity_too_long',
  // the clock
  'expired',
  'not_yet_valid',
  // the content
  'bad_profile',
] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

export type SnapshotStatus = 'valid' | 'invalid' | 'expired' | 'not_yet_valid';

/** What a verified signature vouches for; known once the signature holds. */
export interface SignedFacts {
  /** The holder's did:jwk, exactly as in the snapshot. */
  holder: string;
  /** XXXXX-XXXXX, to compare with the person's screen. */
  fingerprint: string;
  issuedAt: Date;
  expiresAt: Date;
  jti: string;
}

export interface ValidSnapshot extends SignedFacts {
  ok: true;
  status: 'valid';
  for?: string;
  lang?: string;
  profile: SharedProfile;
  /** In the order the snapshot carries them; a bad endorsement never invalidates the snapshot. */
  endorsements: EndorsementResult[];
}

/**
 * A refused snapshot carries no profile data. The signed facts are there only when the
 * signature and claims were verified (e.g. an expired link: "it expired on …").
 */
export interface RefusedSnapshot extends Partial<SignedFacts> {
  ok: false;
  status: Exclude<SnapshotStatus, 'valid'>;
  reason: SnapshotReason;
  /** For bad_profile: where the profile breaks the Profile v1 rules. */
  problems?: Problem[];
}

export type SnapshotVerification = ValidSnapshot | RefusedSnapshot;

export interface VerifySnapshotOptions {
  now?: Date;
  /** The reader's trust list; endorsements by issuers not on it are "valid, unknown issuer". */
  trust?: TrustList;
}

const invalid = (reason: SnapshotReason): RefusedSnapshot => ({ ok: false, status: 'invalid', reason });

/**
 * Verifies a share link, its fragment, or a compact JWS, offline. Never throws for bad input:
 * every failure is a status and a reason code.
 */
export async function verifySnapshot(
  linkOrToken: string,
  options: VerifySnapshotOptions = {},
): Promise<SnapshotVerification> {
  const now = options.now ?? new Date();
  const decoded = await decodeShareLink(typeof linkOrToken === 'string' ? linkOrToken : '');
  if (!decoded.ok) return invalid(decoded.reason);
  const jws = await verifyVcJws(decoded.value.parts);
  if (!jws.ok) return invalid(jws.reason);
  const claims = checkSnapshotClaims(jws.value.payload, jws.value.issuer);
  if (!claims.ok) return invalid(claims.reason);

  const { iat, exp, jti } = claims.value;
  const facts: SignedFacts = {
    holder: jws.value.issuer,
    fingerprint: await fingerprintOf(jws.value.publicJwk),
    issuedAt: new Date(iat * 1000),
    expiresAt: new Date(exp * 1000),
    jti,
  };
  const time = timeStatus(now, iat, exp);
  if (time !== 'current') return { ok: false, status: time, reason: time, ...facts };
  const profile = parseSharedProfile(claims.value.profile);
  if (!profile.ok) return { ...invalid('bad_profile'), ...facts, problems: profile.problems };

  const endorsements = await Promise.all(
    claims.value.endorsements.map((token) =>
      verifyEndorsement(token, { holder: facts.holder, now, trust: options.trust, profile: profile.value }),
    ),
  );
  const result: ValidSnapshot = { ok: true, status: 'valid', ...facts, profile: profile.value, endorsements };
  if (claims.value.for !== undefined) result.for = claims.value.for;
  if (claims.value.lang !== undefined) result.lang = claims.value.lang;
  return result;
}
