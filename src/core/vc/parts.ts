import { decodeBase64url, encodeBase64url } from '../encoding/base64url.ts';
import { fail, ok, type Result } from '../result.ts';

/** The three parts of a compact JWS as the exact bytes that were signed. */
export interface JwsParts {
  header: Uint8Array;
  payload: Uint8Array;
  signature: Uint8Array;
}

export function toCompact(parts: JwsParts): string {
  return [parts.header, parts.payload, parts.signature].map(encodeBase64url).join('.');
}

export function fromCompact(token: string): Result<JwsParts, 'bad_structure' | 'bad_base64url'> {
  const texts = token.split('.');
  if (texts.length !== 3) return fail('bad_structure');
  const decoded = texts.map(decodeBase64url);
  const [header, payload, signature] = decoded;
  if (!header?.ok || !payload?.ok || !signature?.ok) return fail('bad_base64url');
  return ok({ header: header.value, payload: payload.value, signature: signature.value });
}
