import { LIMITS } from '../profile/codes.ts';
import { isLineText } from '../text/rule.ts';

/** Bounds on the claims next to the profile; the verifier enforces the same ones. */
export const SNAPSHOT_LIMITS = {
  /** Recipient label, e.g. "Arbetsförmedlingen". */
  forLength: LIMITS.shortText,
  endorsements: 20,
  endorsementLength: 8_192,
  /** 128 random bits are 22 base64url characters; a UUID is 36. */
  jtiMinLength: 16,
  jtiMaxLength: 256,
} as const;

/** A BCP-47 tag, checked for shape only (as Profile v1 does). */
export const LANG_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,4}$/;

export const SNAPSHOT_TYPE = 'KompetenspassSnapshot';

/** `for`: one line of author text (FORMAT.md §5.8) of at most 200 characters. */
export function isRecipientLabel(value: unknown): value is string {
  return typeof value === 'string' && value.length <= SNAPSHOT_LIMITS.forLength && isLineText(value);
}
