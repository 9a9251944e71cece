import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import { type BackupStatus, readBackupStatus } from '../../storage/backupStatus.ts';
import { formatDateTime } from '../i18n/displayNames.ts';
import { useTranslation } from '../i18n/useTranslation.ts';

/** The backup status, live: it changes when a backup is made or the profile is edited. */
export function useBackupStatus(): BackupStatus | null {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  useEffect(() => {
    const subscription = liveQuery(readBackupStatus).subscribe({
      next: (result) => setStatus(result.ok ? result.value : null),
      error: () => setStatus(null),
    });
    return () => subscription.unsubscribe();
  }, []);
  return status;
}

/** "Last backup: …", with a way to make one; shown on the profile and the settings screens. */
export function LastBackup({ withLink = false }: { withLink?: boolean }) {
  const { t, i18n } = useTranslation();
  const status = useBackupStatus();
  if (!status) return null;
  return (
    <p className="last-backup" data-testid="last-backup">
      {status.lastBackupAt === null
        ? t('backup.never')
        : t('backup.last', { date: formatDateTime(status.lastBackupAt, i18n.language) })}
      {status.lastBackupAt !== null && status.changedSince && <> {t('backup.changedSince')}</>}
      {withLink && (
        <>
          {' '}
          <a href="#/backup" data-testid="last-backup-link">
            {t('backup.openScreen')}
          </a>
        </>
      )}
    </p>
  );
}
