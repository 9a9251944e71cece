import type { Validity } from '../core/index.ts';
import { parseDateTime } from '../core/vc/time.ts';
import { CliError } from './io.ts';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date (read as UTC, at `timeOfDay`) or a date-time with Z or an offset, strictly: a day that
 * is not in the calendar is an error, and a time without an offset would depend on the machine's
 * time zone, so it is refused.
 */
function parseInstant(text: string, timeOfDay: string): Date | undefined {
  const ms = parseDateTime(DATE_ONLY.test(text) ? `${text}T${timeOfDay}Z` : text);
  return ms === undefined ? undefined : new Date(ms);
}

/** `7d`, `24h`, a date (valid through the end of that day, UTC) or an ISO-8601 date-time. */
export function parseExpires(text: string): Validity {
  const relative = /^(\d{1,4})([dh])$/.exec(text);
  if (relative) {
    const amount = Number(relative[1]);
    return { days: relative[2] === 'd' ? amount : amount / 24 };
  }
  const until = parseInstant(text, '23:59:59');
  if (until) return { until };
  throw new CliError(`--expires ${text}: use e.g. 7d, 24h, 2026-12-31 or 2026-12-31T12:00:00Z`);
}

/** --now for verify: an ISO-8601 date (midnight UTC) or date-time with Z or an offset. */
export function parseNow(text: string): Date {
  const now = parseInstant(text, '00:00:00');
  if (!now)
    throw new CliError(`--now ${text}: not an ISO-8601 date or date-time (e.g. 2026-12-01T12:00:00Z)`);
  return now;
}

/** 2026-03-01 09:30 UTC */
export function formatTime(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
