import { type ShareRecord, withDb } from './db.ts';

export async function recordShare(share: ShareRecord): Promise<void> {
  await withDb((db) => db.shares.put(share));
}

/** Newest first. */
export async function listShares(): Promise<ShareRecord[]> {
  return withDb((db) => db.shares.orderBy('createdAt').reverse().toArray());
}

export async function forgetShare(jti: string): Promise<void> {
  await withDb((db) => db.shares.delete(jti));
}
