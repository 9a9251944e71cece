import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPassphrase, PASSPHRASE_MIN_LENGTH } from '../../../core/backup/passphrase.ts';

/** The person's own passphrase, typed twice; a weak one is refused with the reason. */
export function PassphraseForm({
  onPassphrase,
  onCancel,
}: {
  onPassphrase: (passphrase: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        const checked = checkPassphrase(first);
        if (!checked.ok) return setProblem(`backup.errors.${checked.reason}`);
        if (second.normalize('NFC') !== checked.value) return setProblem('backup.passphraseMismatch');
        setProblem(null);
        onPassphrase(checked.value);
      }}
    >
      <p>{t('backup.passphraseIntro', { min: PASSPHRASE_MIN_LENGTH })}</p>
      <div className="field">
        <label htmlFor={`${id}-1`}>{t('backup.passphrase')}</label>
        <input
          id={`${id}-1`}
          type="password"
          autoComplete="new-password"
          data-testid="backup-passphrase"
          value={first}
          onChange={(event) => setFirst(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-2`}>{t('backup.passphraseAgain')}</label>
        <input
          id={`${id}-2`}
          type="password"
          autoComplete="new-password"
          data-testid="backup-passphrase-again"
          value={second}
          onChange={(event) => setSecond(event.target.value)}
        />
      </div>
      {problem && (
        <p className="field-error" role="alert" data-testid="backup-passphrase-problem">
          {t(problem, { min: PASSPHRASE_MIN_LENGTH })}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button-primary" data-testid="backup-passphrase-make">
          {t('backup.makeWithPassphrase')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('backup.cancel')}
        </button>
      </div>
    </form>
  );
}
