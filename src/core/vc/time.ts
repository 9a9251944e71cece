import { CLOCK_SKEW_SECONDS } from './constants.ts';

/** Seconds since the epoch, as JWT NumericDate, whole seconds. */
export function toNumericDate(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

/** An XML Schema dateTime in UTC without fractions, e.g. 2026-03-01T09:30:00Z. */
export function isoFromNumericDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// Date.parse is lenient and engine-specific; accept only the dateTime form with an offset.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch of a VC dateTime, or undefined when it is not one. */
export function parseDateTime(value: unknown): number | undefined {
  if (typeof value !== 'string' || !DATE_TIME.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

export function isNumericDate(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Expired when now ≥ exp + skew; not yet valid when now < iat − skew. Compared in
 * milliseconds so that the edges are exact.
 */
export function timeStatus(
  now: Date,
  iat: number,
  exp: number | undefined,
): 'expired' | 'not_yet_valid' | 'current' {
  const nowMs = now.getTime();
  if (exp !== undefined && nowMs >= (exp + CLOCK_SKEW_SECONDS) * 1000) return 'expired';
  if (nowMs < (iat - CLOCK_SKEW_SECONDS) * 1000) return 'not_yet_valid';
  return 'current';
}
