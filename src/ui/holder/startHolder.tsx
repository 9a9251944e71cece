import { createRoot } from 'react-dom/client';
import { LOCAL_KEYS, readLocal } from '../../storage/localStore.ts';
import { keepCatalogueWarm } from '../catalogue/warmCatalogue.ts';
import { isUiLanguage, pickLanguage } from '../i18n/languages.ts';
import { setupI18n } from '../i18n/setup.ts';
import { HolderApp } from './HolderApp.tsx';

export async function startHolder(root: HTMLElement): Promise<void> {
  const stored = readLocal(LOCAL_KEYS.language);
  const lang = isUiLanguage(stored) ? stored : pickLanguage(navigator.languages ?? [navigator.language]);
  const i18next = await setupI18n(lang);
  createRoot(root).render(<HolderApp />);
  keepCatalogueWarm(i18next);
}
