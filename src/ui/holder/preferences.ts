import { useCallback, useState } from 'react';

/** UI preferences live in localStorage: they are needed before the database opens. */
export const LANGUAGE_KEY = 'kp.lang';
export const BILINGUAL_KEY = 'kp.bilingual';

export function useStoredFlag(key: string): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => localStorage.getItem(key) === '1');
  const set = useCallback(
    (next: boolean) => {
      localStorage.setItem(key, next ? '1' : '0');
      setValue(next);
    },
    [key],
  );
  return [value, set];
}
