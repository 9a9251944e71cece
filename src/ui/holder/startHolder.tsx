import { createRoot } from 'react-dom/client';
import { LOCAL_KEYS, readLocal } from '../../storage/localStore.ts';
import { keepCatalogueWarm } from '../catalogue/warmCatalogue.ts';
import type { UiLanguage } from '../i18n/languages.ts';
import { setupI18n } from '../i18n/setup.ts';
import { HolderApp } from './HolderApp.tsx';

export async function startHolder(root: HTMLElement, lang: UiLanguage): Promise<void> {
  // Bilingual mode glosses every label in Swedish: its strings are loaded only when it is on.
  const bilingual = readLocal(LOCAL_KEYS.bilingual) === '1';
  await setupI18n(lang, { parts: ['reader', 'holder'], alsoLoad: bilingual ? ['sv'] : [] });
  createRoot(root).render(<HolderApp />);
  keepCatalogueWarm();
}
