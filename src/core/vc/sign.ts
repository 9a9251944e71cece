import { CompactSign } from 'jose';
import { importPrivateKey } from '../crypto/holderKey.ts';
import type { PrivateJwk } from '../crypto/jwk.ts';
import { encodeUtf8 } from '../encoding/utf8.ts';
import { ok, type Result } from '../result.ts';
import { JWS_ALG, JWS_TYP } from './constants.ts';
import { fromCompact, type JwsParts } from './parts.ts';

export interface SignedJws {
  token: string;
  parts: JwsParts;
}

/**
 * Signs `payload` as a compact JWS with the header {"alg":"ES256","typ":"vc+jwt","kid":…}.
 * jose serialises the header with JSON.stringify, so its member order is the order here.
 */
export async function signVcJws(
  payload: object,
  kid: string,
  privateJwk: PrivateJwk,
): Promise<Result<SignedJws, 'bad_key'>> {
  const key = await importPrivateKey(privateJwk);
  if (!key.ok) return key;
  const token = await new CompactSign(encodeUtf8(JSON.stringify(payload)))
    .setProtectedHeader({ alg: JWS_ALG, typ: JWS_TYP, kid })
    .sign(key.value);
  const parts = fromCompact(token);
  // jose's own output always splits; anything else is a bug, not bad input.
  if (!parts.ok) throw new Error(`jose produced an unreadable token: ${parts.reason}`);
  return ok({ token, parts: parts.value });
}
