import { useEffect, useRef } from 'react';
import type { RefusedSnapshot } from '../../core/snapshot/verify.ts';
import { Icon } from '../components/Icon.tsx';
import { formatDateTime } from '../i18n/displayNames.ts';
import { useTranslation } from '../i18n/useTranslation.ts';

/** A refused link shows no profile data at all: only why, and what to do. */
export function InvalidSnapshot({ result }: { result: RefusedSnapshot }) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const expiredAt =
    result.status === 'expired' && result.expiresAt
      ? formatDateTime(result.expiresAt.getTime(), i18n.language)
      : null;
  return (
    <section className="card invalid" role="alert" data-testid="invalid" data-reason={result.reason}>
      <h1 ref={heading} tabIndex={-1}>
        <Icon name="alert" />
        {t(`viewer.status.${result.status}`)}
      </h1>
      <p>{expiredAt ? t('viewer.expiredOn', { date: expiredAt }) : t(`verify.reasons.${result.reason}`)}</p>
      <p>
        <strong>{t('viewer.whatToDo')}</strong> {t(`viewer.advice.${result.status}`)}
      </p>
      <p className="hint">
        {t('viewer.reasonCode')}: <code>{result.reason}</code>
      </p>
    </section>
  );
}
