import type { SharedProfile } from '../profile/types.ts';
import { VC_CONTEXT_V2 } from '../vc/constants.ts';
import { isoFromNumericDate } from '../vc/time.ts';
import { SNAPSHOT_TYPE } from './limits.ts';

export interface SnapshotSubject {
  id: string;
  profile: SharedProfile;
  for?: string;
  lang?: string;
  endorsements?: string[];
}

/** The credential itself (VC 2.0 with JWT claims beside it, no `vc` wrapper). */
export interface SnapshotPayload {
  '@context': [typeof VC_CONTEXT_V2];
  type: ['VerifiableCredential', typeof SNAPSHOT_TYPE];
  issuer: string;
  validFrom: string;
  validUntil: string;
  credentialSubject: SnapshotSubject;
  iss: string;
  jti: string;
  iat: number;
  exp: number;
}

export interface SnapshotClaims {
  holder: string;
  profile: SharedProfile;
  iat: number;
  exp: number;
  jti: string;
  for?: string | undefined;
  lang?: string | undefined;
  endorsements?: string[] | undefined;
}

/** Deterministic: the same claims give the same bytes (member order as in FORMAT.md). */
export function buildSnapshotPayload(claims: SnapshotClaims): SnapshotPayload {
  const subject: SnapshotSubject = { id: claims.holder, profile: claims.profile };
  if (claims.for !== undefined) subject.for = claims.for;
  if (claims.lang !== undefined) subject.lang = claims.lang;
  if (claims.endorsements !== undefined && claims.endorsements.length > 0)
    subject.endorsements = claims.endorsements;
  return {
    '@context': [VC_CONTEXT_V2],
    type: ['VerifiableCredential', SNAPSHOT_TYPE],
    issuer: claims.holder,
    validFrom: isoFromNumericDate(claims.iat),
    validUntil: isoFromNumericDate(claims.exp),
    credentialSubject: subject,
    iss: claims.holder,
    jti: claims.jti,
    iat: claims.iat,
    exp: claims.exp,
  };
}
