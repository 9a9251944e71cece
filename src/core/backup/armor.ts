import { fail, ok, type Result } from '../result.ts';

/**
 * The file is text, so that it survives e-mail, chat apps and "share as text" on phones (Chrome
 * on Android shares only some file types, text/plain among them): the container in standard
 * base64 (RFC 4648 §4, with padding) between two marker lines, 64 characters a line.
 */
export const BEGIN_LINE = '-----BEGIN KOMPETENSPASS BACKUP-----';
export const END_LINE = '-----END KOMPETENSPASS BACKUP-----';
const LINE = 64;

export type ArmorReason = 'not_a_backup' | 'truncated' | 'damaged';

export function armor(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const base64 = btoa(binary);
  const lines = [BEGIN_LINE];
  for (let i = 0; i < base64.length; i += LINE) lines.push(base64.slice(i, i + LINE));
  lines.push(END_LINE, '');
  return lines.join('\n');
}

/**
 * The bytes between the markers. Text before the first marker and after the last is ignored (a
 * mail program may add some); line breaks and spaces between base64 characters are ignored
 * (it may also re-wrap lines). The base64 must be canonical: one spelling per byte string.
 */
export function dearmor(text: string): Result<Uint8Array, ArmorReason> {
  const begin = text.indexOf(BEGIN_LINE);
  if (begin < 0) return fail('not_a_backup');
  const start = begin + BEGIN_LINE.length;
  const end = text.indexOf(END_LINE, start);
  if (end < 0) return fail('truncated');
  const base64 = text.slice(start, end).replace(/[ \t\r\n]/g, '');
  if (base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) return fail('damaged');
  let binary: string;
  try {
    binary = atob(base64);
  } catch {
    return fail('damaged');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  // Unused bits of the last character must be zero: re-encoding gives the same text.
  if (btoa(binary) !== base64) return fail('damaged');
  return ok(bytes);
}
