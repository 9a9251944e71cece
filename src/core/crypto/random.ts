import { encodeBase64url } from '../encoding/base64url.ts';

/** `byteCount` random bytes from Web Crypto as base64url; 16 bytes give the 128 bits a jti needs. */
export function randomBase64url(byteCount = 16): string {
  return encodeBase64url(crypto.getRandomValues(new Uint8Array(byteCount)));
}
