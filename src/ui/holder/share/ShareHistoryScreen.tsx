import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { ShareRecord } from '../../../storage/db.ts';
import { forgetShare, listShares } from '../../../storage/shareHistory.ts';
import { Tx } from '../../i18n/Bilingual.tsx';
import { formatDateTime, formatList } from '../../i18n/displayNames.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

/** What went to whom and until when; the person's own record, kept only on the phone. */
export default function ShareHistoryScreen() {
  const { t, i18n } = useTranslation();
  const [shares, setShares] = useState<ShareRecord[] | null>(null);
  useEffect(() => {
    const subscription = liveQuery(listShares).subscribe({ next: setShares, error: () => setShares([]) });
    return () => subscription.unsubscribe();
  }, []);
  const now = Date.now();
  return (
    <div className="screen">
      <h1>
        <Tx k="history.title" />
      </h1>
      <p className="intro">{t('history.intro')}</p>
      {shares === null && <p className="loading">{t('common.loading')}</p>}
      {shares?.length === 0 && (
        <div className="empty-state">
          <p>{t('history.empty')}</p>
          <a className="button" href="#/share">
            {t('overview.shareCta')}
          </a>
        </div>
      )}
      <ul className="entry-list">
        {shares?.map((share) => {
          const active = share.expiresAt > now;
          return (
            <li key={share.jti} className="card share-record">
              <h2 dir="auto">{share.recipient || t('history.noRecipient')}</h2>
              <p>{t('history.created', { date: formatDateTime(share.createdAt, i18n.language) })}</p>
              <p className={active ? 'status-ok' : 'status-ended'}>
                {active
                  ? t('history.worksUntil', { date: formatDateTime(share.expiresAt, i18n.language) })
                  : t('history.stopped', { date: formatDateTime(share.expiresAt, i18n.language) })}
              </p>
              <p className="hint">
                {formatList(
                  [
                    ...(share.summary.personFields.length ? [t('sections.person')] : []),
                    ...share.summary.sections.map((section) => t(`sections.${section}`)),
                  ],
                  i18n.language,
                )}
              </p>
              <div className="button-row">
                {active && (
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => void navigator.clipboard?.writeText(share.link).catch(() => {})}
                  >
                    {t('history.copyAgain')}
                  </button>
                )}
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => void forgetShare(share.jti)}
                >
                  {t('history.forget')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <p className="hint">{t('history.noRevoke')}</p>
    </div>
  );
}
