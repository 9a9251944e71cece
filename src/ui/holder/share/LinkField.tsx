import { useState } from 'react';
import { Icon } from '../../components/Icon.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';

interface LinkFieldProps {
  /** The id of the text area, for its label. */
  id: string;
  /** The translated label. */
  label: string;
  link: string;
  testId: string;
}

/**
 * A link to hand on: shown in full (it can be read out or checked), with copy and, where the
 * phone can, its own share sheet. Used for share links, requests, replies and organisation
 * entries alike.
 */
export function LinkField({ id, label, link, testId }: LinkFieldProps) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };
  const canShare = typeof navigator.share === 'function';
  return (
    <>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <textarea
        id={id}
        className="share-link"
        readOnly
        dir="ltr"
        value={link}
        rows={4}
        data-testid={testId}
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
            onClick={() => void navigator.share({ title: 'Kompetenspass', url: link }).catch(() => {})}
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
    </>
  );
}
