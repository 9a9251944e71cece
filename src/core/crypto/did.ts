import { decodeBase64url, encodeBase64url } from '../encoding/base64url.ts';
import { parseJsonObject } from '../encoding/json.ts';
import { encodeUtf8 } from '../encoding/utf8.ts';
import { fail, ok, type Result } from '../result.ts';
import { isP256Component, type PublicJwk, toPublicJwk } from './jwk.ts';

const PREFIX = 'did:jwk:';
/** Far above any P-256 did:jwk (about 130 characters); bounds work on untrusted input. */
const MAX_DID_LENGTH = 1024;

export type DidReason = 'bad_did' | 'not_p256' | 'private_key_in_did';

/**
 * did:jwk of a public P-256 key. Members in the order crv, kty, x, y (RFC 7638 order), no
 * whitespace; a verifier keeps the DID string as it finds it and never rebuilds it.
 */
export function didJwkFromPublicJwk(jwk: { x: string; y: string }): string {
  return PREFIX + encodeBase64url(encodeUtf8(JSON.stringify(toPublicJwk(jwk))));
}

/** The public key a did:jwk names, or why it names none we accept. */
export function parseDidJwk(did: unknown): Result<PublicJwk, DidReason> {
  if (typeof did !== 'string' || !did.startsWith(PREFIX) || did.length > MAX_DID_LENGTH)
    return fail('bad_did');
  const bytes = decodeBase64url(did.slice(PREFIX.length));
  if (!bytes.ok) return fail('bad_did');
  const jwk = parseJsonObject(bytes.value);
  if (!jwk.ok) return fail('bad_did');
  // Checked first: a DID that carries a private key means that key is public now.
  if ('d' in jwk.value) return fail('private_key_in_did');
  if (jwk.value.kty !== 'EC' || jwk.value.crv !== 'P-256') return fail('not_p256');
  if (!isP256Component(jwk.value.x) || !isP256Component(jwk.value.y)) return fail('bad_did');
  return ok(toPublicJwk({ x: jwk.value.x, y: jwk.value.y }));
}

/** The key a did:jwk names, as one string: two spellings of one key give the same. */
export function keyOfDid(did: string): string {
  const jwk = parseDidJwk(did);
  return jwk.ok ? `${jwk.value.x}.${jwk.value.y}` : did;
}

/** Whether two DIDs name the same key, however each is spelled. */
export function isSameKey(a: string, b: string): boolean {
  return keyOfDid(a) === keyOfDid(b);
}
