import { fail, ok, type Result } from '../result.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Map([...ALPHABET].map((char, index) => [char, index]));

/** RFC 4648 §5 base64url without padding. */
export function encodeBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i]!;
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    out += ALPHABET[b0 >> 2];
    out += ALPHABET[((b0 & 3) << 4) | ((b1 ?? 0) >> 4)];
    if (b1 !== undefined) out += ALPHABET[((b1 & 15) << 2) | ((b2 ?? 0) >> 6)];
    if (b2 !== undefined) out += ALPHABET[b2 & 63];
  }
  return out;
}

/**
 * Strict decoding: only the 64 base64url characters, no padding, no whitespace, and the
 * unused low bits of the last character must be zero. Each byte string then has exactly one
 * spelling, so a changed character can never decode to the same bytes.
 */
export function decodeBase64url(text: string): Result<Uint8Array, 'bad_base64url'> {
  if (text.length % 4 === 1) return fail('bad_base64url');
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (const char of text) {
    const value = VALUES.get(char);
    if (value === undefined) return fail('bad_base64url');
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  // Leftover bits (2 or 4) must be zero: otherwise two spellings would decode alike.
  if ((buffer & ((1 << bits) - 1)) !== 0) return fail('bad_base64url');
  return ok(out);
}
