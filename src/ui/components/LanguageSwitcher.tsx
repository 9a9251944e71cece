import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../i18n/displayNames.ts';
import { UI_LANGUAGES, type UiLanguage } from '../i18n/languages.ts';
import { changeLanguage } from '../i18n/setup.ts';
import { Icon } from './Icon.tsx';

/** Each language is named in itself, so that a person can find theirs without reading ours. */
export function LanguageSwitcher({ onChanged }: { onChanged?: (lang: UiLanguage) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>
        <Icon name="globe" />
        <span className="visually-hidden">{t('common.language')}</span>
      </label>
      <select
        id={id}
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
