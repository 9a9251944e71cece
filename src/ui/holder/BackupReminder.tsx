import { useEffect, useState } from 'react';
import { isReminderDue, recordReminderShown } from '../../storage/backupStatus.ts';
import { Icon } from '../components/Icon.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import { useBackupStatus } from './LastBackup.tsx';

/**
 * A gentle reminder to back up after changes: only on the profile overview (never on a screen
 * where the person is editing), at most once a week, and gone for the week once seen.
 */
export function BackupReminder() {
  const { t } = useTranslation();
  const status = useBackupStatus();
  const [dismissed, setDismissed] = useState(false);
  // Decided once per visit of the overview, so that it does not blink away once recorded.
  const [due, setDue] = useState<boolean | null>(null);
  useEffect(() => {
    if (!status || due !== null) return;
    const now = Date.now();
    const remind = isReminderDue(status, now);
    setDue(remind);
    if (remind) void recordReminderShown(now);
  }, [status, due]);
  if (!due || dismissed) return null;
  return (
    <aside
      className="card backup-reminder"
      aria-labelledby="backup-reminder-heading"
      data-testid="backup-reminder"
    >
      <h2 id="backup-reminder-heading">
        <Icon name="shield" /> {t('backup.reminderTitle')}
      </h2>
      <p>{t('backup.reminderBody')}</p>
      <div className="button-row">
        <a className="button button-primary" href="#/backup" data-testid="backup-reminder-go">
          {t('backup.makeNow')}
        </a>
        <button
          type="button"
          className="button"
          data-testid="backup-reminder-later"
          onClick={() => setDismissed(true)}
        >
          {t('backup.later')}
        </button>
      </div>
    </aside>
  );
}
