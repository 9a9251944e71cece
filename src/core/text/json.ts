/**
 * JSON for other programs and for terminals. JSON.stringify escapes only U+0000–U+001F (and
 * lone surrogates), so DEL, C1 controls (CSI, U+009B, starts a terminal escape sequence), line
 * and paragraph separators and format characters (direction controls …) would pass raw. Here
 * they are written as \uXXXX escapes too: the same JSON value, with no raw control in the text.
 */

// Only inside strings: outside them, JSON text is ASCII punctuation, digits, letters and the
// white space of the indentation, none of which is in this set.
const RAW = /[\u007F-\u009F\p{Cf}\p{Zl}\p{Zp}]/gu;

const unit = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

function escapeOne(char: string): string {
  return char.length === 1 ? unit(char.charCodeAt(0)) : unit(char.charCodeAt(0)) + unit(char.charCodeAt(1));
}

/** JSON.stringify(value, null, indent) with every control and format character escaped. */
export function stringifyJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(RAW, escapeOne);
}
