import { deflateRaw, inflateRawBounded } from '../encoding/deflate.ts';
import { parseJsonObject } from '../encoding/json.ts';
import { encodeUtf8 } from '../encoding/utf8.ts';
import { fail, ok, type Result } from '../result.ts';
import { armor, dearmor } from './armor.ts';
import {
  CHECK_BYTES,
  CONTAINER_VERSION,
  type Container,
  decodeContainer,
  encodeHeader,
  NONCE_BYTES,
  SALT_BYTES,
  type SecretKind,
} from './container.ts';
import { type BackupContents, checkTables, readContents } from './contents.ts';
import {
  DEFAULT_KDF,
  type DeriveKeyMaterial,
  deriveKeyMaterial,
  isSupportedKdf,
  type KdfParams,
} from './kdf.ts';
import { type BackupSecret, secretBytesForCreate, secretBytesForOpen } from './secret.ts';

/** Bounds on untrusted files: far above a real backup (the typical one is a few KiB). */
export const BACKUP_LIMITS = { textChars: 8 * 1024 * 1024, contentsBytes: 32 * 1024 * 1024 } as const;

/** Every reason a backup cannot be opened, in the order they are checked. */
export const BACKUP_OPEN_REASONS = [
  'too_large',
  'not_a_backup',
  'truncated',
  'damaged',
  'newer_version',
  'unsupported_parameters',
  'code_not_digits',
  'code_wrong_length',
  'kdf_failed',
  'wrong_secret',
  'bad_contents',
] as const;
export type BackupOpenReason = (typeof BACKUP_OPEN_REASONS)[number];

export const BACKUP_CREATE_REASONS = [
  'code_not_digits',
  'code_wrong_length',
  'passphrase_too_short',
  'passphrase_too_simple',
  'kdf_failed',
  'bad_contents',
] as const;
export type BackupCreateReason = (typeof BACKUP_CREATE_REASONS)[number];

export interface DeriveOptions {
  /** Runs scrypt; the app passes one that runs in a Web Worker. */
  derive?: DeriveKeyMaterial;
  onProgress?: (fraction: number) => void;
}

export interface CreateBackupOptions extends DeriveOptions {
  kdf?: KdfParams;
  /** Fixed salt and nonce, for test vectors only: a real backup takes fresh random ones. */
  salt?: Uint8Array;
  nonce?: Uint8Array;
}

export interface OpenedBackup {
  contents: BackupContents;
  secret: SecretKind;
  kdf: KdfParams;
}

async function aesKey(material: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', new Uint8Array(material.subarray(0, 32)), 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
}

async function derive(
  secret: Uint8Array,
  salt: Uint8Array,
  kdf: KdfParams,
  options: DeriveOptions,
): Promise<Result<Uint8Array, 'kdf_failed'>> {
  try {
    return ok(await (options.derive ?? deriveKeyMaterial)(secret, salt, kdf, options.onProgress));
  } catch {
    // Typically memory: a phone that cannot give scrypt its 128 MiB.
    return fail('kdf_failed');
  }
}

/** Encrypts `contents` under the secret; the result is the text of a backup file. */
export async function createBackup(
  contents: BackupContents,
  secret: BackupSecret,
  options: CreateBackupOptions = {},
): Promise<Result<string, BackupCreateReason>> {
  const bytes = secretBytesForCreate(secret);
  if (!bytes.ok) return bytes;
  const checked = readContents(JSON.parse(JSON.stringify(contents)));
  if (!checked.ok || !(await checkTables(checked.value.tables)).ok) return fail('bad_contents');
  const kdf = options.kdf ?? DEFAULT_KDF;
  const salt = options.salt ?? crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const nonce = options.nonce ?? crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const material = await derive(bytes.value.bytes, salt, kdf, options);
  if (!material.ok) return material;
  const header = encodeHeader({
    version: CONTAINER_VERSION,
    secret: bytes.value.kind,
    kdf,
    salt,
    nonce,
    check: material.value.subarray(32, 32 + CHECK_BYTES),
  });
  const plaintext = await deflateRaw(encodeUtf8(JSON.stringify(contents)));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: new Uint8Array(nonce), additionalData: new Uint8Array(header), tagLength: 128 },
    await aesKey(material.value),
    new Uint8Array(plaintext),
  );
  const file = new Uint8Array(header.length + ciphertext.byteLength);
  file.set(header);
  file.set(new Uint8Array(ciphertext), header.length);
  return ok(armor(file));
}

/**
 * Reads a file's container without any secret: enough to tell a backup from any other file,
 * and to ask for the right kind of secret. Nothing here costs more than reading the text.
 */
export function readBackupFile(text: string): Result<Container, BackupOpenReason> {
  if (text.length > BACKUP_LIMITS.textChars) return fail('too_large');
  const bytes = dearmor(text);
  if (!bytes.ok) return bytes;
  const container = decodeContainer(bytes.value);
  if (!container.ok) return container;
  if (!isSupportedKdf(container.value.header.kdf)) return fail('unsupported_parameters');
  return container;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length && i < b.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/**
 * Decrypts a container read by readBackupFile. The key check tells a wrong secret from a
 * damaged file: both need a full scrypt run per guess, so it helps no attacker.
 */
export async function decryptBackup(
  container: Container,
  typedSecret: string,
  options: DeriveOptions = {},
): Promise<Result<OpenedBackup, BackupOpenReason>> {
  const { header, headerBytes, ciphertext } = container;
  const secret = secretBytesForOpen(header.secret, typedSecret);
  if (!secret.ok) return secret;
  const material = await derive(secret.value, header.salt, header.kdf, options);
  if (!material.ok) return material;
  if (!sameBytes(material.value.subarray(32, 32 + CHECK_BYTES), header.check)) return fail('wrong_secret');
  let plaintext: ArrayBuffer;
  try {
    plaintext = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: new Uint8Array(header.nonce),
        additionalData: new Uint8Array(headerBytes),
        tagLength: 128,
      },
      await aesKey(material.value),
      new Uint8Array(ciphertext),
    );
  } catch {
    return fail('damaged');
  }
  const inflated = await inflateRawBounded(new Uint8Array(plaintext), BACKUP_LIMITS.contentsBytes);
  if (!inflated.ok) return fail('bad_contents');
  const json = parseJsonObject(inflated.value);
  if (!json.ok) return fail('bad_contents');
  const contents = readContents(json.value);
  if (!contents.ok) return contents;
  const tables = await checkTables(contents.value.tables);
  if (!tables.ok) return tables;
  return ok({ contents: contents.value, secret: header.secret, kdf: header.kdf });
}

/** readBackupFile and decryptBackup in one step, for callers that already have the secret. */
export async function openBackup(
  text: string,
  typedSecret: string,
  options: DeriveOptions = {},
): Promise<Result<OpenedBackup, BackupOpenReason>> {
  const container = readBackupFile(text);
  if (!container.ok) return container;
  return decryptBackup(container.value, typedSecret, options);
}
