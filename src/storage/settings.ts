import { withDb } from './db.ts';
import { type StorageResult, tryStorage } from './errors.ts';

/** Keys of the settings table; each setting's reader checks its own value's shape. */
export type SettingKey = 'lastBackupAt' | 'backupReminderAt' | 'backupSecret' | 'trustListName';

export function getSetting(key: SettingKey): Promise<StorageResult<unknown>> {
  return tryStorage(async () => (await withDb((db) => db.settings.get(key)))?.value);
}

export function setSetting(key: SettingKey, value: unknown): Promise<StorageResult<void>> {
  return tryStorage(async () => {
    await withDb((db) => db.settings.put({ key, value }));
  });
}
