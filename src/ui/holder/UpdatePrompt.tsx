import { useRegisterSW } from 'virtual:pwa-register/react';
import { useRef, useState } from 'react';
import { useAfterFirstScreen } from '../hooks/useAfterFirstScreen.ts';
import { useTranslation } from '../i18n/useTranslation.ts';

const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * A new version waits until the person says so: never a reload under an open form.
 *
 * workbox-window announces a new version twice when it was found by `registration.update()`
 * (the hourly check, or another tab): once when it is installed and again 200 ms later when it
 * is seen waiting. "Later" therefore holds for the waiting version itself, not for one
 * announcement, so the second one cannot bring the prompt back. A newer version, or the next
 * start of the app, offers it again.
 *
 * The service worker is registered once the first screen is up (`shown`) and the browser is idle:
 * its precache of the whole app (about 1 MB) would otherwise share a slow connection with the
 * first screen's own files.
 */
export function UpdatePrompt({ shown }: { shown: boolean }) {
  return useAfterFirstScreen(shown) ? <ServiceWorkerPrompt /> : null;
}

function ServiceWorkerPrompt() {
  const { t } = useTranslation();
  const registration = useRef<ServiceWorkerRegistration | undefined>(undefined);
  const [declined, setDeclined] = useState<ServiceWorker | null>(null);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, found) {
      registration.current = found;
      if (found) setInterval(() => void found.update().catch(() => {}), CHECK_EVERY_MS);
    },
  });
  const waiting = registration.current?.waiting ?? null;
  const offered = needRefresh && (waiting === null || waiting !== declined);
  if (!offered && !offlineReady) return null;
  return (
    <div className="banner banner-info" role="status">
      {offered ? (
        <>
          <span>{t('update.ready')}</span>
          <button
            type="button"
            className="button"
            onClick={() => {
              // Leaving the focused field saves what is typed before the page reloads.
              (document.activeElement as HTMLElement | null)?.blur();
              setTimeout(() => void updateServiceWorker(true), 400);
            }}
          >
            {t('update.reload')}
          </button>
          <button
            type="button"
            className="button-link"
            onClick={() => {
              setDeclined(registration.current?.waiting ?? null);
              setNeedRefresh(false);
            }}
          >
            {t('update.later')}
          </button>
        </>
      ) : (
        <>
          <span>{t('update.offlineReady')}</span>
          <button type="button" className="button-link" onClick={() => setOfflineReady(false)}>
            {t('common.ok')}
          </button>
        </>
      )}
    </div>
  );
}
