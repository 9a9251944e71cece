import { fragmentKind } from '../core/links/fragment.ts';
import './styles/base.css';
import { LOCAL_KEYS, readLocal } from '../storage/localStore.ts';
import { applyDocumentLanguage, isUiLanguage, pickLanguage, type UiLanguage } from './i18n/languages.ts';
import { loadStrings } from './i18n/strings.ts';

// The share fragment picks the reader's viewer; everything else (requests, replies and
// organisation entries too) is the holder's app. Each is its own chunk, so a recipient never
// downloads the editor or the database code. Any version prefix opens the viewer, so that a
// link from a newer format version is explained, not ignored. Which prefix is which is decided
// in core/links/fragment.ts, the one place for it.
const isShareLink = (hash: string) => fragmentKind(hash) === 'snapshot';

const browserLanguage = (): UiLanguage => pickLanguage(navigator.languages ?? [navigator.language]);

async function boot(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) return;
  const viewer = isShareLink(location.hash);
  // The app's code and its strings are requested at the same moment (no waterfall): the import
  // below pulls the app's chunks in parallel, and its setup finds the strings already on the way.
  // index.html paints the app's header before any of this has arrived; in the reader's
  // direction from here on, so that it does not change sides when the app takes over.
  if (viewer) {
    const lang = browserLanguage();
    applyDocumentLanguage(lang);
    void loadStrings(lang, 'reader');
    const { startViewer } = await import('./viewer/startViewer.tsx');
    await startViewer(root, lang);
  } else {
    // A language the person chose is kept with the preferences (storage/localStore.ts).
    const stored = readLocal(LOCAL_KEYS.language);
    const lang = isUiLanguage(stored) ? stored : browserLanguage();
    applyDocumentLanguage(lang);
    void loadStrings(lang, 'reader');
    void loadStrings(lang, 'holder');
    const { startHolder } = await import('./holder/startHolder.tsx');
    await startHolder(root, lang);
  }
  window.addEventListener('hashchange', () => {
    if (isShareLink(location.hash) !== viewer) location.reload();
  });
}

void boot();
