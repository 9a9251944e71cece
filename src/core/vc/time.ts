import { CLOCK_SKEW_SECONDS } from './constants.ts';

/** Seconds since the epoch, as JWT NumericDate, whole seconds. */
export function toNumericDate(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

/** An XML Schema dateTime in UTC without fractions, e.g. 2026-03-01T09:30:00Z. */
export function isoFromNumericDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Milliseconds since the epoch of a UTC date and time, for every year 0–9999. Date.UTC would
 * read the years 0–99 as 1900–1999.
 */
export function utcMilliseconds(
  year: number,
  monthIndex: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

// Date.parse is lenient and engine-specific (2026-02-30 becomes 2 March, 24:00 the next day):
// accept only the dateTime form with an offset, and only dates and times that exist.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|([+-])(\d{2}):(\d{2}))$/;

/** Milliseconds since the epoch of a VC dateTime, or undefined when it is not one. */
export function parseDateTime(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE_TIME.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const offsetHours = match[10] === undefined ? 0 : Number(match[10]);
  const offsetMinutes = match[11] === undefined ? 0 : Number(match[11]);
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return undefined;
  const wallClock = utcMilliseconds(year, month - 1, day, hour, minute, second);
  const asWritten = new Date(wallClock);
  // Impossible dates roll over; a date that exists comes back unchanged.
  if (
    asWritten.getUTCFullYear() !== year ||
    asWritten.getUTCMonth() !== month - 1 ||
    asWritten.getUTCDate() !== day
  )
    return undefined;
  const sign = match[9] === '-' ? -1 : 1;
  const fraction = match[7] ? Math.trunc(Number(`0${match[7]}`) * 1000) : 0;
  return wallClock - sign * (offsetHours * 60 + offsetMinutes) * 60_000 + fraction;
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
