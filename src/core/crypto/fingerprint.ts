import { encodeUtf8 } from '../encoding/utf8.ts';
import type { PublicJwk } from './jwk.ts';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 7638 thumbprint input: required members only, sorted, no whitespace. */
export function thumbprintInput(jwk: PublicJwk): string {
  return JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
}

/**
 * The holder's fingerprint: the first 50 bits of the SHA-256 JWK thumbprint in RFC 4648
 * base32, as XXXXX-XXXXX. Short enough to read aloud and compare with the person's screen.
 */
export async function fingerprintOf(jwk: PublicJwk): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encodeUtf8(thumbprintInput(jwk))));
  let bits = 0n;
  for (const byte of digest.subarray(0, 7)) bits = (bits << 8n) | BigInt(byte);
  bits >>= 6n; // 56 bits read, keep the first 50
  let out = '';
  for (let i = 9; i >= 0; i--) out += BASE32[Number((bits >> BigInt(i * 5)) & 31n)];
  return `${out.slice(0, 5)}-${out.slice(5)}`;
}
