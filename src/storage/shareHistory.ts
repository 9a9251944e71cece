import { type ShareRecord, withDb } from './db.ts';
import { type StorageResult, tryStorage } from './errors.ts';

export function recordShare(share: ShareRecord): Promise<StorageResult<void>> {
  return tryStorage(async () => {
    await withDb((db) => db.shares.put(share));
  });
}

/** Newest first. Throws, for liveQuery, which reports errors itself. */
export function listShares(): Promise<ShareRecord[]> {
  return withDb((db) => db.shares.orderBy('createdAt').reverse().toArray());
}

export function forgetShare(jti: string): Promise<StorageResult<void>> {
  return tryStorage(async () => {
    await withDb((db) => db.shares.delete(jti));
  });
}
