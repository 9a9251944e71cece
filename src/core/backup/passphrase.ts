import { fail, ok, type Result } from '../result.ts';

export type PassphraseReason = 'passphrase_too_short' | 'passphrase_too_simple';

/** Characters, not bytes: Arabic or Tigrinya letters count one each. */
export const PASSPHRASE_MIN_LENGTH = 12;
export const PASSPHRASE_MAX_LENGTH = 1024;

/** Well-known choices and parts of them, in the app's languages; compared without case. */
const COMMON = [
  'password',
  'lösenord',
  'losenord',
  'passord',
  'qwerty',
  'azerty',
  'asdf',
  'kompetenspass',
  'iloveyou',
  'letmein',
  'welcome',
  'välkommen',
  'sverige',
  'sweden',
  'admin',
  'abc',
  'كلمة',
  'رمز',
  'پسورد',
  'пароль',
];

/** A run of characters each one code point above or below the one before it, like 1234 or abcd. */
function isSequence(chars: string[]): boolean {
  const points = chars.map((c) => c.codePointAt(0)!);
  const steps = new Set(points.slice(1).map((p, i) => p - points[i]!));
  return steps.size === 1 && [...steps].every((step) => Math.abs(step) <= 1);
}

/**
 * A passphrase of the person's own, refused when it is easy to guess. The backup file can be
 * tried offline, so the bar is length and variety: at least 12 characters, at least 6 of them
 * different, not one character repeated or a run like 123456789012, and not mostly a
 * well-known password. Returns the text as it will be used (Unicode NFC, so that the same
 * letters typed on two keyboards are the same secret).
 */
export function checkPassphrase(input: string): Result<string, PassphraseReason> {
  const text = input.normalize('NFC');
  const chars = [...text];
  if (chars.length < PASSPHRASE_MIN_LENGTH) return fail('passphrase_too_short');
  if (chars.length > PASSPHRASE_MAX_LENGTH) return fail('passphrase_too_simple');
  if (new Set(chars.map((c) => c.toLowerCase())).size < 6) return fail('passphrase_too_simple');
  if (isSequence(chars)) return fail('passphrase_too_simple');
  let rest = text.toLowerCase();
  for (const word of COMMON) rest = rest.split(word).join('');
  // What is left after taking out common words and digits must still be long.
  if ([...rest.replace(/[\d\s]/g, '')].length < 8) return fail('passphrase_too_simple');
  return ok(text);
}
