import { Icon } from '../components/Icon.tsx';
import { Tx } from '../i18n/Bilingual.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';

const ITEMS = [
  { route: '', icon: 'user', label: 'nav.profile' },
  { route: 'share', icon: 'link', label: 'nav.share' },
  { route: 'shares', icon: 'clock', label: 'nav.history' },
  { route: 'settings', icon: 'settings', label: 'nav.settings' },
] as const;

/** Bottom navigation: four big targets with icons beside words. */
export function Nav({ route }: { route: string }) {
  const { t } = useTranslation();
  const current = route.split('/')[0] === 'edit' ? '' : route.split('/')[0];
  return (
    <nav className="bottom-nav" aria-label={t('nav.label')}>
      {ITEMS.map((item) => (
        <a
          key={item.route}
          href={`#/${item.route}`}
          aria-current={current === item.route ? 'page' : undefined}
        >
          <Icon name={item.icon} />
          <span className="nav-label">
            <Tx k={item.label} />
          </span>
        </a>
      ))}
    </nav>
  );
}
