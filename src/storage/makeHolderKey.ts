import { didJwkFromPublicJwk } from '../core/crypto/did.ts';
import { fingerprintOf } from '../core/crypto/fingerprint.ts';
import { generateHolderKey } from '../core/crypto/holderKey.ts';
import type { KeyRecord } from './db.ts';

export async function makeHolderKeyRecord(): Promise<KeyRecord> {
  const { privateJwk, publicJwk } = await generateHolderKey();
  return {
    id: 'holder',
    privateJwk,
    publicJwk,
    did: didJwkFromPublicJwk(publicJwk),
    fingerprint: await fingerprintOf(publicJwk),
    createdAt: Date.now(),
  };
}
