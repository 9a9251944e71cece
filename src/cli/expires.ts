import type { Validity } from '../core/index.ts';
import { CliError } from './io.ts';

/**
 * `7d`, `24h`, a date (valid through the end of that day, UTC) or an ISO-8601 date-time.
 */
export function parseExpires(text: string): Validity {
  const relative = /^(\d{1,4})([dh])$/.exec(text);
  if (relative) {
    const amount = Number(relative[1]);
    return { days: relative[2] === 'd' ? amount : amount / 24 };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const until = new Date(`${text}T23:59:59Z`);
    if (!Number.isNaN(until.getTime())) return { until };
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    const until = new Date(text);
    if (!Number.isNaN(until.getTime())) return { until };
  }
  throw new CliError(`--expires ${text}: use e.g. 7d, 24h, 2026-12-31 or 2026-12-31T12:00:00Z`);
}

/** --now for verify: an ISO-8601 date or date-time. */
export function parseNow(text: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}(T.*)?$/.test(text) ? new Date(text) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw new CliError(`--now ${text}: not an ISO-8601 date or date-time`);
  return date;
}

/** 2026-03-01 09:30 UTC */
export function formatTime(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
