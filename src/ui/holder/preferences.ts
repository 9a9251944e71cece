import { useCallback, useState } from 'react';
import { type LocalKey, readLocal, writeLocal } from '../../storage/localStore.ts';

/** A yes/no preference kept in the browser (storage/localStore.ts): needed before the database opens. */
export function useStoredFlag(key: LocalKey): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => readLocal(key) === '1');
  const set = useCallback(
    (next: boolean) => {
      writeLocal(key, next ? '1' : '0');
      setValue(next);
    },
    [key],
  );
  return [value, set];
}
