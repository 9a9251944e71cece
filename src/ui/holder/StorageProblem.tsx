import { useState } from 'react';
import { storageReasonOf } from '../../storage/errors.ts';
import type { ProfileState } from '../hooks/useProfile.ts';
import { useTranslation } from '../i18n/useTranslation.ts';

/**
 * Why the profile cannot be shown, in the person's language, and what they can do. Nothing is
 * deleted: after a failed upgrade the old data can still be saved as a file, and a damaged
 * profile can be replaced from a backup.
 */
export function StorageProblem({ state }: { state: ProfileState }) {
  const { t } = useTranslation();
  const [saveError, setSaveError] = useState<string | null>(null);
  const reason =
    'status' in state
      ? state.status === 'error'
        ? storageReasonOf(state.error)
        : 'failed'
      : state.ok
        ? 'failed'
        : state.reason;

  const saveCopy = async () => {
    const [{ readOldDatabase }, { datedName, download }] = await Promise.all([
      import('../../storage/oldDatabase.ts'),
      import('./backup/files.ts'),
    ]);
    const old = await readOldDatabase();
    if (!old.ok) return setSaveError(`storage.errors.${old.reason}`);
    download({
      text: `${JSON.stringify(old.value, null, 2)}\n`,
      name: datedName('kompetenspass-data', 'json'),
      type: 'application/json',
    });
  };

  return (
    <div className="banner banner-error" role="alert" data-testid="storage-problem">
      {reason === 'unreadable' ? (
        <>
          <h1>{t('errors.unreadableTitle')}</h1>
          <p>{t('errors.unreadableBody')}</p>
        </>
      ) : (
        <>
          <h1>{t('storage.problemTitle')}</h1>
          <p>{t(`storage.errors.${reason}`)}</p>
        </>
      )}
      {reason === 'upgrade_failed' && (
        <>
          <p>{t('storage.upgradeFailedWhat')}</p>
          <button
            type="button"
            className="button"
            data-testid="save-old-data"
            onClick={() => void saveCopy()}
          >
            {t('storage.saveOldData')}
          </button>
          {saveError && <p>{t(saveError)}</p>}
        </>
      )}
      {(reason === 'unreadable' || reason === 'upgrade_failed') && (
        <p>
          <a href="#/restore">{t('storage.restoreInstead')}</a>
        </p>
      )}
    </div>
  );
}
