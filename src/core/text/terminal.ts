/**
 * Author text for a terminal or a log: one line, nothing the terminal obeys, nothing invisible.
 * Every control (C0, DEL, C1: ESC and CSI start escape sequences), line and paragraph separator,
 * format character (direction controls and marks, soft hyphen, BOM, tag characters …) and lone
 * surrogate is written as a visible escape, and the backslash as `\\`, so the escaped text is
 * unambiguous. ZWNJ and ZWJ (U+200C, U+200D) stay: Persian words and emoji need them, and they
 * cannot move or hide anything.
 */

const NEEDS_ESCAPE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\\]/gu;
const SHORT: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escapeOne(char: string): string {
  if (char === '\u200C' || char === '\u200D') return char;
  const short = SHORT[char];
  if (short) return short;
  const hex = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return `\\u{${hex}}`;
}

/** The text as one visible line, e.g. `Anna\u{202E}` for "Anna" followed by an RLO. */
export function escapeForTerminal(text: string): string {
  return text.replace(NEEDS_ESCAPE, escapeOne);
}
