import { createRoot } from 'react-dom/client';
import type { UiLanguage } from '../i18n/languages.ts';
import { setupI18n } from '../i18n/setup.ts';
import { ViewerApp } from './ViewerApp.tsx';

/** The recipient's view: nothing is stored, nothing is installed, the reader's language only. */
export async function startViewer(root: HTMLElement, lang: UiLanguage): Promise<void> {
  await setupI18n(lang, { parts: ['reader'] });
  createRoot(root).render(<ViewerApp />);
}

// The verification desk shows a report exactly as the viewer does. It takes these from this
// chunk, the viewer's own, instead of importing them itself: a second importer would split the
// viewer's code into more, smaller chunks that every recipient of a link then loads.
export { verifySnapshot } from '../../core/snapshot/verify.ts';
export { InvalidSnapshot } from './InvalidSnapshot.tsx';
export { VerifiedSnapshot } from './VerifiedSnapshot.tsx';
