import { useMemo } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { makeQr } from './qr.ts';

interface QrCodeProps {
  text: string;
  /** Names the drawing for tests. */
  testId?: string;
  /** Instead of the share screen's caption. */
  caption?: string;
  /** Said instead of a code when the text is too long for one phones can scan from a screen. */
  tooLong?: string;
}

export function QrCode({ text, testId, caption, tooLong }: QrCodeProps) {
  const { t } = useTranslation();
  const qr = useMemo(() => makeQr(text), [text]);
  if (!qr) return tooLong ? <p data-testid={testId && `${testId}-too-long`}>{tooLong}</p> : null;
  return (
    <figure className="qr">
      <svg
        viewBox={`0 0 ${qr.size} ${qr.size}`}
        role="img"
        aria-label={t('share.qrLabel')}
        shapeRendering="crispEdges"
        data-qr-version={qr.version}
        data-testid={testId}
      >
        <rect width={qr.size} height={qr.size} fill="#fff" />
        <path d={qr.path} fill="#000" />
      </svg>
      <figcaption className="hint">{caption ?? t('share.qrCaption')}</figcaption>
    </figure>
  );
}
