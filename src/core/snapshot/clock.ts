import { CLOCK_SKEW_SECONDS } from '../vc/constants.ts';
import { timeStatus } from '../vc/time.ts';
import type { RefusedSnapshot, SnapshotVerification } from './verify.ts';

/**
 * The verification as it stands at `now`, for a reader that keeps a verdict on screen: a valid
 * snapshot whose time has run out becomes `expired` and keeps only its signed facts (no profile,
 * `for`, `lang` or endorsements, FORMAT.md §7.3). Otherwise the same object is returned, so
 * that a caller can tell "unchanged" by identity. A snapshot that was not yet valid is not made
 * valid here: that needs its profile, so the caller verifies the link again
 * (`becameCurrent`).
 */
export function expireIfDue(verification: SnapshotVerification, now: Date): SnapshotVerification {
  if (!verification.ok) return verification;
  const iat = verification.issuedAt.getTime() / 1000;
  const exp = verification.expiresAt.getTime() / 1000;
  if (timeStatus(now, iat, exp) !== 'expired') return verification;
  const { holder, fingerprint, issuedAt, expiresAt, jti } = verification;
  const expired: RefusedSnapshot = {
    ok: false,
    status: 'expired',
    reason: 'expired',
    holder,
    fingerprint,
    issuedAt,
    expiresAt,
    jti,
  };
  return expired;
}

/** A refused `not_yet_valid` snapshot whose time has come: verify the link again to show it. */
export function becameCurrent(verification: SnapshotVerification, now: Date): boolean {
  if (verification.status !== 'not_yet_valid' || !verification.issuedAt || !verification.expiresAt)
    return false;
  const status = timeStatus(
    now,
    verification.issuedAt.getTime() / 1000,
    verification.expiresAt.getTime() / 1000,
  );
  return status === 'current';
}

/** Milliseconds from `now` until the verdict changes by the clock alone (0 when it has), or null. */
export function msUntilVerdictChanges(verification: SnapshotVerification, now: Date): number | null {
  const skewMs = CLOCK_SKEW_SECONDS * 1000;
  if (verification.ok) return Math.max(0, verification.expiresAt.getTime() + skewMs - now.getTime());
  if (verification.status === 'not_yet_valid' && verification.issuedAt)
    return Math.max(0, verification.issuedAt.getTime() - skewMs - now.getTime());
  return null;
}
