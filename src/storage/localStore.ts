/**
 * The one place that touches localStorage. It holds small UI preferences that are needed before
 * the database opens. Browsers may refuse localStorage (blocked cookies, some private modes):
 * then `window.localStorage` itself throws, and every call here falls back to memory for the
 * session instead of breaking the app.
 */
export const LOCAL_KEYS = {
  language: 'kp.lang',
  bilingual: 'kp.bilingual',
  persistAsked: 'kp.persistAsked',
} as const;
export type LocalKey = (typeof LOCAL_KEYS)[keyof typeof LOCAL_KEYS];

const memory = new Map<LocalKey, string>();

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function readLocal(key: LocalKey): string | null {
  if (memory.has(key)) return memory.get(key)!;
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** False when the browser would not keep it; the value still holds for this session. */
export function writeLocal(key: LocalKey, value: string): boolean {
  memory.set(key, value);
  try {
    const local = storage();
    local?.setItem(key, value);
    return local !== undefined;
  } catch {
    return false;
  }
}

/** Erasing everything removes our keys, and only ours: the origin may host other apps. */
export function clearLocal(): void {
  memory.clear();
  for (const key of Object.values(LOCAL_KEYS)) {
    try {
      storage()?.removeItem(key);
    } catch {
      // Nothing to remove where nothing could be stored.
    }
  }
}
