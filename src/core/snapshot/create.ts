import { didJwkFromPublicJwk } from '../crypto/did.ts';
import { parsePrivateJwk } from '../crypto/holderKey.ts';
import type { PrivateJwk } from '../crypto/jwk.ts';
import { randomBase64url } from '../crypto/random.ts';
import { MAX_INFLATED_BYTES } from '../encoding/deflate.ts';
import { type Problem, parseSharedProfile } from '../profile/parse.ts';
import { applySelection, type ShareSelection } from '../profile/selection.ts';
import type { Profile } from '../profile/types.ts';
import { MAX_SNAPSHOT_VALIDITY_SECONDS } from '../vc/constants.ts';
import { signVcJws } from '../vc/sign.ts';
import { toNumericDate } from '../vc/time.ts';
import { expiryFor, type Validity } from '../vc/validity.ts';
import { isRecipientLabel, LANG_TAG, SNAPSHOT_LIMITS } from './limits.ts';
import { encodeShareLink, MAX_FRAGMENT_LENGTH, shareLinkUrl } from './link.ts';
import { buildSnapshotPayload } from './payload.ts';

export const CREATE_REASONS = [
  'bad_key',
  'bad_validity',
  'validity_too_long',
  'bad_option',
  'bad_profile',
  'too_large',
] as const;
export type CreateReason = (typeof CREATE_REASONS)[number];

export interface CreateSnapshotOptions {
  privateJwk: PrivateJwk;
  /** The clock; tests and the command line pass their own. */
  now?: Date;
  validity: Validity;
  /** Recipient label, e.g. "Café Nova". */
  for?: string;
  /** Language the reader should see the snapshot in. */
  lang?: string;
  /** The app's address; the link is this plus `#s1.…`. */
  baseUrl?: string;
  /** Endorsements (compact JWS) about the holder to carry along. */
  endorsements?: string[];
}

export interface Snapshot {
  token: string;
  link: string;
  /** `s1.…`, without the `#`. */
  fragment: string;
  jti: string;
  issuedAt: Date;
  expiresAt: Date;
  /** The holder's did:jwk. */
  holder: string;
}

export type CreateSnapshotResult =
  | { ok: true; value: Snapshot }
  | { ok: false; reason: CreateReason; problems?: Problem[] };

function optionsProblem(options: CreateSnapshotOptions): boolean {
  if (options.for !== undefined && !isRecipientLabel(options.for)) return true;
  if (options.lang !== undefined && !LANG_TAG.test(options.lang)) return true;
  const list = options.endorsements ?? [];
  if (!Array.isArray(list) || list.length > SNAPSHOT_LIMITS.endorsements) return true;
  return list.some(
    (e) => typeof e !== 'string' || e.length === 0 || e.length > SNAPSHOT_LIMITS.endorsementLength,
  );
}

/**
 * Signs the chosen part of the profile as a time-limited snapshot. Refuses (as a value) what
 * a verifier would refuse, so that a link that is made also opens.
 */
export async function createSnapshot(
  profile: Profile,
  selection: ShareSelection,
  options: CreateSnapshotOptions,
): Promise<CreateSnapshotResult> {
  const key = parsePrivateJwk(options.privateJwk);
  if (!key.ok) return key;
  const iat = toNumericDate(options.now ?? new Date());
  const exp = expiryFor(iat, options.validity);
  if (!exp.ok) return exp;
  if (exp.value - iat > MAX_SNAPSHOT_VALIDITY_SECONDS) return { ok: false, reason: 'validity_too_long' };
  if (optionsProblem(options)) return { ok: false, reason: 'bad_option' };
  const shared = parseSharedProfile(applySelection(profile, selection));
  if (!shared.ok) return { ok: false, reason: 'bad_profile', problems: shared.problems };

  const holder = didJwkFromPublicJwk(key.value);
  const jti = randomBase64url(16);
  const payload = buildSnapshotPayload({
    holder,
    profile: shared.value,
    iat,
    exp: exp.value,
    jti,
    for: options.for,
    lang: options.lang,
    endorsements: options.endorsements,
  });
  const signed = await signVcJws(payload, `${holder}#0`, key.value);
  if (!signed.ok) return signed;
  const { parts, token } = signed.value;
  const fragment = await encodeShareLink(parts);
  const joinedLength = parts.header.length + parts.payload.length + parts.signature.length + 2;
  if (fragment.length - 3 > MAX_FRAGMENT_LENGTH || joinedLength > MAX_INFLATED_BYTES) {
    return { ok: false, reason: 'too_large' };
  }
  return {
    ok: true,
    value: {
      token,
      link: shareLinkUrl(fragment, options.baseUrl),
      fragment,
      jti,
      issuedAt: new Date(iat * 1000),
      expiresAt: new Date(exp.value * 1000),
      holder,
    },
  };
}
