import { exportJWK, generateKeyPair, importJWK } from 'jose';
import { fail, ok, type Result } from '../result.ts';
import { isP256Component, type PrivateJwk, type PublicJwk, toPublicJwk } from './jwk.ts';

// Verifying needs only the public key's import (./publicKey.ts): a reader of a shared link does
// not download key generation.
export { importPublicKey } from './publicKey.ts';

export interface HolderKey {
  privateJwk: PrivateJwk;
  publicJwk: PublicJwk;
}

/**
 * A new ES256 (P-256) key pair. Holders and organisations use the same kind of key; the private
 * JWK is exported so that it can be kept in IndexedDB, a key file or a backup.
 */
export async function generateHolderKey(): Promise<HolderKey> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  const privateJwk: PrivateJwk = { ...toPublicJwk(jwk as { x: string; y: string }), d: jwk.d as string };
  return { privateJwk, publicJwk: toPublicJwk(privateJwk) };
}

/** Checks untrusted input (a key file, a stored record) for a private P-256 JWK. */
export function parsePrivateJwk(input: unknown): Result<PrivateJwk, 'bad_key'> {
  if (typeof input !== 'object' || input === null) return fail('bad_key');
  const jwk = input as Record<string, unknown>;
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256') return fail('bad_key');
  if (!isP256Component(jwk.x) || !isP256Component(jwk.y) || !isP256Component(jwk.d)) return fail('bad_key');
  return ok({ crv: 'P-256', kty: 'EC', x: jwk.x, y: jwk.y, d: jwk.d });
}

export function publicJwkOf(privateJwk: PrivateJwk): PublicJwk {
  return toPublicJwk(privateJwk);
}

/** A non-extractable signing key; Web Crypto refuses a scalar that does not match x and y. */
export async function importPrivateKey(privateJwk: PrivateJwk): Promise<Result<CryptoKey, 'bad_key'>> {
  try {
    return ok((await importJWK({ ...privateJwk }, 'ES256')) as CryptoKey);
  } catch {
    return fail('bad_key');
  }
}
