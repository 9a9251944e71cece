import { stringifyJson } from '../text/json.ts';
import type { SnapshotVerification } from './verify.ts';

/**
 * The --json shape of DESIGN.md (FORMAT.md §9.2), then what a case system also needs: the jti
 * that identifies the snapshot (never its token text: ECDSA signatures are malleable), the
 * recipient label and language, and for bad_profile where the profile breaks the rules. The
 * command line prints it; the verification desk saves it.
 */
export function verificationJson(result: SnapshotVerification) {
  return {
    status: result.status,
    reasons: result.ok ? [] : [result.reason],
    holder: result.holder ?? null,
    fingerprint: result.fingerprint ?? null,
    issuedAt: result.issuedAt?.toISOString() ?? null,
    expiresAt: result.expiresAt?.toISOString() ?? null,
    endorsements: result.ok ? result.endorsements : [],
    profile: result.ok ? result.profile : null,
    jti: result.jti ?? null,
    for: (result.ok && result.for) || null,
    lang: (result.ok && result.lang) || null,
    problems: (!result.ok && result.problems) || [],
  };
}

/** Pretty-printed, with every control and direction character escaped (FORMAT.md §9.2). */
export function verificationJsonText(result: SnapshotVerification): string {
  return stringifyJson(verificationJson(result), 2);
}
