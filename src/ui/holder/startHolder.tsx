import { startTransition } from 'react';
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
  // A transition: React mounts the app in slices of a few milliseconds and lets the browser
  // breathe in between, instead of one task of about 50 ms (200 ms on a slow phone) that a tap
  // would wait behind. index.html's header stays until the app's first frame replaces it.
  const app = createRoot(root);
  startTransition(() => app.render(<HolderApp />));
  keepCatalogueWarm();
}
