import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';

interface RefusalProps {
  testId: string;
  /** The reason code, shown as it is for support and tests. */
  reason: string;
  /** Translated: what was refused, why, and what happens now. */
  title: string;
  why: string;
  advice: string;
  children?: ReactNode;
}

/** A refused request, reply or entry: what, why (translated), what now, and the reason code. */
export function Refusal({ testId, reason, title, why, advice, children }: RefusalProps) {
  const { t } = useTranslation();
  return (
    <div
      className="banner banner-error receive-result"
      role="alert"
      data-testid={testId}
      data-reason={reason}
    >
      <p>
        <strong>{title}</strong> {why}
      </p>
      <p>{advice}</p>
      <p className="hint">
        {t('viewer.reasonCode')}: <code>{reason}</code>
      </p>
      {children}
    </div>
  );
}
