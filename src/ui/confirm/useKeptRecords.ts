import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { EndorsementRecord } from '../../storage/db.ts';
import { listEndorsements } from '../../storage/endorsementStore.ts';

/**
 * The endorsements kept on this device, live, as stored (not verified: the screens that show or
 * share them verify each again, in their own lazily loaded code). Empty while loading or when
 * the table cannot be read.
 */
export function useKeptRecords(): EndorsementRecord[] {
  const [records, setRecords] = useState<EndorsementRecord[]>([]);
  useEffect(() => {
    const subscription = liveQuery(listEndorsements).subscribe({
      next: setRecords,
      error: () => setRecords([]),
    });
    return () => subscription.unsubscribe();
  }, []);
  return records;
}
