/**
 * Errors are values: a failure carries a reason code that a UI translates, never a sentence.
 * Exceptions are kept for programming errors only.
 */
export type Result<T, R extends string = string> = { ok: true; value: T } | { ok: false; reason: R };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <R extends string>(reason: R): { ok: false; reason: R } => ({ ok: false, reason });
