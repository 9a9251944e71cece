import { lazy, Suspense } from 'react';
import { verificationJsonText } from '../../core/snapshot/json.ts';
import type { SnapshotVerification } from '../../core/snapshot/verify.ts';
import { AuthorText } from '../components/AuthorText.tsx';
import { Icon } from '../components/Icon.tsx';
import { download } from '../holder/backup/files.ts';
import { formatDateTime } from '../i18n/displayNames.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { DeskTrust } from './useDeskTrust.ts';

// The viewer's own chunk (see startViewer.tsx): the desk shows what the viewer shows.
const viewer = () => import('../viewer/startViewer.tsx');
const VerifiedSnapshot = lazy(() => viewer().then((m) => ({ default: m.VerifiedSnapshot })));
const InvalidSnapshot = lazy(() => viewer().then((m) => ({ default: m.InvalidSnapshot })));

export interface DeskVerdict {
  result: SnapshotVerification;
  checkedAt: Date;
}

/** The file a case worker saves: exactly `kompetenspass verify --json` (FORMAT.md §9.2). */
function saveJson({ result, checkedAt }: DeskVerdict) {
  const stamp = checkedAt.toISOString().slice(0, 19).replace(/[:T]/g, '-');
  download({
    text: `${verificationJsonText(result)}\n`,
    name: `kompetenspass-verification-${stamp}.json`,
    type: 'application/json',
  });
}

/**
 * The full report of one verification at the desk: the facts a case system records (status,
 * reasons, holder DID, fingerprint, jti, dates, the time of checking, the trust list), then what
 * the viewer shows, worded by the desk's own trust list. Printed on A4 or saved as JSON; nothing
 * of it is kept unless the case worker saves it.
 */
export function DeskReport({
  verdict,
  trust,
  onClear,
}: {
  verdict: DeskVerdict;
  trust: DeskTrust;
  onClear: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { result, checkedAt } = verdict;
  const at = (date: Date | undefined) => (date ? formatDateTime(date.getTime(), i18n.language) : '–');
  return (
    <section
      className="desk-report"
      aria-labelledby="desk-report-heading"
      data-testid="desk-report"
      data-status={result.status}
    >
      <h2 id="desk-report-heading">{t('desk.report.title')}</h2>
      <dl className="verification-facts desk-facts">
        <dt>{t('desk.report.status')}</dt>
        <dd data-testid="desk-status">
          {result.ok ? t('desk.report.valid') : t(`viewer.status.${result.status}`)}
          {!result.ok && (
            <>
              {' '}
              (<code>{result.reason}</code>)
            </>
          )}
        </dd>
        <dt>{t('desk.report.checkedAt')}</dt>
        <dd data-testid="desk-checked-at">{at(checkedAt)}</dd>
        {result.fingerprint !== undefined && (
          <>
            <dt>{t('viewer.card.key')}</dt>
            <dd>
              <span className="fingerprint-inline" dir="ltr">
                {result.fingerprint}
              </span>
            </dd>
          </>
        )}
        {result.holder !== undefined && (
          <>
            <dt>{t('desk.report.holder')}</dt>
            <dd className="desk-did" dir="ltr">
              {result.holder}
            </dd>
          </>
        )}
        {result.jti !== undefined && (
          <>
            <dt>{t('desk.report.jti')}</dt>
            <dd dir="ltr">
              <code data-testid="desk-jti">{result.jti}</code>
            </dd>
          </>
        )}
        <dt>{t('viewer.card.signed')}</dt>
        <dd>{at(result.issuedAt)}</dd>
        <dt>{t('viewer.card.validUntil')}</dt>
        <dd>{at(result.expiresAt)}</dd>
        <dt>{t('viewer.card.trustList')}</dt>
        <dd data-testid="desk-trust-list">
          {trust.list ? (
            <>
              <AuthorText text={trust.list.name} /> (
              {t('desk.report.organisations', { number: trust.list.issuers.length })})
            </>
          ) : (
            t('desk.report.noList')
          )}
        </dd>
      </dl>
      <div className="button-row no-print">
        <button type="button" className="button" data-testid="desk-print" onClick={() => window.print()}>
          <Icon name="printer" />
          {t('desk.report.print')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="desk-save-json"
          onClick={() => saveJson(verdict)}
        >
          <Icon name="copy" />
          {t('desk.report.saveJson')}
        </button>
        <button type="button" className="button" data-testid="desk-clear" onClick={onClear}>
          <Icon name="close" />
          {t('desk.report.clear')}
        </button>
      </div>
      <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
        {result.ok ? (
          <VerifiedSnapshot result={result} checkedAt={checkedAt} trust={trust.list} />
        ) : (
          <InvalidSnapshot result={result} />
        )}
      </Suspense>
    </section>
  );
}
