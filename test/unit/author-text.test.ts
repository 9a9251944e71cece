import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  balanceDirectionControls,
  balanceDirectionControlsIn,
  cleanAuthorText,
  escapeForTerminal,
  isLineText,
  isMultilineText,
  parseProfile,
  parseSharedProfile,
  stringifyJson,
} from '../../src/core/index.ts';
import { authorText } from './arbitraries.ts';

const code = (char: string) => char.codePointAt(0) ?? 0;
const isLoneSurrogate = (char: string) => char.length === 1 && code(char) >= 0xd800 && code(char) <= 0xdfff;

/** FORMAT.md §5.8 written out character by character, as another implementation would. */
function refusedInLine(char: string, multiline: boolean): boolean {
  const c = code(char);
  if (c === 0x09) return false;
  if (c === 0x0a) return !multiline;
  return c <= 0x1f || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || isLoneSurrogate(char);
}

describe('the rule for author text (FORMAT.md §5.8)', () => {
  it('refuses exactly C0 controls but TAB (and LF in text with lines), DEL, C1, U+2028/2029 and lone surrogates', () => {
    fc.assert(
      fc.property(authorText(), (text) => {
        const chars = [...text];
        expect(isLineText(text)).toBe(!chars.some((c) => refusedInLine(c, false)));
        expect(isMultilineText(text)).toBe(!chars.some((c) => refusedInLine(c, true)));
      }),
      { numRuns: 2000 },
    );
  });

  it('allows the text people write: letters of every script, direction marks and controls, joiners, emoji', () => {
    for (const text of [
      'Samira Haddad',
      'سميرة حداد',
      'می‌خواهم', // Persian with ZWNJ
      '\u202A+46 70 123 45 67\u202C', // a phone number as Android copies it
      'Café \u2067نوفا\u2069 AB',
      '👩🏽‍🍳 Kock',
      'a\tb',
    ]) {
      expect(isLineText(text), JSON.stringify(text)).toBe(true);
    }
    expect(isMultilineText('Rad ett\nRad två')).toBe(true);
    expect(isLineText('Rad ett\nRad två')).toBe(false);
  });

  it('cleans the holder’s own text into text the rule allows, changing nothing the rule allows', () => {
    fc.assert(
      fc.property(authorText(), fc.boolean(), (text, multiline) => {
        const cleaned = cleanAuthorText(text, multiline);
        expect(multiline ? isMultilineText(cleaned) : isLineText(cleaned)).toBe(true);
        expect(cleaned.length).toBeLessThanOrEqual(text.length);
        expect(cleanAuthorText(cleaned, multiline)).toBe(cleaned);
        if (multiline ? isMultilineText(text) : isLineText(text)) expect(cleaned).toBe(text);
      }),
      { numRuns: 2000 },
    );
    expect(cleanAuthorText('a\r\nb\u2028c\u0085d\u001be', true)).toBe('a\nb\ncde');
    expect(cleanAuthorText('a\r\nb', false)).toBe('a b');
  });

  it('the holder’s own profile is cleaned when read; a received one is refused with the path', () => {
    const profile = {
      v: 1,
      lang: 'sv',
      person: { givenName: 'Sam\u009bira', familyName: 'Haddad', about: 'Rad ett\r\nRad två' },
      languages: [],
      education: [],
      work: [{ id: 'w1', title: 'Kock\nChef', kind: 'employment', tasks: 'Lagade\u2028mat' }],
      skills: [],
      licences: [],
      wishes: { occupations: ['Kock\u0007'] },
    };
    const own = parseProfile(profile);
    expect(own.ok && own.value.person).toEqual({
      givenName: 'Samira',
      familyName: 'Haddad',
      about: 'Rad ett\nRad två',
    });
    expect(own.ok && own.value.work[0]).toMatchObject({ title: 'Kock Chef', tasks: 'Lagade\nmat' });
    expect(own.ok && own.value.wishes.occupations).toEqual(['Kock']);

    const received = parseSharedProfile(profile);
    expect(received.ok).toBe(false);
    if (!received.ok)
      expect(received.problems).toEqual(
        expect.arrayContaining([
          { path: 'person.givenName', reason: 'bad_text' },
          { path: 'person.about', reason: 'bad_text' },
          { path: 'work.0.title', reason: 'bad_text' },
          { path: 'work.0.tasks', reason: 'bad_text' },
          { path: 'wishes.occupations.0', reason: 'bad_text' },
        ]),
      );
  });
});

