import { Icon } from '../components/Icon.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { PersistenceState } from './usePersistence.ts';

/** Told plainly: the browser may delete the profile when storage is not persistent. */
export function StorageNotice({ state }: { state: PersistenceState }) {
  const { t } = useTranslation();
  if (state !== 'not-persisted') return null;
  return (
    <div className="banner banner-warning" role="note">
      <Icon name="alert" />
      {t('storage.notPersistent')} <a href="#/settings">{t('storage.whatToDo')}</a>{' '}
      <a href="#/backup">{t('storage.makeBackup')}</a>
    </div>
  );
}
