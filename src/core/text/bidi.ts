/**
 * Author text for a web page, where it stands in an isolating element (<bdi>, or an element
 * with `dir`). An element's isolation is the same as an isolate initiator before its text and a
 * PDI after it, so a stray PDI (U+2069) in the text would close the isolation early, and a
 * following RLO (U+202E) would reorder the app's own words after it. Here every direction
 * control that closes something it did not open is dropped, and whatever the text leaves open
 * is closed at the end of each of its paragraphs, so that the text's controls act inside the
 * text only. Marks (U+200E, U+200F, U+061C) open nothing and are kept.
 */

const EMBEDDING_OPENERS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', '\u2068']);
const POP_EMBEDDING = '\u202C';
const POP_ISOLATE = '\u2069';
/** Bidi class B: the bidi algorithm ends every embedding and isolate at each of them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these controls separate paragraphs
const PARAGRAPH_SEPARATOR = /([\n\r\u001C-\u001E\u0085\u2029])/;
/** Far below the bidi algorithm's own limit (125): deeper openers and their closers are dropped. */
const MAX_DEPTH = 16;

interface Opened {
  isolate: boolean;
  kept: boolean;
}

function balanceParagraph(text: string): string {
  const open: Opened[] = [];
  let kept = 0;
  let out = '';
  for (const char of text) {
    const isolate = ISOLATE_OPENERS.has(char);
    if (isolate || EMBEDDING_OPENERS.has(char)) {
      const keep = kept < MAX_DEPTH;
      open.push({ isolate, kept: keep });
      if (keep) {
        kept++;
        out += char;
      }
    } else if (char === POP_EMBEDDING) {
      const top = open.at(-1);
      // A PDF closes only an embedding opened inside the same isolate.
      if (!top || top.isolate) continue;
      open.pop();
      if (top.kept) {
        kept--;
        out += char;
      }
    } else if (char === POP_ISOLATE) {
      const at = open.findLastIndex((item) => item.isolate);
      if (at < 0) continue;
      // A PDI also closes the embeddings opened since its isolate.
      const closed = open.splice(at);
      kept -= closed.filter((item) => item.kept).length;
      if (closed[0]?.kept) out += char;
    } else {
      out += char;
    }
  }
  for (const item of open.reverse()) if (item.kept) out += item.isolate ? POP_ISOLATE : POP_EMBEDDING;
  return out;
}

/** The text with its direction controls balanced per paragraph; everything else unchanged. */
export function balanceDirectionControls(text: string): string {
  if (!/[\u202A-\u202E\u2066-\u2069]/.test(text)) return text;
  return text
    .split(PARAGRAPH_SEPARATOR)
    .map((piece, index) => (index % 2 === 1 ? piece : balanceParagraph(piece)))
    .join('');
}

/**
 * Every string inside `value` (a verified profile, an entry) balanced as above; the shape is
 * kept. Ids are kept exactly: they are never shown, and entries are found by them.
 */
export function balanceDirectionControlsIn<T>(value: T): T {
  if (typeof value === 'string') return balanceDirectionControls(value) as T;
  if (Array.isArray(value)) return value.map(balanceDirectionControlsIn) as T;
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value).map(([key, member]) => [
        key,
        key === 'id' ? member : balanceDirectionControlsIn(member),
      ]),
    ) as T;
  return value;
}
