import { useTranslation } from 'react-i18next';
import { Tx } from '../i18n/Bilingual.tsx';

const ITEMS = [
  { route: '', icon: '👤', label: 'nav.profile' },
  { route: 'share', icon: '🔗', label: 'nav.share' },
  { route: 'shares', icon: '🕘', label: 'nav.history' },
  { route: 'settings', icon: '⚙️', label: 'nav.settings' },
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
          <span className="nav-icon" aria-hidden="true">
            {item.icon}
          </span>
          <span className="nav-label">
            <Tx k={item.label} />
          </span>
        </a>
      ))}
    </nav>
  );
}
