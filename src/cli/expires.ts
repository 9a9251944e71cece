import type { Validity } from '../core/index.ts';
import { CliError } from './io.ts';

/** Date parsing reads 2026-02-30 as 2 March; a day that is not in the calendar is an error. */
function isCalendarDate(text: string): boolean {
  const [year, month, day] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * `7d`, `24h`, a date (valid through the end of that day, UTC) or an ISO-8601 date-time.
 */
export function parseExpires(text: string): Validity {
  const relative = /^(\d{1,4})([dh])$/.exec(text);
  if (relative) {
    const amount = Number(relative[1]);
    return { days: relative[2] === 'd' ? amount : amount / 24 };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && isCalendarDate(text)) {
    const until = new Date(`${text}T23:59:59Z`);
    if (!Number.isNaN(until.getTime())) return { until };
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(text) && isCalendarDate(text)) {
    const until = new Date(text);
    if (!Number.isNaN(until.getTime())) return { until };
  }
  throw new CliError(`--expires ${text}: use e.g. 7d, 24h, 2026-12-31 or 2026-12-31T12:00:00Z`);
}

/** --now for verify: an ISO-8601 date or date-time. */
export function parseNow(text: string): Date {
  const iso = /^\d{4}-\d{2}-\d{2}(T.*)?$/.test(text) && isCalendarDate(text);
  const date = iso ? new Date(text) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw new CliError(`--now ${text}: not an ISO-8601 date or date-time`);
  return date;
}

/** 2026-03-01 09:30 UTC */
export function formatTime(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
