import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../src/ui/i18n/displayNames.ts';

describe('formatPartialDate: every year Profile v1 allows (0000–9999)', () => {
  it('shows a month of the years 0000–0099 in that year, never 1900–1999 (as Date.UTC would)', () => {
    for (const lang of ['sv', 'en', 'ar', 'fa', 'so', 'ti', 'uk']) {
      for (const value of ['0050-03', '0000-01', '0099-12']) {
        const shown = formatPartialDate(value, lang);
        const digits = shown
          .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
          .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
        expect(digits, `${lang} ${value}`).toContain(value.slice(0, 4));
        expect(digits).not.toMatch(/19\d\d/);
      }
    }
  });

  it('shows the Gregorian month in every language, also where another calendar is the default', () => {
    expect(formatPartialDate('2019-05', 'sv')).toBe('maj 2019');
    expect(formatPartialDate('2019-05', 'en')).toBe('May 2019');
    // Persian would otherwise use the solar hijri calendar: a Gregorian month is not one of its months.
    expect(formatPartialDate('2019-05', 'fa')).toContain('۲۰۱۹');
    expect(formatPartialDate('9999-12', 'en')).toBe('Dec 9999');
    expect(formatPartialDate('2019', 'sv')).toBe('2019');
    expect(formatPartialDate(undefined, 'sv')).toBe('');
  });
});
