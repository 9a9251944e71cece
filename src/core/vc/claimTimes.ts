import type { JsonObject } from '../encoding/json.ts';
import { fail, ok, type Result } from '../result.ts';
import { isNumericDate, parseDateTime } from './time.ts';

/**
 * validFrom = iat is required; validUntil and exp come together and agree, and exp lies after
 * iat. Whether they may be absent is the caller's rule (endorsements may be open-ended). A
 * malformed time is `bad_claim` before times that disagree are `claims_mismatch`, whichever
 * claim is at fault, so that every credential gives the same reason for the same defects.
 */
export function checkClaimTimes(
  payload: JsonObject,
): Result<{ iat: number; exp?: number }, 'bad_claim' | 'claims_mismatch'> {
  const { validFrom, validUntil, iat, exp } = payload;
  const from = parseDateTime(validFrom);
  if (from === undefined || !isNumericDate(iat)) return fail('bad_claim');
  if (validUntil === undefined && exp === undefined) {
    return from === iat * 1000 ? ok({ iat }) : fail('claims_mismatch');
  }
  const until = parseDateTime(validUntil);
  if (until === undefined || !isNumericDate(exp) || exp <= iat) return fail('bad_claim');
  if (from !== iat * 1000 || until !== exp * 1000) return fail('claims_mismatch');
  return ok({ iat, exp });
}
