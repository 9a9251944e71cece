import { useState } from 'react';
import { eraseAllTables } from '../../../storage/backupStore.ts';
import { clearLocal } from '../../../storage/localStore.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Icon } from '../../components/Icon.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';

/** Erases everything on this phone, key included, after a confirmation that says what is lost. */
export function EraseEverything() {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const erase = async () => {
    const erased = await eraseAllTables();
    if (!erased.ok) return setError(`storage.errors.${erased.reason}`);
    clearLocal();
    location.hash = '#/';
    location.reload();
  };

  return (
    <section className="card card-danger" aria-labelledby="erase-heading">
      <h2 id="erase-heading">
        <Icon name="trash" /> {t('erase.title')}
      </h2>
      <p>{t('erase.intro')}</p>
      {!asking ? (
        <button type="button" className="button" data-testid="erase-start" onClick={() => setAsking(true)}>
          {t('erase.start')}
        </button>
      ) : (
        <fieldset className="erase-confirm">
          <legend>
            <strong>{t('erase.whatIsLost')}</strong>
          </legend>
          <ul>
            <li>{t('erase.lostProfile')}</li>
            <li>{t('erase.lostKey')}</li>
            <li>{t('erase.lostHistory')}</li>
          </ul>
          <p>{t('erase.cannotUndo')}</p>
          <label className="checkbox">
            <input
              type="checkbox"
              data-testid="erase-understand"
              checked={understood}
              onChange={(event) => setUnderstood(event.target.checked)}
            />
            {t('erase.understand')}
          </label>
          <ErrorBanner message={error} />
          <div className="button-row">
            <button
              type="button"
              className="button button-danger"
              data-testid="erase-confirm"
              disabled={!understood}
              onClick={() => void erase()}
            >
              {t('erase.confirm')}
            </button>
            <button
              type="button"
              className="button"
              data-testid="erase-cancel"
              onClick={() => {
                setAsking(false);
                setUnderstood(false);
              }}
            >
              {t('erase.cancel')}
            </button>
          </div>
        </fieldset>
      )}
    </section>
  );
}
