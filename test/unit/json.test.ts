import { describe, expect, it } from 'vitest';
import { hasDuplicateMembers, parseJsonObject } from '../../src/core/encoding/json.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('parseJsonObject', () => {
  it('parses an object', () => {
    expect(parseJsonObject(utf8('{"a":[1,{"b":"c"}]}'))).toEqual({ ok: true, value: { a: [1, { b: 'c' }] } });
  });

  it.each([
    ['not JSON', 'nope'],
    ['an array', '[1]'],
    ['a string', '"a"'],
    ['null', 'null'],
    ['a duplicate member', '{"alg":"ES256","alg":"none"}'],
    ['a duplicate spelled with an escape', '{"alg":1,"\\u0061lg":2}'],
    ['a byte order mark', '\uFEFF{}'],
  ])('refuses %s', (_name, text) => {
    expect(parseJsonObject(utf8(text))).toEqual({ ok: false, reason: 'bad_json' });
  });

  it('refuses invalid UTF-8', () => {
    expect(parseJsonObject(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]))).toEqual({
      ok: false,
      reason: 'bad_json',
    });
  });

  it('tells members from string values and keeps nesting apart', () => {
    expect(hasDuplicateMembers('{"a":"a","b":{"a":1},"c":[{"a":1},{"a":2}]}')).toBe(false);
    expect(hasDuplicateMembers('{"a":{"x":1,"y":2},"b":[{"q":"\\"a\\"","q":1}]}')).toBe(true);
  });
});
