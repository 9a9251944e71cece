import { fail, ok, type Result } from '../result.ts';
import { DAY_SECONDS } from './constants.ts';
import { toNumericDate } from './time.ts';

/** How long a credential is valid: a number of days (fractions allowed: 0.5 is 12 hours) or an end. */
export type Validity = { days: number } | { until: Date };

/** The `exp` NumericDate for a credential issued at `iat`; it must lie after `iat`. */
export function expiryFor(iat: number, validity: Validity): Result<number, 'bad_validity'> {
  const exp =
    'days' in validity
      ? iat + Math.round(validity.days * DAY_SECONDS)
      : validity.until instanceof Date
        ? toNumericDate(validity.until)
        : Number.NaN;
  return Number.isSafeInteger(exp) && exp > iat ? ok(exp) : fail('bad_validity');
}
