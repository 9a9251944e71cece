/** Constants of the VC-JOSE profile that snapshots and endorsements share. */
export const VC_CONTEXT_V2 = 'https://www.w3.org/ns/credentials/v2';
export const JWS_ALG = 'ES256';
export const JWS_TYP = 'vc+jwt';
/** Accepted clock difference between the holder's phone and the reader's computer. */
export const CLOCK_SKEW_SECONDS = 60;
export const DAY_SECONDS = 86_400;
/** Longest validity of a snapshot: a year, leap day included. */
export const MAX_SNAPSHOT_VALIDITY_SECONDS = 366 * DAY_SECONDS;
/**
 * Header parameters that would let a token name its own key or demand extensions we do not
 * implement; a self-issued snapshot's key comes only from its did:jwk.
 */
export const FORBIDDEN_HEADERS = ['crit', 'jwk', 'jku', 'x5u', 'x5c'] as const;
/** ES256 signature: r ‖ s, 32 bytes each (RFC 7518 §3.4). */
export const ES256_SIGNATURE_BYTES = 64;
