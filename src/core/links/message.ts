import { decodeBase64url, encodeBase64url } from '../encoding/base64url.ts';
import { deflateRaw, inflateRawBounded } from '../encoding/deflate.ts';
import { fail, ok, type Result } from '../result.ts';
import { shareLinkUrl as linkWithFragment } from '../snapshot/link.ts';
import { type FragmentKind, type FragmentLetter, readFragmentPrefix } from './fragment.ts';

/**
 * Requests, replies and organisation entries are bytes with a header of their own (FORMAT.md
 * §13.2): "KP", a kind byte and a version byte, then raw DEFLATE of the content. A link carries
 * them in base64url after their prefix; a QR code, a file or the relay's mailbox can carry the
 * same bytes and still tell what they are.
 */
export type MessageKind = Exclude<FragmentKind, 'snapshot'>;

const LETTER: Record<MessageKind, FragmentLetter> = { request: 'q', reply: 'e', organisation: 'o' };
const KIND_BYTE: Record<MessageKind, number> = { request: 0x51, reply: 0x45, organisation: 0x4f };
const MAGIC = [0x4b, 0x50] as const;
export const MESSAGE_VERSION = 1;
const HEADER_BYTES = 4;

/** The body of a message link may be at most this long; checked before anything is decoded. */
export const MAX_MESSAGE_BODY = 16_384;
/** Pasted text longer than this is refused before it is even trimmed. */
const MAX_MESSAGE_INPUT = 20_000;

export const MESSAGE_REASONS = [
  'bad_link',
  'wrong_kind',
  'unsupported_version',
  'too_large',
  'bad_base64url',
  'bad_structure',
  'bad_deflate',
] as const;
export type MessageReason = (typeof MESSAGE_REASONS)[number];

export interface MessageLink {
  /** `q1.…`, `e1.…` or `o1.…`: what follows the `#`. */
  fragment: string;
  /** The app's address with the fragment (the fragment alone when no address was given). */
  link: string;
}

export async function encodeMessage(kind: MessageKind, content: Uint8Array): Promise<Uint8Array> {
  const compressed = await deflateRaw(content);
  const bytes = new Uint8Array(HEADER_BYTES + compressed.length);
  bytes.set([...MAGIC, KIND_BYTE[kind], MESSAGE_VERSION]);
  bytes.set(compressed, HEADER_BYTES);
  return bytes;
}

export async function encodeMessageLink(
  kind: MessageKind,
  content: Uint8Array,
  baseUrl?: string,
): Promise<MessageLink> {
  const fragment = `${LETTER[kind]}${MESSAGE_VERSION}.${encodeBase64url(await encodeMessage(kind, content))}`;
  return { fragment, link: linkWithFragment(fragment, baseUrl) };
}

/** The content of message bytes of the expected kind, inflated to at most `maxContent` bytes. */
export async function decodeMessage(
  bytes: Uint8Array,
  kind: MessageKind,
  maxContent: number,
): Promise<Result<Uint8Array, MessageReason>> {
  if (bytes.length <= HEADER_BYTES || bytes[0] !== MAGIC[0] || bytes[1] !== MAGIC[1])
    return fail('bad_structure');
  if (bytes[2] !== KIND_BYTE[kind]) return fail('wrong_kind');
  if (bytes[3] !== MESSAGE_VERSION) return fail('unsupported_version');
  return inflateRawBounded(bytes.subarray(HEADER_BYTES), maxContent);
}

/** True when the text is a link or fragment with a prefix of any kind (so not a bare token). */
export function hasLinkPrefix(input: string): boolean {
  const text = input.trim();
  const hash = text.indexOf('#');
  return readFragmentPrefix(hash >= 0 ? text.slice(hash + 1) : text) !== undefined;
}

/**
 * Accepts a full link, its `#…` fragment or the bare fragment (white space around it trimmed)
 * and returns the content, in the order of FORMAT.md §13.2: the prefix, its kind and version,
 * the body's length, strict base64url, the bytes' own header, then bounded inflation.
 */
export async function decodeMessageLink(
  input: string,
  kind: MessageKind,
  maxContent: number,
): Promise<Result<Uint8Array, MessageReason>> {
  if (input.length > MAX_MESSAGE_INPUT) return fail('too_large');
  const text = input.trim();
  const hash = text.indexOf('#');
  const prefix = readFragmentPrefix(hash >= 0 ? text.slice(hash + 1) : text);
  if (!prefix) return fail('bad_link');
  if (prefix.kind !== kind) return fail('wrong_kind');
  if (prefix.version !== String(MESSAGE_VERSION)) return fail('unsupported_version');
  if (prefix.body.length > MAX_MESSAGE_BODY) return fail('too_large');
  const bytes = decodeBase64url(prefix.body);
  if (!bytes.ok) return bytes;
  const content = await decodeMessage(bytes.value, kind, maxContent);
  return content.ok ? ok(content.value) : content;
}
