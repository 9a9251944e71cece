import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SnapshotVerification, verifySnapshot } from '../../core/snapshot/verify.ts';
import { Icon } from '../components/Icon.tsx';
import { LanguageSwitcher } from '../components/LanguageSwitcher.tsx';
import { ProfileCv } from '../cv/ProfileCv.tsx';
import { isUiLanguage } from '../i18n/languages.ts';
import { changeLanguage } from '../i18n/setup.ts';
import { InvalidSnapshot } from './InvalidSnapshot.tsx';
import { VerificationPanel } from './VerificationPanel.tsx';

export function ViewerApp({ link }: { link: string }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<SnapshotVerification | null>(null);

  useEffect(() => {
    let live = true;
    verifySnapshot(link, { now: new Date() }).then(async (verified) => {
      // The holder may have chosen the language to present in; the reader can still switch.
      if (verified.ok && isUiLanguage(verified.lang)) await changeLanguage(verified.lang);
      if (live) setResult(verified);
    });
    return () => {
      live = false;
    };
  }, [link]);

  useEffect(() => {
    document.title = result?.ok ? `${t('viewer.title')} – Kompetenspass` : 'Kompetenspass';
  }, [result, t]);

  return (
    <>
      <header className="app-header">
        <span className="app-title">
          <img src="./icons/icon-192.png" alt="" width="32" height="32" />
          <span>Kompetenspass</span>
        </span>
        <LanguageSwitcher />
      </header>
      <main id="main" className="app-main viewer">
        {result === null && <p className="loading">{t('viewer.checking')}</p>}
        {result !== null && !result.ok && <InvalidSnapshot result={result} />}
        {result?.ok && (
          <>
            <VerificationPanel result={result} />
            <div className="no-print viewer-actions">
              <button type="button" className="button" onClick={() => window.print()}>
                <Icon name="printer" />
                {t('viewer.print')}
              </button>
            </div>
            <ProfileCv profile={result.profile} />
          </>
        )}
      </main>
    </>
  );
}
