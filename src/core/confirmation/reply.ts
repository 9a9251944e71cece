import type { PrivateJwk } from '../crypto/jwk.ts';
import { type CreateEndorsementReason, createEndorsement, type Endorsement } from '../endorsement/create.ts';
import {
  decodeMessageLink,
  encodeMessageLink,
  hasLinkPrefix,
  type MessageLink,
  type MessageReason,
} from '../links/message.ts';
import { fail, ok, type Result } from '../result.ts';
import { SNAPSHOT_LIMITS } from '../snapshot/limits.ts';
import { joinJwsParts, splitJwsParts } from '../snapshot/link.ts';
import { fromCompact, toCompact } from '../vc/parts.ts';
import type { Validity } from '../vc/validity.ts';
import type { VerifiedRequest } from './request.ts';

/** An endorsement inflates to at most this many bytes (it is at most 8,192 characters as a JWS). */
export const MAX_REPLY_BYTES = 8_192;

export interface Organisation {
  privateJwk: PrivateJwk;
  name: string;
  url?: string | undefined;
}

export interface ReplyOptions {
  /** What the organisation confirms, in its own words. */
  statement?: string | undefined;
  /** Without it the endorsement is open-ended. */
  validity?: Validity | undefined;
  now?: Date;
  baseUrl?: string;
}

export interface MadeReply extends MessageLink, Endorsement {}

/** The reply link of an endorsement: its exact signed bytes, compressed (FORMAT.md §13.4). */
export async function encodeReply(token: string, baseUrl?: string): Promise<MessageLink> {
  const parts = fromCompact(token);
  if (!parts.ok) throw new Error(`not a compact JWS: ${parts.reason}`);
  return encodeMessageLink('reply', joinJwsParts(parts.value), baseUrl);
}

/**
 * The endorsement in a reply link or fragment, as a compact JWS; a compact JWS given as it is
 * (as `kompetenspass endorse` prints it) is taken too. Its signature and claims are not checked
 * here: that is verifyEndorsement's work.
 */
export async function decodeReply(input: string): Promise<Result<string, MessageReason>> {
  if (typeof input !== 'string') return fail('bad_link');
  if (!hasLinkPrefix(input)) {
    const token = input.trim();
    if (token.length > SNAPSHOT_LIMITS.endorsementLength) return fail('too_large');
    if (token.split('.').length !== 3) return fail('bad_link');
    const parts = fromCompact(token);
    return parts.ok ? ok(token) : parts;
  }
  const content = await decodeMessageLink(input, 'reply', MAX_REPLY_BYTES);
  if (!content.ok) return content;
  const parts = splitJwsParts(content.value);
  return parts.ok ? ok(toCompact(parts.value)) : parts;
}

/**
 * The organisation confirms the entry of a verified request: an endorsement (FORMAT.md §8)
 * about exactly the requested entry, bound to the requesting key, and its reply link.
 */
export async function replyToRequest(
  request: VerifiedRequest,
  organisation: Organisation,
  options: ReplyOptions = {},
): Promise<Result<MadeReply, CreateEndorsementReason>> {
  const made = await createEndorsement({
    privateJwk: organisation.privateJwk,
    issuerName: organisation.name,
    ...(organisation.url !== undefined && { issuerUrl: organisation.url }),
    holder: request.holder,
    section: request.section,
    entry: request.entry,
    ...(options.statement !== undefined && options.statement !== '' && { statement: options.statement }),
    ...(options.validity !== undefined && { validity: options.validity }),
    ...(options.now !== undefined && { now: options.now }),
  });
  if (!made.ok) return made;
  return ok({ ...made.value, ...(await encodeReply(made.value.token, options.baseUrl)) });
}
