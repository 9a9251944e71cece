import { useMemo } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { makeQr } from './qr.ts';

export function QrCode({ text }: { text: string }) {
  const { t } = useTranslation();
  const qr = useMemo(() => makeQr(text), [text]);
  if (!qr) return null;
  return (
    <figure className="qr">
      <svg
        viewBox={`0 0 ${qr.size} ${qr.size}`}
        role="img"
        aria-label={t('share.qrLabel')}
        shapeRendering="crispEdges"
        data-qr-version={qr.version}
      >
        <rect width={qr.size} height={qr.size} fill="#fff" />
        <path d={qr.path} fill="#000" />
      </svg>
      <figcaption className="hint">{t('share.qrCaption')}</figcaption>
    </figure>
  );
}
