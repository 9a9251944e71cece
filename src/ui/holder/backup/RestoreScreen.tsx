import { useId, useState } from 'react';
import {
  BACKUP_LIMITS,
  decryptBackup,
  type OpenedBackup,
  readBackupFile,
} from '../../../core/backup/backup.ts';
import type { Container } from '../../../core/backup/container.ts';
import { summariseTables } from '../../../core/backup/summary.ts';
import {
  type RestoreMode,
  type RestoreReport,
  readAllTables,
  restoreTables,
} from '../../../storage/backupStore.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Tx } from '../../i18n/Bilingual.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { ScreenHeader } from '../ScreenHeader.tsx';
import { BackupPreview } from './BackupPreview.tsx';
import { deriveInWorker } from './deriveInWorker.ts';
import { readChosenFile } from './files.ts';
import { Progress } from './Progress.tsx';

type Step =
  | { name: 'file' }
  | { name: 'secret'; container: Container }
  | { name: 'opening'; container: Container; fraction: number }
  | { name: 'preview'; opened: OpenedBackup; deviceHasData: boolean; deviceFingerprint?: string }
  | { name: 'restoring' }
  | { name: 'done'; report: RestoreReport };

/**
 * Brings a backup back: choose the file, give its code or passphrase, see what it holds, then
 * restore (replacing, or keeping both sides when the phone already has a profile). Until the
 * last button nothing on the phone changes; a wrong code or a bad file only says why.
 */
export default function RestoreScreen() {
  const { t } = useTranslation();
  const id = useId();
  const [step, setStep] = useState<Step>({ name: 'file' });
  const [error, setError] = useState<string | null>(null);
  const [secret, setSecret] = useState('');

  const chooseFile = async (file: File | undefined) => {
    setError(null);
    if (!file) return;
    const text = await readChosenFile(file, BACKUP_LIMITS.textChars);
    if (text === null) return setError('backup.errors.too_large');
    const container = readBackupFile(text);
    if (!container.ok) return setError(`backup.errors.${container.reason}`);
    setSecret('');
    setStep({ name: 'secret', container: container.value });
  };

  const open = async (container: Container) => {
    setError(null);
    setStep({ name: 'opening', container, fraction: 0 });
    const opened = await decryptBackup(container, secret, {
      derive: deriveInWorker,
      onProgress: (fraction) => setStep({ name: 'opening', container, fraction }),
    });
    if (!opened.ok) {
      setError(`backup.errors.${opened.reason}`);
      return setStep({ name: 'secret', container });
    }
    const device = await readAllTables();
    const summary = device.ok ? summariseTables(device.value) : undefined;
    setStep({
      name: 'preview',
      opened: opened.value,
      deviceHasData: Boolean(
        summary && (summary.name || summary.totalEntries || summary.shares || summary.endorsements),
      ),
      ...(summary?.fingerprint && { deviceFingerprint: summary.fingerprint }),
    });
  };

  const restore = async (preview: Extract<Step, { name: 'preview' }>, mode: RestoreMode) => {
    setError(null);
    setStep({ name: 'restoring' });
    const { contents } = preview.opened;
    const done = await restoreTables(contents.tables, mode, Date.parse(contents.createdAt));
    if (done.ok) return setStep({ name: 'done', report: done.value });
    // Nothing changed: the preview comes back with the reason, and the person may choose again.
    setError(
      done.reason === 'merge_too_large' ? 'backup.errors.merge_too_large' : `storage.errors.${done.reason}`,
    );
    setStep(preview);
  };
  return (
    <div className="screen restore-screen">
      <ScreenHeader title="restore.title" intro="restore.intro" />
      <ErrorBanner message={error} testId="restore-error" />

      {(step.name === 'file' || step.name === 'secret') && (
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('restore.chooseFile')}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".txt,text/plain"
            data-testid="restore-file"
            onChange={(event) => void chooseFile(event.target.files?.[0])}
          />
          <p className="hint">{t('restore.fileHint')}</p>
        </div>
      )}

      {step.name === 'secret' && (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            void open(step.container);
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-secret`}>
              {t(step.container.header.secret === 'code' ? 'restore.code' : 'restore.passphrase')}
            </label>
            <input
              id={`${id}-secret`}
              data-testid="restore-secret"
              type={step.container.header.secret === 'code' ? 'text' : 'password'}
              inputMode={step.container.header.secret === 'code' ? 'numeric' : 'text'}
              autoComplete="off"
              dir="ltr"
              value={secret}
              onChange={(event) => setSecret(event.target.value)}
            />
            {step.container.header.secret === 'code' && <p className="hint">{t('restore.codeHint')}</p>}
          </div>
          <button type="submit" className="button button-primary" data-testid="restore-open">
            <Icon name="shield" /> {t('restore.open')}
          </button>
        </form>
      )}

      {step.name === 'opening' && <Progress fraction={step.fraction} label="restore.opening" />}

      {step.name === 'preview' && (
        <section className="card" aria-labelledby="restore-preview-heading" data-testid="restore-preview">
          <h2 id="restore-preview-heading">
            <Tx k="restore.previewTitle" />
          </h2>
          <BackupPreview contents={step.opened.contents} />
          {step.deviceHasData ? (
            <>
              <p>{t('restore.deviceHasData')}</p>
              {step.deviceFingerprint &&
                step.opened.contents.tables.keys[0] &&
                step.deviceFingerprint !== step.opened.contents.tables.keys[0].fingerprint && (
                  <p className="banner banner-warning" data-testid="restore-key-differs">
                    {t('restore.keyDiffers', {
                      device: step.deviceFingerprint,
                      backup: step.opened.contents.tables.keys[0].fingerprint,
                    })}
                  </p>
                )}
              <div className="button-column">
                <button
                  type="button"
                  className="button button-primary"
                  data-testid="restore-merge"
                  onClick={() => void restore(step, 'merge')}
                >
                  {t('restore.merge')}
                </button>
                <p className="hint">{t('restore.mergeHint')}</p>
                <button
                  type="button"
                  className="button"
                  data-testid="restore-replace"
                  onClick={() => void restore(step, 'replace')}
                >
                  {t('restore.replace')}
                </button>
                <p className="hint">{t('restore.replaceHint')}</p>
              </div>
            </>
          ) : (
            <button
              type="button"
              className="button button-primary"
              data-testid="restore-confirm"
              onClick={() => void restore(step, 'replace')}
            >
              {t('restore.confirm')}
            </button>
          )}
        </section>
      )}

      {step.name === 'restoring' && <p className="loading">{t('restore.restoring')}</p>}

      {step.name === 'done' && (
        <section className="card" data-testid="restore-done">
          <h2 role="status">{t('restore.done')}</h2>
          {step.report.conflicts.length > 0 && (
            <p>{t('restore.conflicts', { count: step.report.conflicts.length })}</p>
          )}
          <a className="button button-primary" href="#/">
            <Icon name="user" /> {t('restore.seeProfile')}
          </a>
        </section>
      )}
    </div>
  );
}
