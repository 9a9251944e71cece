import { Icon } from '../components/Icon.tsx';
import { Tx } from '../i18n/Bilingual.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';

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
