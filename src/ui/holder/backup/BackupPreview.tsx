import type { BackupContents } from '../../../core/backup/contents.ts';
import { summariseTables } from '../../../core/backup/summary.ts';
import { formatDateTime } from '../../i18n/displayNames.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

/** What a backup holds, before anything is restored: name, entries, fingerprint, date. */
export function BackupPreview({ contents }: { contents: BackupContents }) {
  const { t, i18n } = useTranslation();
  const summary = summariseTables(contents.tables);
  return (
    <dl className="cv-facts backup-preview">
      <dt>{t('restore.madeOn')}</dt>
      <dd data-testid="restore-preview-date">
        {formatDateTime(Date.parse(contents.createdAt), i18n.language)}
      </dd>
      <dt>{t('restore.name')}</dt>
      <dd dir="auto" data-testid="restore-preview-name">
        {summary.name || t('cv.noName')}
      </dd>
      <dt>{t('restore.entries')}</dt>
      <dd data-testid="restore-preview-entries">
        {t('restore.entryCount', { count: summary.totalEntries })}
      </dd>
      {summary.fingerprint && (
        <>
          <dt>{t('fingerprint.title')}</dt>
          <dd className="fingerprint-inline" dir="ltr" data-testid="restore-preview-fingerprint">
            {summary.fingerprint}
          </dd>
        </>
      )}
      <dt>{t('restore.shares')}</dt>
      <dd>{t('restore.shareCount', { count: summary.shares })}</dd>
      {summary.endorsements > 0 && (
        <>
          <dt>{t('restore.endorsements')}</dt>
          <dd>{t('restore.endorsementCount', { count: summary.endorsements })}</dd>
        </>
      )}
      {summary.organisation && (
        <>
          <dt>{t('restore.organisation')}</dt>
          <dd dir="auto">{summary.organisation}</dd>
        </>
      )}
    </dl>
  );
}
