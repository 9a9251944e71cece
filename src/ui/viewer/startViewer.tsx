import { createRoot } from 'react-dom/client';
import type { UiLanguage } from '../i18n/languages.ts';
import { setupI18n } from '../i18n/setup.ts';
import { ViewerApp } from './ViewerApp.tsx';

/** The recipient's view: nothing is stored, nothing is installed, the reader's language only. */
export async function startViewer(root: HTMLElement, lang: UiLanguage): Promise<void> {
  await setupI18n(lang, { parts: ['reader'] });
  createRoot(root).render(<ViewerApp />);
}
