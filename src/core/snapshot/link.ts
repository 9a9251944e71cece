import { decodeBase64url, encodeBase64url } from '../encoding/base64url.ts';
import { deflateRaw, inflateRawBounded } from '../encoding/deflate.ts';
import { readFragmentPrefix } from '../links/fragment.ts';
import { fail, ok, type Result } from '../result.ts';
import { fromCompact, type JwsParts } from '../vc/parts.ts';

/** Fragment prefix of wire format v1; a later format gets `s2.` and so on. */
export const LINK_PREFIX = 's1.';
/** Checked before anything is decoded: a typical full profile needs about 2,400. */
export const MAX_FRAGMENT_LENGTH = 16_384;
/** A compact JWS may be pasted instead of a link; bounded like an inflated link (4/3 of 256 KiB). */
export const MAX_TOKEN_LENGTH = 350_000;

export const LINK_REASONS = [
  'bad_link',
  'unsupported_version',
  'too_large',
  'bad_base64url',
  'bad_deflate',
  'bad_structure',
] as const;
export type LinkReason = (typeof LINK_REASONS)[number];

export interface DecodedLink {
  parts: JwsParts;
  /** Whether the input was a link (or its fragment) or a compact JWS. */
  form: 'link' | 'token';
}

/** H ‖ 0x00 ‖ P ‖ 0x00 ‖ S: the exact signed bytes of a JWS, as links carry them. */
export function joinJwsParts(parts: JwsParts): Uint8Array {
  // JSON text never holds a raw 0x00 byte, so the separators are unambiguous.
  if (parts.header.includes(0) || parts.payload.includes(0))
    throw new Error('header or payload holds a 0x00 byte');
  const { header, payload, signature } = parts;
  const joined = new Uint8Array(header.length + payload.length + signature.length + 2);
  joined.set(header, 0);
  joined.set(payload, header.length + 1);
  joined.set(signature, header.length + payload.length + 2);
  return joined;
}

/** `s1.` + base64url(deflate-raw(H ‖ 0x00 ‖ P ‖ 0x00 ‖ S)). */
export async function encodeShareLink(parts: JwsParts): Promise<string> {
  return LINK_PREFIX + encodeBase64url(await deflateRaw(joinJwsParts(parts)));
}

/** The full link: the app's address with the fragment; any fragment the address had is replaced. */
export function shareLinkUrl(fragment: string, baseUrl = ''): string {
  const hash = baseUrl.indexOf('#');
  return `${hash < 0 ? baseUrl : baseUrl.slice(0, hash)}#${fragment}`;
}

/** The reverse of joinJwsParts: split at the first two 0x00 bytes. */
export function splitJwsParts(bytes: Uint8Array): Result<JwsParts, 'bad_structure'> {
  const first = bytes.indexOf(0);
  const second = first < 0 ? -1 : bytes.indexOf(0, first + 1);
  if (second < 0) return fail('bad_structure');
  return ok({
    header: bytes.subarray(0, first),
    payload: bytes.subarray(first + 1, second),
    signature: bytes.subarray(second + 1),
  });
}

async function decodeFragment(fragment: string): Promise<Result<DecodedLink, LinkReason>> {
  const prefix = readFragmentPrefix(fragment);
  if (prefix?.kind !== 'snapshot') return fail('bad_link');
  if (prefix.version !== '1') return fail('unsupported_version');
  const body = prefix.body;
  if (body.length > MAX_FRAGMENT_LENGTH) return fail('too_large');
  const compressed = decodeBase64url(body);
  if (!compressed.ok) return compressed;
  const joined = await inflateRawBounded(compressed.value);
  if (!joined.ok) return joined;
  const parts = splitJwsParts(joined.value);
  return parts.ok ? ok({ parts: parts.value, form: 'link' }) : parts;
}

/**
 * Accepts a full link, its `#s1.…` fragment, the bare `s1.…` text, or a compact JWS. Every
 * length is bounded before decoding, and inflating stops at 256 KiB.
 */
export async function decodeShareLink(input: string): Promise<Result<DecodedLink, LinkReason>> {
  if (input.length > MAX_TOKEN_LENGTH) return fail('too_large');
  const text = input.trim();
  const hash = text.indexOf('#');
  if (hash >= 0) return decodeFragment(text.slice(hash + 1));
  if (readFragmentPrefix(text)?.kind === 'snapshot') return decodeFragment(text);
  if (text.split('.').length !== 3) return fail('bad_link');
  const parts = fromCompact(text);
  return parts.ok ? ok({ parts: parts.value, form: 'token' }) : parts;
}
