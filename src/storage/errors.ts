import type { Problem } from '../core/profile/parse.ts';

/**
 * Why the device's storage did not do what was asked. The UI translates each code
 * (storage.errors.<code> in every locale); nothing here is a sentence.
 */
export const STORAGE_REASONS = [
  /** The disk (or the browser's share of it) is full. */
  'quota',
  /** The browser refuses storage to this site: private mode, blocked cookies, a policy. */
  'blocked',
  /** The connection to the database was lost (iOS after the background) and reopening failed. */
  'connection_lost',
  /** A new version of the app could not upgrade the stored data; the old data is untouched. */
  'upgrade_failed',
  /** The stored profile does not parse (damaged, or from a newer app). */
  'unreadable',
  /** The change would make the profile invalid; see `problems`. */
  'rejected',
  /** Anything else the browser reported. */
  'failed',
] as const;
export type StorageReason = (typeof STORAGE_REASONS)[number];

export type StorageFailure = { ok: false; reason: StorageReason; problems?: Problem[] };
export type StorageResult<T> = { ok: true; value: T } | StorageFailure;

/**
 * Thrown inside a transaction to abort it (Dexie rolls back on a throw), and turned into a
 * value by `tryStorage` at the edge of this module. Never reaches the UI as an exception.
 */
export class StorageError extends Error {
  constructor(
    readonly reason: StorageReason,
    readonly problems?: Problem[],
  ) {
    super(`storage: ${reason}`);
    this.name = 'StorageError';
  }
}

const names = (error: unknown): string => {
  const parts: string[] = [];
  for (
    let e = error as { name?: unknown; message?: unknown; inner?: unknown } | undefined, depth = 0;
    e && depth < 4;
    depth++
  ) {
    parts.push(`${String(e.name)} ${String(e.message)}`);
    e = e.inner as typeof e;
  }
  return parts.join(' | ');
};

/** Maps what IndexedDB and Dexie throw (names differ between browsers) onto a reason. */
export function storageReasonOf(error: unknown): StorageReason {
  if (error instanceof StorageError) return error.reason;
  const text = names(error);
  if (/quota/i.test(text)) return 'quota';
  if (
    /MissingAPIError|SecurityError|InvalidAccessError|indexedDB API (missing|not found)|access.*denied|not allowed/i.test(
      text,
    )
  )
    return 'blocked';
  if (/DatabaseClosedError|InvalidStateError|connection to indexed database server lost/i.test(text))
    return 'connection_lost';
  return 'failed';
}

export function failure(error: unknown): StorageFailure {
  const reason = storageReasonOf(error);
  const problems = error instanceof StorageError ? error.problems : undefined;
  return problems ? { ok: false, reason, problems } : { ok: false, reason };
}

/** Runs storage work and returns its value, or why it failed, as a value. */
export async function tryStorage<T>(work: () => Promise<T>): Promise<StorageResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return failure(error);
  }
}
