/**
 * The one rule for author text (FORMAT.md §5.8): every string that a holder or an organisation
 * writes (profile text, `for`, an issuer's name, a statement, a trust list's names).
 *
 * Refused: C0 controls other than TAB (and LF where a text may have lines), DEL, C1 controls,
 * U+2028 and U+2029, and lone surrogates. None of them can be typed, and each can make a reader
 * show something other than what the text says (terminal escapes, hidden lines, forged report
 * lines, broken UTF-8). Direction controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C)
 * and joiners are allowed: mixed Arabic/Persian and Latin text and phone numbers copied on phones
 * carry them. Every output neutralises them instead (see ./bidi.ts, ./terminal.ts, ./json.ts).
 */

const LONE_SURROGATE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const FORBIDDEN_IN_LINE = new RegExp(
  `[\\u0000-\\u0008\\u000A-\\u001F\\u007F-\\u009F\\u2028\\u2029]|${LONE_SURROGATE}`,
);
const FORBIDDEN_IN_LINES = new RegExp(
  `[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u2028\\u2029]|${LONE_SURROGATE}`,
);

/** Text of one line: a name, a title, `for`, an id or a code. */
export function isLineText(text: string): boolean {
  return !FORBIDDEN_IN_LINE.test(text);
}

/** Text that may have lines (LF only): `about`, `tasks`, `evidence`, `studies`, `drivers`, `statement`. */
export function isMultilineText(text: string): boolean {
  return !FORBIDDEN_IN_LINES.test(text);
}

/** The Profile v1 members whose text may have lines; every other string is one line. */
export const MULTILINE_PROFILE_MEMBERS: ReadonlySet<string> = new Set([
  'about',
  'tasks',
  'evidence',
  'studies',
  'drivers',
]);

/**
 * The holder's own text made to follow the rule, for creators: CR LF, CR, U+2028 and U+2029
 * become LF (a space in one-line text), other refused controls are removed and lone surrogates
 * become U+FFFD. The result is never longer than the input.
 */
export function cleanAuthorText(text: string, multiline: boolean): string {
  const lines = text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing controls is the point
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '')
    .replace(new RegExp(LONE_SURROGATE, 'g'), '\uFFFD');
  return multiline ? lines : lines.replace(/\n/g, ' ');
}

/** A profile is at most four levels deep (profile → section → entry → member → list item). */
const MAX_PROFILE_DEPTH = 5;

function cleanValue(value: unknown, multiline: boolean, depth: number): unknown {
  if (typeof value === 'string') return cleanAuthorText(value, multiline);
  if (depth >= MAX_PROFILE_DEPTH || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => cleanValue(item, multiline, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, member]) => [
      key,
      cleanValue(member, MULTILINE_PROFILE_MEMBERS.has(key), depth + 1),
    ]),
  );
}

/**
 * Every string of a profile cleaned as above, before it is checked: for the holder's own
 * profile (stored, imported or read from a file), never for one received from someone else.
 */
export function cleanProfileText(input: unknown): unknown {
  return cleanValue(input, false, 0);
}
