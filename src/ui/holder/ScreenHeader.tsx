import { useTranslation } from 'react-i18next';
import { Icon } from '../components/Icon.tsx';
import { Tx } from '../i18n/Bilingual.tsx';

export function ScreenHeader({ title, intro }: { title: string; intro?: string }) {
  const { t } = useTranslation();
  return (
    <div className="screen-header">
      <a className="back-link" href="#/">
        <Icon name="back" /> {t('common.backToProfile')}
      </a>
      <h1>
        <Tx k={title} />
      </h1>
      {intro && <p className="intro">{t(intro)}</p>}
    </div>
  );
}
