import { useTranslation } from '../../i18n/useTranslation.ts';

/** How far the key derivation has come; announced politely, every tenth. */
export function Progress({ fraction, label }: { fraction: number; label: string }) {
  const { t } = useTranslation();
  const percent = Math.round(fraction * 100);
  return (
    <div className="kdf-progress" data-testid="kdf-progress">
      <label>
        {t(label)}
        <progress max={100} value={percent} />
      </label>
      <p className="hint" aria-live="polite">
        {t('backup.progress', { percent: Math.floor(percent / 10) * 10 })}
      </p>
    </div>
  );
}
