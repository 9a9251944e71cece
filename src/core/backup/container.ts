import { fail, ok, type Result } from '../result.ts';
import type { KdfParams } from './kdf.ts';

/**
 * The backup container (docs/FORMAT.md §12): a 58-byte header, then AES-256-GCM ciphertext
 * with its tag, the header being the additional authenticated data. Every number is one byte.
 *
 *   0  8  magic "KPBACKUP"        14 16  salt
 *   8  1  container version (1)   30 12  nonce
 *   9  1  secret kind             42 16  key check
 *  10  1  KDF (1 = scrypt)        58  …  ciphertext ‖ tag
 *  11  3  log2 N, r, p
 */
export const CONTAINER_VERSION = 1;
export const MAGIC = 'KPBACKUP';
export const HEADER_BYTES = 58;
export const TAG_BYTES = 16;
export const SALT_BYTES = 16;
export const NONCE_BYTES = 12;
export const CHECK_BYTES = 16;

export const SECRET_KINDS = { code: 1, passphrase: 2 } as const;
export type SecretKind = keyof typeof SECRET_KINDS;
const KDF_SCRYPT = 1;

export interface ContainerHeader {
  version: number;
  secret: SecretKind;
  kdf: KdfParams;
  salt: Uint8Array;
  nonce: Uint8Array;
  check: Uint8Array;
}

export interface Container {
  header: ContainerHeader;
  /** The 58 header bytes exactly as read: the GCM additional data. */
  headerBytes: Uint8Array;
  ciphertext: Uint8Array;
}

export type ContainerReason = 'damaged' | 'newer_version';

export function encodeHeader(header: ContainerHeader): Uint8Array {
  const out = new Uint8Array(HEADER_BYTES);
  for (let i = 0; i < MAGIC.length; i++) out[i] = MAGIC.charCodeAt(i);
  out[8] = header.version;
  out[9] = SECRET_KINDS[header.secret];
  out[10] = KDF_SCRYPT;
  out[11] = header.kdf.logN;
  out[12] = header.kdf.r;
  out[13] = header.kdf.p;
  out.set(header.salt, 14);
  out.set(header.nonce, 30);
  out.set(header.check, 42);
  return out;
}

export function hasMagic(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && [...MAGIC].every((char, i) => bytes[i] === char.charCodeAt(0));
}

/**
 * Splits container bytes. The version is read before anything else it decides, so that a file
 * from a newer app is reported as such and never misread as version 1.
 */
export function decodeContainer(bytes: Uint8Array): Result<Container, ContainerReason> {
  if (!hasMagic(bytes) || bytes.length < MAGIC.length + 1) return fail('damaged');
  const version = bytes[8]!;
  if (version > CONTAINER_VERSION) return fail('newer_version');
  if (version !== CONTAINER_VERSION) return fail('damaged');
  if (bytes.length < HEADER_BYTES + TAG_BYTES) return fail('damaged');
  const secret = (Object.keys(SECRET_KINDS) as SecretKind[]).find((kind) => SECRET_KINDS[kind] === bytes[9]);
  if (!secret || bytes[10] !== KDF_SCRYPT) return fail('damaged');
  const headerBytes = bytes.slice(0, HEADER_BYTES);
  return ok({
    header: {
      version,
      secret,
      kdf: { logN: bytes[11]!, r: bytes[12]!, p: bytes[13]! },
      salt: bytes.slice(14, 30),
      nonce: bytes.slice(30, 42),
      check: bytes.slice(42, 58),
    },
    headerBytes,
    ciphertext: bytes.slice(HEADER_BYTES),
  });
}
