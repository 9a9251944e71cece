import { fail, ok, type Result } from '../result.ts';

/**
 * The backup code: 30 random decimal digits (about 99.7 bits), shown in six groups of five.
 * Digits read the same in every language the app speaks, and a person can write them on paper
 * or photograph them. The digits are the secret exactly as they are (ASCII), nothing else.
 */
export const BACKUP_CODE_DIGITS = 30;
export const BACKUP_CODE_GROUP = 5;

export type BackupCodeReason = 'code_not_digits' | 'code_wrong_length';

/** Uniform digits by rejection sampling: bytes 250–255 would favour 0–5. */
export function generateBackupCode(): string {
  let code = '';
  while (code.length < BACKUP_CODE_DIGITS) {
    for (const byte of crypto.getRandomValues(new Uint8Array(BACKUP_CODE_DIGITS))) {
      if (byte < 250 && code.length < BACKUP_CODE_DIGITS) code += String(byte % 10);
    }
  }
  return code;
}

/** "12345 67890 …": groups of five for reading and writing down. */
export function formatBackupCode(code: string): string {
  return groupsOf(code).join(' ');
}

export function groupsOf(code: string): string[] {
  const groups: string[] = [];
  for (let i = 0; i < code.length; i += BACKUP_CODE_GROUP) groups.push(code.slice(i, i + BACKUP_CODE_GROUP));
  return groups;
}

/**
 * Zero of each digit set a person may type the code in: ASCII, Arabic-Indic (Arabic),
 * Extended Arabic-Indic (Dari/Persian), Devanagari and full-width digits.
 */
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0xff10];
/** Spaces, dashes and dots people put between groups, including the no-break and thin spaces. */
const SEPARATOR = /[\s\u00a0\u2009\u202f\-‐‑–—.·]/u;

/** The ASCII digits of typed text in any of the digit sets above, separators dropped; null for anything else. */
export function typedDigits(input: string): string | null {
  let digits = '';
  for (const char of input) {
    const point = char.codePointAt(0)!;
    const zero = DIGIT_ZEROS.find((z) => point >= z && point <= z + 9);
    if (zero !== undefined) digits += String(point - zero);
    else if (!SEPARATOR.test(char)) return null;
  }
  return digits;
}

/** Reads a typed or pasted code: digits of any of the sets above, separators ignored. */
export function normaliseBackupCode(input: string): Result<string, BackupCodeReason> {
  const digits = typedDigits(input);
  if (digits === null) return fail('code_not_digits');
  return digits.length === BACKUP_CODE_DIGITS ? ok(digits) : fail('code_wrong_length');
}
