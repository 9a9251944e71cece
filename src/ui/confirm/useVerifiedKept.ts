import { useEffect, useState } from 'react';
import type { Profile } from '../../core/profile/types.ts';
import { getHolderKey } from '../../storage/keyStore.ts';
import { useKeptRecords } from './useKeptRecords.ts';
import { type KeptEndorsement, verifyKept } from './verifyKept.ts';

/** The kept endorsements, verified again whenever they or the profile change; null while checking. */
export function useVerifiedKept(profile: Profile): KeptEndorsement[] | null {
  const records = useKeptRecords();
  const [kept, setKept] = useState<KeptEndorsement[] | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const key = await getHolderKey();
      // Without a holder key nothing can be about this holder: every record is checked against none.
      const holder = key.ok && key.value ? key.value.did : '';
      const verified = await verifyKept(records, holder, profile);
      if (live) setKept(verified);
    })();
    return () => {
      live = false;
    };
  }, [records, profile]);
  return kept;
}
