import type { JsonObject } from '../encoding/json.ts';
import { fail, ok, type Result } from '../result.ts';
import { isNumericDate, parseDateTime } from './time.ts';

/**
 * validFrom = iat is required; validUntil and exp come together and agree, and exp lies after
 * iat. Whether they may be absent is the caller's rule (endorsements may be open-ended).
 */
export function checkClaimTimes(
  payload: JsonObject,
): Result<{ iat: number; exp?: number }, 'bad_claim' | 'claims_mismatch'> {
  const { validFrom, validUntil, iat, exp } = payload;
  const from = parseDateTime(validFrom);
  if (from === undefined || !isNumericDate(iat)) return fail('bad_claim');
  if (from !== iat * 1000) return fail('claims_mismatch');
  if (validUntil === undefined && exp === undefined) return ok({ iat });
  const until = parseDateTime(validUntil);
  if (until === undefined || !isNumericDate(exp) || exp <= iat) return fail('bad_claim');
  if (until !== exp * 1000) return fail('claims_mismatch');
  return ok({ iat, exp });
}
