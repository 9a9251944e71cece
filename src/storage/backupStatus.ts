import { withDb } from './db.ts';
import { type StorageResult, tryStorage } from './errors.ts';

export const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export interface BackupStatus {
  /** When the last backup on this device was made (or the backup restored here was made). */
  lastBackupAt: number | null;
  /** Something worth keeping changed after the last backup: the profile, a share, an endorsement. */
  changedSince: boolean;
  /** A profile with at least a name or an entry: something to lose. */
  hasData: boolean;
  /** When the person was last reminded to back up. */
  reminderAt: number | null;
}

const timeOf = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

export function readBackupStatus(): Promise<StorageResult<BackupStatus>> {
  return tryStorage(() =>
    withDb((db) =>
      db.transaction('r', [db.profile, db.shares, db.endorsements, db.settings], async () => {
        const record = await db.profile.get('current');
        const lastBackupAt = timeOf((await db.settings.get('lastBackupAt'))?.value);
        const reminderAt = timeOf((await db.settings.get('backupReminderAt'))?.value);
        const profile = record?.profile;
        const hasData = Boolean(
          profile &&
            (profile.person?.givenName ||
              profile.person?.familyName ||
              ['languages', 'education', 'work', 'skills', 'licences'].some(
                (section) => (profile[section as 'work']?.length ?? 0) > 0,
              )),
        );
        const since = lastBackupAt ?? -1;
        const changedSince =
          hasData &&
          ((record?.updatedAt ?? 0) > since ||
            (await db.shares.where('createdAt').above(since).count()) > 0 ||
            (await db.endorsements.filter((row) => row.receivedAt > since).count()) > 0);
        return { lastBackupAt, changedSince, hasData, reminderAt };
      }),
    ),
  );
}

/**
 * Whether to remind the person now: there is something new to lose, and they have not been
 * reminded in the past week. Where the reminder is shown (never on an editing screen) is the
 * UI's part.
 */
export function isReminderDue(status: BackupStatus, now: number): boolean {
  if (!status.hasData || !status.changedSince) return false;
  return status.reminderAt === null || now - status.reminderAt >= WEEK_MS;
}

export function recordBackupMade(at: number): Promise<StorageResult<void>> {
  return tryStorage(async () => {
    await withDb((db) => db.settings.put({ key: 'lastBackupAt', value: at }));
  });
}

export function recordReminderShown(at: number): Promise<StorageResult<void>> {
  return tryStorage(async () => {
    await withDb((db) => db.settings.put({ key: 'backupReminderAt', value: at }));
  });
}

/**
 * The backup code is kept on the device once the person has shown that they wrote it down, so
 * that later backups use the same code (one code on paper, not one per backup). A thief with
 * the phone has the data itself anyway; the file on its own still needs the code.
 */
export function readSavedBackupCode(): Promise<StorageResult<string | null>> {
  return tryStorage(async () => {
    const value = (await withDb((db) => db.settings.get('backupSecret')))?.value as
      | { kind?: unknown; code?: unknown }
      | undefined;
    return value?.kind === 'code' && typeof value.code === 'string' && /^\d{30}$/.test(value.code)
      ? value.code
      : null;
  });
}

export function saveBackupCode(code: string): Promise<StorageResult<void>> {
  return tryStorage(async () => {
    await withDb((db) => db.settings.put({ key: 'backupSecret', value: { kind: 'code', code } }));
  });
}
