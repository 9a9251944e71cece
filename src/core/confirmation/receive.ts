import { isSameKey } from '../crypto/did.ts';
import { ENDORSEMENT_REASONS, type VerifiedEndorsement, verifyEndorsement } from '../endorsement/verify.ts';
import { MESSAGE_REASONS } from '../links/message.ts';
import type { Profile } from '../profile/types.ts';
import { fail, ok, type Result } from '../result.ts';
import { decodeReply } from './reply.ts';

/**
 * Every reason the holder's app refuses a reply for (FORMAT.md §13.5): the link, the
 * endorsement itself (§8.4, with the holder's own DID as the subject it must name), then the
 * binding to the profile on this device. A refused reply changes nothing.
 */
export const RECEIVE_REASONS = [
  ...new Set([...MESSAGE_REASONS, ...ENDORSEMENT_REASONS]),
  'self_endorsed',
  'unknown_entry',
  'entry_changed',
] as readonly ReceiveReason[];
export type ReceiveReason =
  | (typeof MESSAGE_REASONS)[number]
  | (typeof ENDORSEMENT_REASONS)[number]
  | 'self_endorsed'
  | 'unknown_entry'
  | 'entry_changed';

export interface ReceivedReply {
  /** The compact JWS to keep, exactly as signed. */
  token: string;
  endorsement: VerifiedEndorsement;
}

export interface CheckReplyOptions {
  /** The holder's own did:jwk, as their key record keeps it. */
  holder: string;
  /** The profile on this device: the endorsed entry must be in it, unchanged. */
  profile: Profile;
  now?: Date;
}

/**
 * Whether a reply may be kept beside an entry: a valid endorsement about this holder's DID, by
 * someone else's key, of an entry that exists in the profile with exactly the content that was
 * endorsed.
 */
export async function checkReply(
  input: string,
  options: CheckReplyOptions,
): Promise<Result<ReceivedReply, ReceiveReason>> {
  const token = await decodeReply(input);
  if (!token.ok) return token;
  const result = await verifyEndorsement(token.value, {
    holder: options.holder,
    profile: options.profile,
    ...(options.now !== undefined && { now: options.now }),
  });
  if (result.status === 'invalid') return fail(result.reason);
  if (isSameKey(result.issuer.did, options.holder)) return fail('self_endorsed');
  if (result.inProfile === 'absent') return fail('unknown_entry');
  if (result.inProfile === 'changed') return fail('entry_changed');
  return ok({ token: token.value, endorsement: result });
}
