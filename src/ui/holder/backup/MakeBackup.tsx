import { useEffect, useState } from 'react';
import { formatBackupCode, generateBackupCode, groupsOf } from '../../../core/backup/code.ts';
import { readSavedBackupCode, recordBackupMade, saveBackupCode } from '../../../storage/backupStatus.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Icon } from '../../components/Icon.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { BackupCodeCheck } from './BackupCodeCheck.tsx';
import { canShareFile, objectUrl, type SavedFile, shareFile } from './files.ts';
import { makeBackupFile } from './makeBackupFile.ts';
import { PassphraseForm } from './PassphraseForm.tsx';
import { Progress } from './Progress.tsx';

type Step =
  | { name: 'loading' }
  | { name: 'choose' }
  | { name: 'ready'; code: string; reveal: boolean }
  | { name: 'show-code'; code: string }
  | { name: 'check-code'; code: string }
  | { name: 'passphrase' }
  | { name: 'working'; fraction: number }
  | { name: 'done'; file: SavedFile; url: string };

/**
 * Makes the encrypted backup file. The first time, the app makes a backup code and the person
 * shows that they kept it (two of its groups) before the backup counts as done; later backups
 * use the same code. A passphrase of their own is the other way.
 */
export function MakeBackup() {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ name: 'loading' });
  const [error, setError] = useState<string | null>(null);
  const [shared, setShared] = useState(false);

  useEffect(() => {
    void readSavedBackupCode().then((saved) => {
      setStep(
        saved.ok && saved.value ? { name: 'ready', code: saved.value, reveal: false } : { name: 'choose' },
      );
    });
  }, []);
  useEffect(() => () => (step.name === 'done' ? URL.revokeObjectURL(step.url) : undefined), [step]);

  const make = async (secret: Parameters<typeof makeBackupFile>[0]) => {
    setError(null);
    setStep({ name: 'working', fraction: 0 });
    const made = await makeBackupFile(secret, (fraction) => setStep({ name: 'working', fraction }));
    if (!made.ok) {
      setError(made.reason);
      setStep({ name: 'choose' });
      return;
    }
    setStep({ name: 'done', file: made.value, url: objectUrl(made.value) });
  };
  const kept = () => void recordBackupMade(Date.now());

  return (
    <section className="card" aria-labelledby="backup-heading" data-testid="backup-card">
      <h2 id="backup-heading">
        <Icon name="shield" /> {t('backup.makeTitle')}
      </h2>
      <p>{t('backup.why')}</p>
      <ErrorBanner message={error} testId="backup-error" />

      {step.name === 'choose' && (
        <div className="button-column">
          <button
            type="button"
            className="button button-primary"
            data-testid="backup-use-code"
            onClick={() => setStep({ name: 'show-code', code: generateBackupCode() })}
          >
            {t('backup.useCode')}
          </button>
          <p className="hint">{t('backup.useCodeHint')}</p>
          <button
            type="button"
            className="button"
            data-testid="backup-use-passphrase"
            onClick={() => setStep({ name: 'passphrase' })}
          >
            {t('backup.usePassphrase')}
          </button>
        </div>
      )}

      {step.name === 'show-code' && (
        <div className="backup-code-step">
          <p>{t('backup.writeDown')}</p>
          <p className="visually-hidden">{t('backup.codeLabel')}</p>
          <p className="backup-code" dir="ltr" data-testid="backup-code">
            {groupsOf(step.code).map((group, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the groups are fixed and in order
              <span key={i}>{group}</span>
            ))}
          </p>
          <p className="hint">{t('backup.codeSafety')}</p>
          <button
            type="button"
            className="button button-primary"
            data-testid="backup-code-written"
            onClick={() => setStep({ name: 'check-code', code: step.code })}
          >
            {t('backup.wroteItDown')}
          </button>
        </div>
      )}

      {step.name === 'check-code' && (
        <BackupCodeCheck
          code={step.code}
          onShowAgain={() => setStep({ name: 'show-code', code: step.code })}
          onChecked={async () => {
            const saved = await saveBackupCode(step.code);
            if (!saved.ok) return setError(`storage.errors.${saved.reason}`);
            await make({ kind: 'code', code: step.code });
          }}
        />
      )}

      {step.name === 'passphrase' && (
        <PassphraseForm
          onCancel={() => setStep({ name: 'choose' })}
          onPassphrase={(passphrase) => void make({ kind: 'passphrase', passphrase })}
        />
      )}

      {step.name === 'ready' && (
        <div className="button-column">
          <button
            type="button"
            className="button button-primary"
            data-testid="backup-make"
            onClick={() => void make({ kind: 'code', code: step.code })}
          >
            <Icon name="shield" /> {t('backup.makeNow')}
          </button>
          <p className="hint">{t('backup.sameCode')}</p>
          {step.reveal ? (
            <p className="backup-code" dir="ltr" data-testid="backup-saved-code">
              {formatBackupCode(step.code)}
            </p>
          ) : (
            <button
              type="button"
              className="button"
              data-testid="backup-show-code"
              onClick={() => setStep({ ...step, reveal: true })}
            >
              {t('backup.showCode')}
            </button>
          )}
          <button
            type="button"
            className="button-link"
            data-testid="backup-new-code"
            onClick={() => setStep({ name: 'show-code', code: generateBackupCode() })}
          >
            {t('backup.newCode')}
          </button>
          <button
            type="button"
            className="button-link"
            data-testid="backup-use-passphrase"
            onClick={() => setStep({ name: 'passphrase' })}
          >
            {t('backup.usePassphrase')}
          </button>
        </div>
      )}

      {step.name === 'working' && <Progress fraction={step.fraction} label="backup.working" />}

      {step.name === 'done' && (
        <div className="backup-done" data-testid="backup-done">
          <p role="status">{t('backup.done')}</p>
          <p>{t('backup.keepElsewhere')}</p>
          <div className="button-column">
            <a
              className="button button-primary"
              href={step.url}
              download={step.file.name}
              data-testid="backup-download"
              onClick={kept}
            >
              <Icon name="down" /> {t('backup.download')}
            </a>
            {canShareFile(step.file) && (
              <button
                type="button"
                className="button"
                data-testid="backup-share"
                onClick={async () => {
                  const result = await shareFile(step.file);
                  if (result === 'shared') {
                    kept();
                    setShared(true);
                  } else if (result === 'failed') setError('backup.shareFailed');
                }}
              >
                <Icon name="share" /> {t('backup.share')}
              </button>
            )}
          </div>
          {shared && <p role="status">{t('backup.shared')}</p>}
        </div>
      )}
    </section>
  );
}
