import { type KeyRecord, withDb } from './db.ts';
import { type StorageResult, tryStorage } from './errors.ts';

/**
 * The holder's signing key, made on first use. Key generation lives in core; it is loaded
 * lazily so that the editor's first view does not carry the crypto code.
 */
export function getHolderKey(): Promise<StorageResult<KeyRecord | undefined>> {
  return tryStorage(() => withDb((db) => db.keys.get('holder')));
}

export function ensureHolderKey(): Promise<StorageResult<KeyRecord>> {
  return tryStorage(async () => {
    const existing = await withDb((db) => db.keys.get('holder'));
    if (existing) return existing;
    const { makeHolderKeyRecord } = await import('./makeHolderKey.ts');
    const fresh = await makeHolderKeyRecord();
    // Two tabs may race to make the first key: keep whichever was stored first.
    return withDb((db) =>
      db.transaction('rw', db.keys, async () => {
        const stored = await db.keys.get('holder');
        if (stored) return stored;
        await db.keys.add(fresh);
        return fresh;
      }),
    );
  });
}
