import { lazy, Suspense, useEffect, useRef } from 'react';
import { fragmentKind } from '../../core/links/fragment.ts';
import { LIST_SECTIONS, type ListSection } from '../../core/profile/codes.ts';
import { LOCAL_KEYS, writeLocal } from '../../storage/localStore.ts';
import { LanguageSwitcher } from '../components/LanguageSwitcher.tsx';
import { ToastProvider } from '../components/Toast.tsx';
import { useHashRoute } from '../hooks/useHashRoute.ts';
import { isReady, useProfile } from '../hooks/useProfile.ts';
import { BilingualContext } from '../i18n/Bilingual.tsx';
import { addLanguage } from '../i18n/setup.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { Nav } from './Nav.tsx';
import { OverviewScreen } from './OverviewScreen.tsx';
import { PersonScreen } from './PersonScreen.tsx';
import { useStoredFlag } from './preferences.ts';
import { SectionScreen } from './SectionScreen.tsx';
import { SettingsScreen } from './SettingsScreen.tsx';
import { StorageNotice } from './StorageNotice.tsx';
import { StorageProblem } from './StorageProblem.tsx';
import { UpdatePrompt } from './UpdatePrompt.tsx';
import { usePersistence } from './usePersistence.ts';
import { WishesScreen } from './WishesScreen.tsx';

// Sharing pulls in signing, compression and QR code: loaded when the person goes there.
const ShareScreen = lazy(() => import('./share/ShareScreen.tsx'));
const ShareHistoryScreen = lazy(() => import('./share/ShareHistoryScreen.tsx'));
// Backup pulls in scrypt and the backup format: loaded only on its own screens.
const BackupScreen = lazy(() => import('./backup/BackupScreen.tsx'));
const RestoreScreen = lazy(() => import('./backup/RestoreScreen.tsx'));
// Confirmations: asking and receiving (the holder), organisation mode, the verification desk.
const screens = () => import('../confirm/screens.ts');
const AskScreen = lazy(() => screens().then((m) => ({ default: m.AskScreen })));
const ReceiveScreen = lazy(() => screens().then((m) => ({ default: m.ReceiveScreen })));
const OrganisationScreen = lazy(() => screens().then((m) => ({ default: m.OrganisationScreen })));
const DeskScreen = lazy(() => screens().then((m) => ({ default: m.DeskScreen })));

export function HolderApp() {
  const { t, i18n } = useTranslation();
  const route = useHashRoute();
  const [bilingual, setBilingual] = useStoredFlag(LOCAL_KEYS.bilingual);
  // The Swedish glosses need the Swedish strings, fetched when the mode is switched on.
  useEffect(() => {
    if (bilingual) void addLanguage('sv');
  }, [bilingual]);
  const state = useProfile(i18n.language);
  const persistence = usePersistence(isReady(state) && state.updatedAt !== null);
  const main = useRef<HTMLElement>(null);

  // After a route change, focus goes to the new screen's heading for keyboard and screen reader users.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on route change only
  useEffect(() => {
    const heading = main.current?.querySelector('h1');
    if (heading && document.activeElement !== document.body) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
    window.scrollTo(0, 0);
  }, [route]);

  let screen: React.ReactNode;
  // The screen waits for the storage answer too: a notice that arrived after the screen would
  // push it down under a finger (273 px on a first visit, measured).
  const loading = ('status' in state && state.status === 'loading') || persistence.state === 'checking';
  if (loading) screen = <p className="loading">{t('common.loading')}</p>;
  else if (route === 'restore') screen = <RestoreScreen />;
  else if (!isReady(state)) screen = <StorageProblem state={state} />;
  else {
    const profile = state.profile;
    const [area, name, id] = route.split('/');
    // A request, reply or organisation entry opened as a link (`#q1.…`, `#e1.…`, `#o1.…`).
    const link = fragmentKind(route);
    if (link === 'request') screen = <OrganisationScreen key={route} request={route} />;
    else if (link === 'reply') screen = <ReceiveScreen key={route} profile={profile} link={route} />;
    else if (link === 'organisation') screen = <DeskScreen key={route} organisationEntry={route} />;
    else if (area === 'ask')
      screen = <AskScreen profile={profile} section={name ?? ''} entryId={decodeURIComponent(id ?? '')} />;
    else if (area === 'receive') screen = <ReceiveScreen profile={profile} />;
    else if (area === 'organisation') screen = <OrganisationScreen />;
    else if (area === 'desk') screen = <DeskScreen />;
    else if (area === 'edit' && name === 'person') screen = <PersonScreen profile={profile} />;
    else if (area === 'edit' && name === 'wishes') screen = <WishesScreen profile={profile} />;
    else if (area === 'edit' && (LIST_SECTIONS as readonly string[]).includes(name ?? ''))
      screen = <SectionScreen key={name} section={name as ListSection} profile={profile} />;
    else if (area === 'share') screen = <ShareScreen profile={profile} />;
    else if (area === 'shares') screen = <ShareHistoryScreen />;
    else if (area === 'backup') screen = <BackupScreen profile={profile} />;
    else if (area === 'settings')
      screen = <SettingsScreen bilingual={bilingual} setBilingual={setBilingual} persistence={persistence} />;
    else screen = <OverviewScreen profile={profile} persistence={persistence.state} />;
  }

  return (
    <BilingualContext.Provider value={bilingual}>
      <ToastProvider>
        <a className="skip-link" href="#main">
          {t('common.skipToContent')}
        </a>
        <header className="app-header">
          <a className="app-title" href="#/">
            <img src="./icons/icon-192.png" alt="" width="32" height="32" />
            <span>Kompetenspass</span>
          </a>
          <LanguageSwitcher onChanged={(lang) => writeLocal(LOCAL_KEYS.language, lang)} />
        </header>
        <main id="main" ref={main} className="app-main">
          {/* Inside the screen's column and in the same frame as the screen: above <main> it
              moved the whole screen down when it came with the profile (CLS 0.157, measured). */}
          {!loading && isReady(state) && <StorageNotice state={persistence.state} />}
          <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>{screen}</Suspense>
          {/* A new version and "works offline" are found seconds or an hour later: told after the
              screen, so that they never push it down under a finger. */}
          <UpdatePrompt shown={!loading} />
        </main>
        <Nav route={route} />
      </ToastProvider>
    </BilingualContext.Provider>
  );
}
