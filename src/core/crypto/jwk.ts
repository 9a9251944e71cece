import { decodeBase64url } from '../encoding/base64url.ts';

/** A public P-256 key as a JWK, members in the order of RFC 7638 (and of our DIDs). */
export interface PublicJwk {
  crv: 'P-256';
  kty: 'EC';
  x: string;
  y: string;
}

export interface PrivateJwk extends PublicJwk {
  d: string;
}

/** A P-256 coordinate or private scalar: 32 bytes, strict base64url (43 characters). */
export function isP256Component(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 43) return false;
  const bytes = decodeBase64url(value);
  return bytes.ok && bytes.value.length === 32;
}

/** Only the four public members, in canonical order; anything else is dropped. */
export function toPublicJwk(jwk: { x: string; y: string }): PublicJwk {
  return { crv: 'P-256', kty: 'EC', x: jwk.x, y: jwk.y };
}
