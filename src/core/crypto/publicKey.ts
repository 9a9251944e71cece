import { importJWK } from 'jose';
import { fail, ok, type Result } from '../result.ts';
import type { PublicJwk } from './jwk.ts';

/** Web Crypto refuses a point that is not on the curve, which a DID could claim. */
export async function importPublicKey(publicJwk: PublicJwk): Promise<Result<CryptoKey, 'bad_key'>> {
  try {
    return ok((await importJWK({ ...publicJwk }, 'ES256')) as CryptoKey);
  } catch {
    return fail('bad_key');
  }
}
