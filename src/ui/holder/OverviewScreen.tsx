import type { Profile } from '../../core/profile/types.ts';
import { Icon } from '../components/Icon.tsx';
import { ProfileCv } from '../cv/ProfileCv.tsx';
import { Tx } from '../i18n/Bilingual.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import { BackupReminder } from './BackupReminder.tsx';
import { FingerprintCard } from './FingerprintCard.tsx';
import { LastBackup } from './LastBackup.tsx';
import type { PersistenceState } from './usePersistence.ts';

function isEmpty(profile: Profile): boolean {
  const { person } = profile;
  return (
    !person.givenName &&
    !person.familyName &&
    !person.about &&
    profile.languages.length +
      profile.education.length +
      profile.work.length +
      profile.skills.length +
      profile.licences.length ===
      0 &&
    Object.keys(profile.wishes).length === 0
  );
}

/** The profile read like a CV, with a way into every section and a word on what to do when empty. */
export function OverviewScreen({ profile }: { profile: Profile; persistence: PersistenceState }) {
  const { t } = useTranslation();
  const empty = isEmpty(profile);
  return (
    <div className="overview">
      {empty && (
        <section className="welcome card">
          <h1>
            <Tx k="overview.welcomeTitle" />
          </h1>
          <p>{t('overview.welcomeBody')}</p>
          <a className="button button-primary" href="#/edit/person">
            <Icon name="edit" />
            <Tx k="overview.start" />
          </a>
          <p className="first-run-restore">
            <a href="#/restore" data-testid="first-run-restore">
              {t('restore.usedBefore')}
            </a>
          </p>
        </section>
      )}
      {!empty && <h1 className="visually-hidden">{t('overview.title')}</h1>}
      {!empty && <BackupReminder />}
      <ProfileCv
        profile={profile}
        sectionAction={(section) => (
          <a className="button button-small" href={`#/edit/${section}`}>
            <Icon name="edit" />
            {t('common.edit')}
            <span className="visually-hidden"> – {t(`sections.${section}`)}</span>
          </a>
        )}
        emptySection={(section) => (
          <div className="empty-state">
            <p>{t(`empty.${section}`)}</p>
            <a className="button" href={`#/edit/${section}`}>
              <Icon name="plus" />
              {t(`add.${section}`)}
            </a>
          </div>
        )}
      />
      {!empty && (
        <div className="button-row no-print">
          <a className="button button-primary share-cta" href="#/share">
            <Icon name="link" />
            <Tx k="overview.shareCta" />
          </a>
          <button type="button" className="button" data-testid="print-cv" onClick={() => window.print()}>
            <Icon name="printer" />
            {t('viewer.print')}
          </button>
        </div>
      )}
      {!empty && <LastBackup withLink />}
      <FingerprintCard />
    </div>
  );
}
