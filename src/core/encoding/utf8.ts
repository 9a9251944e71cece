import { fail, ok, type Result } from '../result.ts';

const encoder = new TextEncoder();
// fatal: invalid UTF-8 is an error instead of silently becoming U+FFFD.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function encodeUtf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

export function decodeUtf8(bytes: Uint8Array): Result<string, 'bad_utf8'> {
  try {
    return ok(decoder.decode(bytes));
  } catch {
    return fail('bad_utf8');
  }
}
