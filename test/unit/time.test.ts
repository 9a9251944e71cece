import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoFromNumericDate, parseDateTime } from '../../src/core/vc/time.ts';

describe('parseDateTime', () => {
  it.each([
    ['2026-03-01T09:00:00Z', Date.UTC(2026, 2, 1, 9)],
    ['2026-03-01T10:00:00+01:00', Date.UTC(2026, 2, 1, 9)],
    ['2026-03-01T04:30:00-04:30', Date.UTC(2026, 2, 1, 9)],
    ['2026-03-01T09:00:00.5Z', Date.UTC(2026, 2, 1, 9) + 500],
    ['2026-03-01T09:00:00.123456789Z', Date.UTC(2026, 2, 1, 9) + 123],
    ['2028-02-29T00:00:00Z', Date.UTC(2028, 1, 29)],
  ])('reads %s', (text, expected) => {
    expect(parseDateTime(text)).toBe(expected);
  });

  it.each([
    '2026-02-30T00:00:00Z',
    '2026-02-29T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-00-10T00:00:00Z',
    '2026-03-01T24:00:00Z',
    '2026-03-01T09:60:00Z',
    '2026-03-01T09:00:60Z',
    '2026-03-01T09:00:00+24:00',
    '2026-03-01T09:00:00',
    '2026-03-01 09:00:00Z',
    '2026-03-01T09:00:00z',
    '2026-03-01',
    '',
  ])('refuses %s', (text) => {
    expect(parseDateTime(text)).toBeUndefined();
  });

  it('reads the years 0000–0099 as written, not as 1900–1999 (Date.UTC would)', () => {
    const at = (year: number) => {
      const date = new Date(0);
      date.setUTCFullYear(year, 2, 1);
      date.setUTCHours(9);
      return date.getTime();
    };
    expect(parseDateTime('0050-03-01T09:00:00Z')).toBe(at(50));
    expect(parseDateTime('0000-03-01T09:00:00Z')).toBe(at(0));
    expect(parseDateTime('0099-03-01T09:00:00Z')).toBe(at(99));
    expect(new Date(parseDateTime('0050-03-01T09:00:00Z')!).getUTCFullYear()).toBe(50);
    // 0004 was a leap year in the proleptic Gregorian calendar, 0100 was not.
    expect(parseDateTime('0004-02-29T00:00:00Z')).toBeDefined();
    expect(parseDateTime('0100-02-29T00:00:00Z')).toBeUndefined();
  });

  it('refuses what is not a string', () => {
    for (const value of [null, undefined, 1772355600, {}, []]) expect(parseDateTime(value)).toBeUndefined();
  });

  it('reads back every dateTime a creator writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 253_402_300_799 }), (seconds) => {
        expect(parseDateTime(isoFromNumericDate(seconds))).toBe(seconds * 1000);
      }),
    );
  });

  it('agrees with Date.parse wherever the date exists', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(0), max: new Date(253_402_300_799_000), noInvalidDate: true }),
        (date) => {
          const text = date.toISOString();
          expect(parseDateTime(text)).toBe(Date.parse(text));
        },
      ),
    );
  });
});
