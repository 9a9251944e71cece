import { fail, ok, type Result } from '../result.ts';
import { decodeUtf8 } from './utf8.ts';

export type JsonObject = Record<string, unknown>;

/**
 * Parses UTF-8 JSON text that must be an object. Duplicate member names are refused
 * (RFC 7515 §5.2 allows that, and JOSE libraries disagree on which duplicate wins, so a
 * signed header or payload must not be readable two ways).
 */
export function parseJsonObject(bytes: Uint8Array): Result<JsonObject, 'bad_json'> {
  const text = decodeUtf8(bytes);
  if (!text.ok) return fail('bad_json');
  let value: unknown;
  try {
    value = JSON.parse(text.value);
  } catch {
    return fail('bad_json');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('bad_json');
  if (hasDuplicateMembers(text.value)) return fail('bad_json');
  return ok(value as JsonObject);
}

/** Scans text that JSON.parse has already accepted, so the scanner may be simple. */
export function hasDuplicateMembers(text: string): boolean {
  // One entry per open container: a key set for objects, null for arrays.
  const stack: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '{') {
      stack.push(new Set());
      expectKey = true;
    } else if (char === '[') {
      stack.push(null);
      expectKey = false;
    } else if (char === '}' || char === ']') {
      stack.pop();
      expectKey = false;
    } else if (char === ',') {
      expectKey = stack.at(-1) instanceof Set;
    } else if (char === '"') {
      const start = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      const keys = stack.at(-1);
      if (expectKey && keys) {
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        if (keys.has(key)) return true;
        keys.add(key);
      }
      expectKey = false;
    }
  }
  return false;
}
