import { compactVerify } from 'jose';
import { parseDidJwk } from '../crypto/did.ts';
import type { PublicJwk } from '../crypto/jwk.ts';
import { importPublicKey } from '../crypto/publicKey.ts';
import { type JsonObject, parseJsonObject } from '../encoding/json.ts';
import { fail, ok, type Result } from '../result.ts';
import { ES256_SIGNATURE_BYTES, FORBIDDEN_HEADERS, JWS_ALG, JWS_TYP } from './constants.ts';
import { type JwsParts, toCompact } from './parts.ts';

/** Failures of the JOSE layer, in the order they are checked. */
export const JWS_REASONS = [
  'bad_header',
  'alg_not_allowed',
  'wrong_typ',
  'forbidden_header',
  'bad_payload',
  'missing_claim',
  'bad_did',
  'not_p256',
  'private_key_in_did',
  'kid_mismatch',
  'bad_signature',
] as const;
export type JwsReason = (typeof JWS_REASONS)[number];

export interface VerifiedJws {
  header: JsonObject;
  payload: JsonObject;
  /** The `iss` DID, exactly as found. */
  issuer: string;
  publicJwk: PublicJwk;
}

/** RFC 7515 §4.1.9: "application/" may be left out, and media types ignore case. */
function isVcJwtTyp(typ: unknown): boolean {
  if (typeof typ !== 'string') return false;
  const lower = typ.toLowerCase();
  return lower === JWS_TYP || lower === `application/${JWS_TYP}`;
}

async function signatureIsValid(parts: JwsParts, key: CryptoKey): Promise<boolean> {
  if (parts.signature.length !== ES256_SIGNATURE_BYTES) return false;
  try {
    await compactVerify(toCompact(parts), key, { algorithms: [JWS_ALG] });
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks a self-describing VC-JOSE token: the header, then the issuer's did:jwk (the only
 * place its key may come from), then the signature. The claims are the caller's business.
 */
export async function verifyVcJws(parts: JwsParts): Promise<Result<VerifiedJws, JwsReason>> {
  const header = parseJsonObject(parts.header);
  if (!header.ok) return fail('bad_header');
  if (header.value.alg !== JWS_ALG) return fail('alg_not_allowed');
  if (!isVcJwtTyp(header.value.typ)) return fail('wrong_typ');
  if (FORBIDDEN_HEADERS.some((name) => name in header.value)) return fail('forbidden_header');

  const payload = parseJsonObject(parts.payload);
  if (!payload.ok) return fail('bad_payload');
  const issuer = payload.value.iss;
  if (typeof issuer !== 'string') return fail('missing_claim');
  const publicJwk = parseDidJwk(issuer);
  if (!publicJwk.ok) return publicJwk;
  if (header.value.kid !== `${issuer}#0`) return fail('kid_mismatch');

  // A point off the curve fails to import; that is the DID's fault, not the signature's.
  const key = await importPublicKey(publicJwk.value);
  if (!key.ok) return fail('bad_did');
  if (!(await signatureIsValid(parts, key.value))) return fail('bad_signature');
  return ok({ header: header.value, payload: payload.value, issuer, publicJwk: publicJwk.value });
}
