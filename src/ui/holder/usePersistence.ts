import { useCallback, useEffect, useState } from 'react';
import { LOCAL_KEYS, readLocal, writeLocal } from '../../storage/localStore.ts';

export type PersistenceState = 'checking' | 'persisted' | 'not-persisted' | 'unsupported';

/**
 * Whether the browser promises to keep our storage. Browsers may delete the data of a site not
 * used for a while (Safari after 7 days) unless it is persistent, so we ask once there is
 * something to lose, and show the answer.
 */
export function usePersistence(hasData: boolean): { state: PersistenceState; request: () => Promise<void> } {
  const [state, setState] = useState<PersistenceState>('checking');
  const request = useCallback(async () => {
    if (!navigator.storage?.persist) return setState('unsupported');
    writeLocal(LOCAL_KEYS.persistAsked, '1');
    setState((await navigator.storage.persist()) ? 'persisted' : 'not-persisted');
  }, []);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      if (!navigator.storage?.persisted) return setState('unsupported');
      const persisted = await navigator.storage.persisted();
      if (cancelled) return;
      if (!persisted && hasData && !readLocal(LOCAL_KEYS.persistAsked)) return request();
      setState(persisted ? 'persisted' : 'not-persisted');
    })().catch(() => setState('unsupported'));
    return () => {
      cancelled = true;
    };
  }, [hasData, request]);
  return { state, request };
}
