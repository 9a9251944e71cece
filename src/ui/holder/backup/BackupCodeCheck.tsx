import { useId, useState } from 'react';
import { groupsOf, typedDigits } from '../../../core/backup/code.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

/** Two different groups of the six, picked at random: enough to show the code was kept. */
function pickGroups(): [number, number] {
  const [a, b] = crypto.getRandomValues(new Uint8Array(2));
  const first = a! % 6;
  return [first, (first + 1 + (b! % 5)) % 6].sort((x, y) => x - y) as [number, number];
}

export function BackupCodeCheck({
  code,
  onChecked,
  onShowAgain,
}: {
  code: string;
  onChecked: () => void | Promise<void>;
  onShowAgain: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [asked] = useState(pickGroups);
  const [typed, setTyped] = useState(['', '']);
  const [wrong, setWrong] = useState(false);
  const groups = groupsOf(code);
  return (
    <form
      className="form backup-check"
      onSubmit={(event) => {
        event.preventDefault();
        const right = asked.every((group, i) => typedDigits(typed[i]!) === groups[group]);
        setWrong(!right);
        if (right) void onChecked();
      }}
    >
      <p>{t('backup.checkIntro')}</p>
      {asked.map((group, i) => (
        <div className="field" key={group}>
          <label htmlFor={`${id}-${group}`}>{t('backup.checkGroup', { number: group + 1 })}</label>
          <input
            id={`${id}-${group}`}
            data-testid={`backup-check-group-${group + 1}`}
            inputMode="numeric"
            autoComplete="off"
            dir="ltr"
            maxLength={12}
            value={typed[i]}
            onChange={(event) => setTyped(typed.map((v, j) => (j === i ? event.target.value : v)))}
          />
        </div>
      ))}
      {wrong && (
        <p className="field-error" role="alert" data-testid="backup-check-wrong">
          {t('backup.checkWrong')}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button-primary" data-testid="backup-check">
          {t('backup.checkButton')}
        </button>
        <button type="button" className="button" onClick={onShowAgain}>
          {t('backup.showAgain')}
        </button>
      </div>
    </form>
  );
}
