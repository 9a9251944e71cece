import { createRoot } from 'react-dom/client';
import { pickLanguage } from '../i18n/languages.ts';
import { setupI18n } from '../i18n/setup.ts';
import { ViewerApp } from './ViewerApp.tsx';

/** The recipient's view: nothing is stored, nothing is installed, the reader's language first. */
export async function startViewer(root: HTMLElement): Promise<void> {
  await setupI18n(pickLanguage(navigator.languages ?? [navigator.language]));
  createRoot(root).render(<ViewerApp />);
}
