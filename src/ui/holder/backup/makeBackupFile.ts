import { createBackup } from '../../../core/backup/backup.ts';
import { makeContents } from '../../../core/backup/contents.ts';
import type { BackupSecret } from '../../../core/backup/secret.ts';
import { CURRENT_SCHEMA, readAllTables } from '../../../storage/backupStore.ts';
import { deriveInWorker } from './deriveInWorker.ts';
import { datedName, type SavedFile } from './files.ts';

export type MakeBackupResult = { ok: true; value: SavedFile } | { ok: false; reason: string };

/** Everything on the device, encrypted under `secret` into the text of a backup file. */
export async function makeBackupFile(
  secret: BackupSecret,
  onProgress: (fraction: number) => void,
): Promise<MakeBackupResult> {
  const tables = await readAllTables();
  if (!tables.ok) return { ok: false, reason: `storage.errors.${tables.reason}` };
  const made = await createBackup(makeContents(tables.value, CURRENT_SCHEMA), secret, {
    derive: deriveInWorker,
    onProgress,
  });
  if (!made.ok) return { ok: false, reason: `backup.errors.${made.reason}` };
  return {
    ok: true,
    value: { text: made.value, name: datedName('kompetenspass-backup', 'txt'), type: 'text/plain' },
  };
}
