import { liveQuery } from 'dexie';
import { useEffect, useMemo, useState } from 'react';
import type { TrustList } from '../../core/endorsement/trust.ts';
import type { TrustRecord } from '../../storage/db.ts';
import { asTrustList, readDeskTrust } from '../../storage/trustStore.ts';
import { useTranslation } from '../i18n/useTranslation.ts';

export interface DeskTrust {
  /** Null while loading. */
  records: TrustRecord[] | null;
  /** The list's name as kept, or the default name in the reader's language. */
  name: string;
  /** As a trust list file holds it; undefined when no organisation is on it. */
  list: TrustList | undefined;
  problem: boolean;
}

/** The desk's trust list on this device, live: changes from another tab arrive here too. */
export function useDeskTrust(): DeskTrust {
  const { t } = useTranslation();
  const [state, setState] = useState<{ records: TrustRecord[] | null; name?: string; problem: boolean }>({
    records: null,
    problem: false,
  });
  useEffect(() => {
    const subscription = liveQuery(readDeskTrust).subscribe({
      next: ({ name, issuers }) =>
        setState({ records: issuers, ...(name !== undefined && { name }), problem: false }),
      error: () => setState({ records: [], problem: true }),
    });
    return () => subscription.unsubscribe();
  }, []);
  const name = state.name ?? t('desk.trust.defaultName');
  const list = useMemo(
    () => (state.records && state.records.length > 0 ? asTrustList(name, state.records) : undefined),
    [state.records, name],
  );
  return { records: state.records, name, list, problem: state.problem };
}
