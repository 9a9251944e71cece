import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { directionOf, type UiLanguage } from './languages.ts';

type Resources = Record<string, unknown>;

// One chunk per language, loaded on demand: a reader downloads only the languages on screen.
const loaders = import.meta.glob<Resources>('../../../locales/*/translation.json', { import: 'default' });

async function loadLanguage(instance: i18n, lang: string): Promise<void> {
  if (instance.hasResourceBundle(lang, 'translation')) return;
  const load = loaders[`../../../locales/${lang}/translation.json`];
  if (!load) return;
  instance.addResourceBundle(lang, 'translation', await load(), true, true);
}

/** Sets `lang` and `dir` on <html>, which drives the right-to-left layout. */
export function applyDocumentLanguage(lang: string): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
}

export async function setupI18n(lang: UiLanguage): Promise<i18n> {
  await i18next.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'sv',
    resources: {},
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await Promise.all([loadLanguage(i18next, lang), loadLanguage(i18next, 'sv')]);
  applyDocumentLanguage(lang);
  return i18next;
}

export async function changeLanguage(lang: UiLanguage): Promise<void> {
  await loadLanguage(i18next, lang);
  await i18next.changeLanguage(lang);
  applyDocumentLanguage(lang);
}
