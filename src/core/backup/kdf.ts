import { scryptAsync } from '@noble/hashes/scrypt.js';

/**
 * Key derivation: scrypt (RFC 7914) from @noble/hashes, pure JavaScript. Chosen over Argon2id
 * because it needs no WebAssembly (so no 'wasm-unsafe-eval' in the Content-Security-Policy),
 * noble's audited scrypt is about twice as fast as its pure-JS Argon2id at comparable memory,
 * and every platform can check a backup with a standard tool (Python's hashlib.scrypt,
 * OpenSSL, Node's crypto.scrypt). The parameters travel in each file's header.
 */
export interface KdfParams {
  /** log2 of scrypt's cost N. */
  logN: number;
  r: number;
  p: number;
}

/** OWASP's recommended scrypt minimum: N = 2^17, r = 8, p = 1 (128 MiB of memory). */
export const DEFAULT_KDF: KdfParams = { logN: 17, r: 8, p: 1 };

/** Bounds a reader accepts: a file cannot make a phone spend more than 256 MiB or minutes. */
export const KDF_LIMITS = { minLogN: 14, maxLogN: 20, maxR: 16, maxP: 4, maxMemoryBytes: 256 * 1024 * 1024 };

/** 32 bytes of AES-256-GCM key and 16 bytes of key check (see docs/FORMAT.md §12). */
export const DERIVED_BYTES = 48;

export function kdfMemoryBytes({ logN, r }: KdfParams): number {
  return 128 * r * 2 ** logN;
}

export function isSupportedKdf(params: KdfParams): boolean {
  const { logN, r, p } = params;
  return (
    Number.isInteger(logN) &&
    Number.isInteger(r) &&
    Number.isInteger(p) &&
    logN >= KDF_LIMITS.minLogN &&
    logN <= KDF_LIMITS.maxLogN &&
    r >= 1 &&
    r <= KDF_LIMITS.maxR &&
    p >= 1 &&
    p <= KDF_LIMITS.maxP &&
    kdfMemoryBytes(params) <= KDF_LIMITS.maxMemoryBytes
  );
}

/** How the derivation is run: in the page, in a Web Worker, or (in tests) remembered. */
export type DeriveKeyMaterial = (
  secret: Uint8Array,
  salt: Uint8Array,
  params: KdfParams,
  onProgress?: (fraction: number) => void,
) => Promise<Uint8Array>;

/** scrypt(secret, salt, N, r, p, 48 bytes); yields to the event loop every few milliseconds. */
export const deriveKeyMaterial: DeriveKeyMaterial = (secret, salt, params, onProgress) =>
  scryptAsync(secret, salt, {
    N: 2 ** params.logN,
    r: params.r,
    p: params.p,
    dkLen: DERIVED_BYTES,
    // noble counts N + p + 1 blocks of 128·r bytes; the bound above counts N of them.
    maxmem: KDF_LIMITS.maxMemoryBytes + 16 * 1024,
    asyncTick: 10,
    ...(onProgress && { onProgress }),
  });