const OPENERS = new Set(['\u202A', '\u202B', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068']);
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** True when every closer closes something the text opened, and nothing stays open at a paragraph's end. */
function isBalanced(text: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: bidi class B separates paragraphs
  for (const paragraph of text.split(/[\n\r\u001C-\u001E\u0085\u2029]/)) {
    const open: string[] = [];
    for (const char of paragraph) {
      if (OPENERS.has(char)) open.push(char);
      else if (char === '\u202C') {
        if (open.length === 0 || /[\u2066-\u2068]/.test(open.at(-1)!)) return false;
        open.pop();
      } else if (char === '\u2069') {
        const at = open.findLastIndex((c) => /[\u2066-\u2068]/.test(c));
        if (at < 0) return false;
        open.splice(at);
      }
    }
    if (open.length > 0) return false;
  }
  return true;
}

describe('author text on a web page: direction controls balanced', () => {
  it('closes what the text opens and drops what closes something it did not open; nothing else changes', () => {
    fc.assert(
      fc.property(authorText(), (text) => {
        const shown = balanceDirectionControls(text);
        expect(isBalanced(shown)).toBe(true);
        expect(shown.replace(CONTROLS, '')).toBe(text.replace(CONTROLS, ''));
        expect(balanceDirectionControls(shown)).toBe(shown);
      }),
      { numRuns: 3000 },
    );
  });

  it('a name ending in PDI then RLO cannot reach the words after it', () => {
    expect(balanceDirectionControls('Café Nova\u2069\u202E, inte på listan')).toBe(
      'Café Nova\u202E, inte på listan\u202C',
    );
    expect(balanceDirectionControls('\u202A+46 70 123\u202C')).toBe('\u202A+46 70 123\u202C');
    expect(balanceDirectionControls('a\u2067b\nc\u2069')).toBe('a\u2067b\u2069\nc');
  });
});

/** Reads an escaped terminal text back, to show that the escaping is unambiguous. */
function unescapeTerminal(text: string): string {
  return text.replace(/\\(\\|t|n|r|u\{([0-9A-F]+)\})/g, (_m, what: string, hex?: string) => {
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return ({ '\\': '\\', t: '\t', n: '\n', r: '\r' } as Record<string, string>)[what] ?? '';
  });
}

describe('author text in a terminal: one visible line', () => {
  it('holds no control, separator, format character or lone surrogate, and reads back to the text', () => {
    fc.assert(
      fc.property(authorText(), (text) => {
        const line = escapeForTerminal(text);
        expect(line).not.toMatch(/[\p{Cc}\p{Zl}\p{Zp}\p{Cs}]/u);
        expect(line.replace(/[\u200C\u200D]/g, '')).not.toMatch(/\p{Cf}/u);
        expect(unescapeTerminal(line)).toBe(text);
      }),
      { numRuns: 3000 },
    );
    expect(escapeForTerminal('\u001b[2K\rVALID')).toBe('\\u{001B}[2K\\rVALID');
    expect(escapeForTerminal('Anna\u202Eevil\\n')).toBe('Anna\\u{202E}evil\\\\n');
    expect(escapeForTerminal('می‌خواهم')).toBe('می‌خواهم');
  });
});

describe('author text in JSON output', () => {
  it('is the same JSON value with no raw control or format character in the text', () => {
    fc.assert(
      fc.property(fc.dictionary(authorText(), authorText(), { maxKeys: 4 }), (value) => {
        const json = stringifyJson({ value, list: Object.values(value) }, 2);
        expect(json.replace(/\n {0,8}/g, '')).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u);
        expect(JSON.parse(json)).toEqual({ value, list: Object.values(value) });
      }),
      { numRuns: 1000 },
    );
    expect(stringifyJson({ a: '\u009b\u202E\u2028' })).toBe('{"a":"\\u009b\\u202e\\u2028"}');
  });
});

describe('a verified profile made ready for the page', () => {
  it('balances every text and keeps ids exactly, so that entries are still found by them', () => {
    const profile = {
      v: 1,
      lang: 'sv',
      person: { givenName: 'Samira\u2069\u202e' },
      skills: [{ id: 's\u2069', label: 'Kock\u2069\u202e', level: 3 }],
      wishes: { regions: ['Jönköping\u2069'] },
    };
    expect(balanceDirectionControlsIn(profile)).toEqual({
      v: 1,
      lang: 'sv',
      person: { givenName: 'Samira\u202e\u202c' },
      skills: [{ id: 's\u2069', label: 'Kock\u202e\u202c', level: 3 }],
      wishes: { regions: ['Jönköping'] },
    });
  });
});
