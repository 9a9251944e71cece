import { utcMilliseconds } from '../../core/vc/time.ts';
import { COUNTRY_CODES, LANGUAGE_CODES } from './codeLists.ts';

const cache = new Map<string, Intl.DisplayNames>();

function names(locale: string, type: 'region' | 'language'): Intl.DisplayNames {
  const key = `${locale}:${type}`;
  let dn = cache.get(key);
  if (!dn) {
    dn = new Intl.DisplayNames([locale, 'en'], { type, fallback: 'code' });
    cache.set(key, dn);
  }
  return dn;
}

export function countryName(code: string, locale: string): string {
  try {
    return names(locale, 'region').of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageName(code: string, locale: string): string {
  try {
    return names(locale, 'language').of(code) ?? code;
  } catch {
    return code;
  }
}

export interface Option {
  value: string;
  label: string;
}

function sorted(options: Option[], locale: string): Option[] {
  const collator = new Intl.Collator(locale);
  return options.sort((a, b) => collator.compare(a.label, b.label));
}

export function countryOptions(locale: string): Option[] {
  return sorted(
    COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, locale) })),
    locale,
  );
}

export function languageOptions(locale: string): Option[] {
  return sorted(
    LANGUAGE_CODES.map((code) => ({ value: code, label: languageName(code, locale) })),
    locale,
  );
}

/**
 * "2019" or "2019-05" shown as the reader's locale writes a month, for every year Profile v1
 * allows (0000–9999). A Gregorian month is not one month of another calendar, so the Gregorian
 * calendar is used in every language; the year has its four digits, so 0050 is never read as
 * 1950, and no era ("1 BC" for 0000).
 */
export function formatPartialDate(value: string | undefined, locale: string): string {
  if (!value) return '';
  const [year = '', month] = value.split('-');
  const yearText = new Intl.NumberFormat(locale, { useGrouping: false, minimumIntegerDigits: 4 }).format(
    Number(year),
  );
  if (!month) return yearText;
  const date = new Date(utcMilliseconds(Number(year), Number(month) - 1, 1));
  const format = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    timeZone: 'UTC',
    calendar: 'gregory',
  });
  return format
    .formatToParts(date)
    .filter((part) => part.type !== 'era')
    .map((part) => (part.type === 'year' ? yearText : part.value))
    .join('')
    .trim();
}

export function formatDate(epochMs: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(epochMs));
}

export function formatDateTime(epochMs: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(epochMs),
  );
}

/** "a, b and c" in the reader's language (Arabic joins with و, not a Latin comma). */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
