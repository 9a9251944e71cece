import { encodeUtf8 } from '../encoding/utf8.ts';
import { fail, ok, type Result } from '../result.ts';
import { type BackupCodeReason, normaliseBackupCode } from './code.ts';
import type { SecretKind } from './container.ts';
import { checkPassphrase, type PassphraseReason } from './passphrase.ts';

/** The secret a backup is made with: the app's backup code, or the person's own passphrase. */
export type BackupSecret = { kind: 'code'; code: string } | { kind: 'passphrase'; passphrase: string };

/** The bytes scrypt takes: the 30 ASCII digits, or the passphrase in NFC as UTF-8. */
export function secretBytesForCreate(
  secret: BackupSecret,
): Result<{ kind: SecretKind; bytes: Uint8Array }, BackupCodeReason | PassphraseReason> {
  if (secret.kind === 'code') {
    const code = normaliseBackupCode(secret.code);
    return code.ok ? ok({ kind: 'code', bytes: encodeUtf8(code.value) }) : code;
  }
  const passphrase = checkPassphrase(secret.passphrase);
  return passphrase.ok ? ok({ kind: 'passphrase', bytes: encodeUtf8(passphrase.value) }) : passphrase;
}

/**
 * What the person typed to open a file of `kind`. A passphrase is not judged again: the file
 * decides whether it is right. An empty one is refused before any work.
 */
export function secretBytesForOpen(
  kind: SecretKind,
  typed: string,
): Result<Uint8Array, BackupCodeReason | 'wrong_secret'> {
  if (kind === 'code') {
    const code = normaliseBackupCode(typed);
    return code.ok ? ok(encodeUtf8(code.value)) : code;
  }
  if (typed === '') return fail('wrong_secret');
  return ok(encodeUtf8(typed.normalize('NFC')));
}
