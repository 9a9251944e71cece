import { useId } from 'react';
import { languageName } from '../i18n/displayNames.ts';
import { UI_LANGUAGES, type UiLanguage } from '../i18n/languages.ts';
import { changeLanguage } from '../i18n/setup.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { Icon } from './Icon.tsx';

interface LanguageSwitcherProps {
  onChanged?: (lang: UiLanguage) => void;
  /** The id of a heading that names this switcher instead, where another switcher is on the same screen. */
  labelledBy?: string;
}

/**
 * Each language is named in itself, so that a person can find theirs without reading ours. Its
 * own name ("Language of the app") differs from a language field's in the profile ("Language").
 */
export function LanguageSwitcher({ onChanged, labelledBy }: LanguageSwitcherProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>
        <Icon name="globe" />
        <span className="visually-hidden">{t('common.appLanguage')}</span>
      </label>
      <select
        id={id}
        aria-labelledby={labelledBy}
        value={i18n.language}
        onChange={async (event) => {
          const lang = event.target.value as UiLanguage;
          await changeLanguage(lang);
          onChanged?.(lang);
        }}
      >
        {UI_LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {languageName(lang, lang)}
          </option>
        ))}
      </select>
    </div>
  );
}
