import { Tx } from '../../i18n/Bilingual.tsx';
import { formatDateTime } from '../../i18n/displayNames.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { LinkField } from './LinkField.tsx';
import type { MadeLink } from './makeShareLink.ts';
import { QrCode } from './QrCode.tsx';

export function ShareResult({ made, onAgain }: { made: MadeLink; onAgain: () => void }) {
  const { t, i18n } = useTranslation();
  const until = formatDateTime(made.expiresAt.getTime(), i18n.language);
  return (
    <div className="screen share-result">
      <h1>
        <Tx k="share.readyTitle" />
      </h1>
      <p className="banner banner-info">{t('share.readyBody', { date: until })}</p>
      <LinkField id="share-link" label={t('share.theLink')} link={made.link} testId="share-link" />
      <section className="card" aria-labelledby="qr-heading">
        <h2 id="qr-heading">{t('share.qrTitle')}</h2>
        {made.leaveOutForQr === 0 ? (
          <QrCode text={made.link} testId="share-qr" />
        ) : (
          <p data-testid="qr-too-long">
            {made.fitsWithoutEndorsements
              ? t('request.share.qrWithoutConfirmations')
              : made.leaveOutForQr === null
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
