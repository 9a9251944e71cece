import { didJwkFromPublicJwk } from './did.ts';
import { fingerprintOf } from './fingerprint.ts';
import { publicJwkOf } from './holderKey.ts';
import type { PrivateJwk, PublicJwk } from './jwk.ts';

export interface KeyIdentity {
  privateJwk: PrivateJwk;
  publicJwk: PublicJwk;
  did: string;
  fingerprint: string;
}

/** A private key with the public key, DID and fingerprint made from it, as records keep them. */
export async function keyIdentity(privateJwk: PrivateJwk): Promise<KeyIdentity> {
  const publicJwk = publicJwkOf(privateJwk);
  return {
    privateJwk,
    publicJwk,
    did: didJwkFromPublicJwk(publicJwk),
    fingerprint: await fingerprintOf(publicJwk),
  };
}
