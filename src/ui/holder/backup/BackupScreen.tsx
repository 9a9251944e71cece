import './backup.css';
import type { Profile } from '../../../core/profile/types.ts';
import { Icon } from '../../components/Icon.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { LastBackup } from '../LastBackup.tsx';
import { ScreenHeader } from '../ScreenHeader.tsx';
import { EraseEverything } from './EraseEverything.tsx';
import { ExportImport } from './ExportImport.tsx';
import { MakeBackup } from './MakeBackup.tsx';

/** Backup, restore, export, import and erase: everything about keeping the person's data. */
export default function BackupScreen({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  return (
    <div className="screen backup-screen">
      <ScreenHeader title="backup.title" intro="backup.intro" />
      <LastBackup />
      <MakeBackup />
      <section className="card" aria-labelledby="restore-heading">
        <h2 id="restore-heading">
          <Icon name="up" /> {t('restore.title')}
        </h2>
        <p>{t('restore.short')}</p>
        <a className="button" href="#/restore" data-testid="restore-start">
          {t('restore.start')}
        </a>
      </section>
      <ExportImport profile={profile} />
      <EraseEverything />
    </div>
  );
}
