import { LOCAL_KEYS, writeLocal } from '../../storage/localStore.ts';
import { CheckboxField } from '../components/fields.tsx';
import { LanguageSwitcher } from '../components/LanguageSwitcher.tsx';
import { Tx } from '../i18n/Bilingual.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import { FingerprintCard } from './FingerprintCard.tsx';
import { InstallAdvice } from './InstallAdvice.tsx';
import { LastBackup } from './LastBackup.tsx';
import type { PersistenceState } from './usePersistence.ts';

interface SettingsProps {
  bilingual: boolean;
  setBilingual: (value: boolean) => void;
  persistence: { state: PersistenceState; request: () => Promise<void> };
}

export function SettingsScreen({ bilingual, setBilingual, persistence }: SettingsProps) {
  const { t } = useTranslation();
  return (
    <div className="screen">
      <h1>
        <Tx k="settings.title" />
      </h1>
      <section className="card" aria-labelledby="settings-language">
        <h2 id="settings-language">
          <Tx k="settings.language" />
        </h2>
        <LanguageSwitcher
          labelledBy="settings-language"
          onChanged={(lang) => writeLocal(LOCAL_KEYS.language, lang)}
        />
        <CheckboxField label="settings.bilingual" checked={bilingual} onChange={setBilingual} />
        <p className="hint">{t('settings.bilingualHint')}</p>
      </section>
      <section className="card" aria-labelledby="settings-storage">
        <h2 id="settings-storage">
          <Tx k="settings.storage" />
        </h2>
        <p data-testid="persistence-state">{t(`storage.state.${persistence.state}`)}</p>
        <InstallAdvice />
        {persistence.state === 'not-persisted' && (
          <>
            <p>{t('storage.advice')}</p>
            <button type="button" className="button" onClick={() => void persistence.request()}>
              {t('storage.askAgain')}
            </button>
          </>
        )}
      </section>
      <section className="card" aria-labelledby="settings-backup">
        <h2 id="settings-backup">
          <Tx k="backup.title" />
        </h2>
        <LastBackup />
        <a className="button" href="#/backup" data-testid="settings-backup">
          {t('backup.openScreen')}
        </a>
      </section>
      <FingerprintCard />
      <section className="card" aria-labelledby="settings-others">
        <h2 id="settings-others">
          <Tx k="organisation.settings.title" />
        </h2>
        <p>{t('organisation.settings.receive')}</p>
        <a className="button" href="#/receive" data-testid="settings-receive">
          {t('request.receive.open')}
        </a>
        <p>{t('organisation.settings.organisation')}</p>
        <a className="button" href="#/organisation" data-testid="settings-organisation">
          {t('organisation.settings.openOrganisation')}
        </a>
        <p>{t('organisation.settings.desk')}</p>
        <a className="button" href="#/desk" data-testid="settings-desk">
          {t('organisation.settings.openDesk')}
        </a>
      </section>
      <section className="card" aria-labelledby="settings-privacy">
        <h2 id="settings-privacy">
          <Tx k="settings.privacy" />
        </h2>
        <p>{t('settings.privacyBody')}</p>
      </section>
    </div>
  );
}
