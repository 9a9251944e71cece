import { useRegisterSW } from 'virtual:pwa-register/react';
import { useTranslation } from 'react-i18next';

const CHECK_EVERY_MS = 60 * 60 * 1000;

/** A new version waits until the person says so: never a reload under an open form. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (registration) setInterval(() => void registration.update().catch(() => {}), CHECK_EVERY_MS);
    },
  });
  if (!needRefresh && !offlineReady) return null;
  return (
    <div className="banner banner-info" role="status">
      {needRefresh ? (
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
          <button type="button" className="button-link" onClick={() => setNeedRefresh(false)}>
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
