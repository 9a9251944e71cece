import { type EndorsementRecord, withDb } from './db.ts';
import { type StorageResult, tryStorage } from './errors.ts';

/**
 * Endorsements the holder received, kept beside their entries. A record's token is verified
 * again whenever it is shown or shared; this module only keeps what the receive check accepted.
 */
export function keepEndorsement(record: EndorsementRecord): Promise<StorageResult<'kept' | 'already_kept'>> {
  return tryStorage(() =>
    withDb((db) =>
      db.transaction('rw', db.endorsements, async () => {
        if (await db.endorsements.get(record.jti)) return 'already_kept' as const;
        await db.endorsements.add(record);
        return 'kept' as const;
      }),
    ),
  );
}

/** Every kept endorsement, oldest first. Throws, for liveQuery, which reports errors itself. */
export function listEndorsements(): Promise<EndorsementRecord[]> {
  return withDb((db) => db.endorsements.toArray()).then((rows) =>
    rows.sort((a, b) => a.receivedAt - b.receivedAt),
  );
}

export function forgetEndorsement(jti: string): Promise<StorageResult<void>> {
  return tryStorage(async () => {
    await withDb((db) => db.endorsements.delete(jti));
  });
}
