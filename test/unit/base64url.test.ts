import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from '../../src/core/index.ts';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('base64url', () => {
  it('matches RFC 4648 §10 test vectors (without padding)', () => {
    const cases: [string, string][] = [
      ['', ''],
      ['f', 'Zg'],
      ['fo', 'Zm8'],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg'],
      ['fooba', 'Zm9vYmE'],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [text, encoded] of cases) {
      expect(encodeBase64url(new TextEncoder().encode(text))).toBe(encoded);
      expect(decodeBase64url(encoded)).toEqual({ ok: true, value: new TextEncoder().encode(text) });
    }
  });

  it('uses - and _ instead of + and /', () => {
    expect(encodeBase64url(bytes(0xfb, 0xff))).toBe('-_8');
  });

  it.each([
    ['padding', 'Zg=='],
    ['a plus sign', '+_8'],
    ['a slash', '-/8'],
    ['a space', 'Zm9v YmFy'],
    ['a newline', 'Zm9v\nYmFy'],
    ['length 1 mod 4', 'Zm9vY'],
    ['non-canonical trailing bits (2 chars)', 'Zh'],
    ['non-canonical trailing bits (3 chars)', 'Zm9'],
    ['a non-ASCII letter', 'Zmé'],
  ])('refuses %s', (_name, text) => {
    expect(decodeBase64url(text)).toEqual({ ok: false, reason: 'bad_base64url' });
  });

  it('round-trips any bytes, and each byte string has exactly one spelling', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (input) => {
        const encoded = encodeBase64url(input);
        expect(decodeBase64url(encoded)).toEqual({ ok: true, value: input });
        expect(Buffer.from(input).toString('base64url')).toBe(encoded);
      }),
    );
  });

  it('decodes a string only when re-encoding gives the same string', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'AZaz09-_+/= Q'), maxLength: 40 }), (text) => {
        const decoded = decodeBase64url(text);
        if (decoded.ok) expect(encodeBase64url(decoded.value)).toBe(text);
      }),
    );
  });
});
