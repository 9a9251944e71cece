import { withDb } from './db.ts';

export async function getSetting<T>(key: string, fallback: T): Promise<T> {
  const row = await withDb((db) => db.settings.get(key));
  return row === undefined ? fallback : (row.value as T);
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await withDb((db) => db.settings.put({ key, value }));
}
