import type { JsonObject } from '../encoding/json.ts';
import { fail, ok, type Result } from '../result.ts';
import { VC_CONTEXT_V2 } from './constants.ts';

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A VC 2.0 credential of our `type`: the v2 context first, `VerifiableCredential` and the type. */
export function hasCredentialType(payload: JsonObject, type: string): boolean {
  const { '@context': context, type: types } = payload;
  return (
    Array.isArray(context) &&
    context[0] === VC_CONTEXT_V2 &&
    Array.isArray(types) &&
    types.includes('VerifiableCredential') &&
    types.includes(type)
  );
}

/**
 * The subject of a credential its signer issued about themselves (a snapshot, a request):
 * `issuer`, `iss` and `credentialSubject.id` are the same DID.
 */
export function selfIssuedSubject(
  payload: JsonObject,
  issuer: string,
): Result<JsonObject, 'missing_claim' | 'issuer_mismatch' | 'subject_mismatch'> {
  if (payload.issuer === undefined) return fail('missing_claim');
  if (payload.issuer !== issuer) return fail('issuer_mismatch');
  const subject = payload.credentialSubject;
  if (!isObject(subject) || subject.id === undefined) return fail('missing_claim');
  if (subject.id !== issuer) return fail('subject_mismatch');
  return ok(subject);
}
