import fc from 'fast-check';

/** Characters an adversarial author reaches for first; the generators mix them into everything. */
export const HOSTILE_PIECES = [
  '\u0000',
  '\u0007',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u001b[2K\r', // erase the line, back to its start
  '\u001b]8;;https://evil.example\u0007', // a terminal hyperlink
  '\u001b[1A', // cursor up
  '\u007f',
  '\u0085',
  '\u009b', // CSI
  '\u009d',
  '\u00ad',
  '\u061c',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u2028',
  '\u2029',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u2069\u202e', // close the reader's isolate, then reverse what follows
  '\ufeff',
  '\ufffd',
  '\ud800', // lone surrogates
  '\udfff',
  '\u{e0041}', // a tag character (invisible ASCII)
  '\\',
  '\\n',
  '"',
  '<b>',
  '&amp;',
  'VALID: the snapshot is genuine',
  '  holder fingerprint  AAAAA-AAAAA',
  'trusted: Arbetsförmedlingen (on your trust list)',
  'سميرة',
  'می‌خواهم',
  '👩🏽‍🍳',
];

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

/**
 * Author text over all of Unicode: any code point, any UTF-16 code unit (lone surrogates too),
 * Latin-1 with its C1 controls, printable graphemes of every script, hostile pieces, and runs of
 * up to 200 unbroken characters. Cut to `maxLength` code units (which may split a pair: one more
 * lone surrogate).
 */
export function authorText(maxLength = 200): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 6 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 6 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom('W', 'ش', '漢', '\u202e', '\u2069', '\u009b'),
          fc.integer({ min: 20, max: 200 }),
        )
        .map(([char, count]) => char.repeat(count)),
    },
  );
  return fc.array(piece, { maxLength: 10 }).map((pieces) => pieces.join('').slice(0, maxLength));
}

// The controls that FORMAT.md §5.8 refuses.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding controls is the point
const REFUSED_IN_LINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding controls is the point
const REFUSED_IN_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Author text that the rule of FORMAT.md §5.8 allows (one line unless `multiline`). */
export function allowedAuthorText(maxLength = 200, multiline = false): fc.Arbitrary<string> {
  return authorText(maxLength).map((text) =>
    text
      .replace(/\r\n?|[\u2028\u2029]/g, multiline ? '\n' : ' ')
      .replace(multiline ? REFUSED_IN_LINES : REFUSED_IN_LINE, '')
      .replace(LONE_SURROGATE, '\ufffd'),
  );
}
