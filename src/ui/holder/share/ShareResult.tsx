import { useState } from 'react';
import { Icon } from '../../components/Icon.tsx';
import { Tx } from '../../i18n/Bilingual.tsx';
import { formatDateTime } from '../../i18n/displayNames.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { MadeLink } from './makeShareLink.ts';
import { QrCode } from './QrCode.tsx';

export function ShareResult({ made, onAgain }: { made: MadeLink; onAgain: () => void }) {
  const { t, i18n } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const until = formatDateTime(made.expiresAt.getTime(), i18n.language);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(made.link);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };
  const canShare = typeof navigator.share === 'function';
  return (
    <div className="screen share-result">
      <h1>
        <Tx k="share.readyTitle" />
      </h1>
      <p className="banner banner-info">{t('share.readyBody', { date: until })}</p>
      <label htmlFor="share-link" className="field-label">
        {t('share.theLink')}
      </label>
      <textarea
        id="share-link"
        className="share-link"
        readOnly
        dir="ltr"
        value={made.link}
        rows={4}
        onFocus={(event) => event.target.select()}
      />
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => void copy()}>
          <Icon name="copy" />
          {t('share.copy')}
        </button>
        {canShare && (
          <button
            type="button"
            className="button"
            onClick={() => void navigator.share({ title: 'Kompetenspass', url: made.link }).catch(() => {})}
          >
            <Icon name="share" />
            {t('share.send')}
          </button>
        )}
      </div>
      <p role="status" aria-live="polite">
        {copied === 'yes' && t('share.copied')}
        {copied === 'no' && t('share.copyFailed')}
      </p>
      <section className="card" aria-labelledby="qr-heading">
        <h2 id="qr-heading">{t('share.qrTitle')}</h2>
        {made.leaveOutForQr === 0 ? (
          <QrCode text={made.link} />
        ) : (
          <p data-testid="qr-too-long">
            {made.leaveOutForQr === null
              ? t('share.qrTooLongTexts')
              : t('share.qrTooLong', { count: made.leaveOutForQr })}
          </p>
        )}
      </section>
      <div className="button-row">
        <button type="button" className="button" onClick={onAgain}>
          {t('share.again')}
        </button>
        <a className="button" href="#/shares">
          {t('share.seeHistory')}
        </a>
      </div>
    </div>
  );
}
