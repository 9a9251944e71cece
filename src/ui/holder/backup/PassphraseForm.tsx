import { useId, useState } from 'react';
import { checkPassphrase, PASSPHRASE_MIN_LENGTH } from '../../../core/backup/passphrase.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

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
      <PasswordField
        id={`${id}-1`}
        label="backup.passphrase"
        testId="backup-passphrase"
        value={first}
        onChange={setFirst}
      />
      <PasswordField
        id={`${id}-2`}
        label="backup.passphraseAgain"
        testId="backup-passphrase-again"
        value={second}
        onChange={setSecond}
      />
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

function PasswordField(props: {
  id: string;
  label: string;
  testId: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={props.id}>{t(props.label)}</label>
      <input
        id={props.id}
        type="password"
        autoComplete="new-password"
        data-testid={props.testId}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}
