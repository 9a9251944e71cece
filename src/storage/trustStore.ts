import type { TrustedIssuer, TrustList } from '../core/endorsement/trust.ts';
import { type TrustRecord, withDb } from './db.ts';
import { type StorageResult, tryStorage } from './errors.ts';

/**
 * The verification desk's trust list, kept on this device only: one row per organisation, by
 * DID, and the list's name in the settings table. The viewer reads the same rows without
 * Dexie (ui/viewer/deskTrustList.ts).
 */
export const TRUST_LIST_NAME_KEY = 'trustListName';

const recordOf = (issuer: TrustedIssuer, addedAt: number): TrustRecord => ({
  did: issuer.did,
  name: issuer.name,
  ...(issuer.url !== undefined && { url: issuer.url }),
  addedAt,
});

/** Oldest first. Throws, for liveQuery, which reports errors itself. */
export async function readDeskTrust(): Promise<{ name: string | undefined; issuers: TrustRecord[] }> {
  return withDb((db) =>
    db.transaction('r', [db.trust, db.settings], async () => {
      const issuers = await db.trust.toArray();
      const name = (await db.settings.get(TRUST_LIST_NAME_KEY))?.value;
      return {
        name: typeof name === 'string' ? name : undefined,
        issuers: issuers.sort((a, b) => a.addedAt - b.addedAt),
      };
    }),
  );
}

/** Adds organisations (an entry for the same DID is replaced) and names the list if it has no name yet. */
export function trustIssuers(issuers: TrustedIssuer[], listName: string): Promise<StorageResult<number>> {
  return tryStorage(() =>
    withDb((db) =>
      db.transaction('rw', [db.trust, db.settings], async () => {
        const now = Date.now();
        await db.trust.bulkPut(issuers.map((issuer, index) => recordOf(issuer, now + index)));
        if (!(await db.settings.get(TRUST_LIST_NAME_KEY)))
          await db.settings.put({ key: TRUST_LIST_NAME_KEY, value: listName });
        return issuers.length;
      }),
    ),
  );
}

export function distrust(did: string): Promise<StorageResult<void>> {
  return tryStorage(async () => {
    await withDb((db) => db.trust.delete(did));
  });
}

/** The list as a trust list file holds it (FORMAT.md §8.5). */
export function asTrustList(name: string, issuers: TrustRecord[]): TrustList {
  return {
    name,
    issuers: issuers.map(({ did, name: issuerName, url }) => ({
      did,
      name: issuerName,
      ...(url !== undefined && { url }),
    })),
  };
}
