import { useEffect, useState } from 'react';
import type { TrustList } from '../../core/endorsement/trust.ts';
import { LanguageSwitcher } from '../components/LanguageSwitcher.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import { InvalidSnapshot } from './InvalidSnapshot.tsx';
import { useVerifiedLink } from './useVerifiedLink.ts';
import { VerifiedSnapshot } from './VerifiedSnapshot.tsx';
import './viewer.css';

/**
 * The reader's own trust list, when this device has one (a case worker's verification desk keeps
 * it in IndexedDB): read after the verdict, only when the snapshot carries endorsements, by a
 * small chunk of its own that opens the database without Dexie and writes nothing.
 */
function useDeskTrustList(wanted: boolean): TrustList | undefined {
  const [trust, setTrust] = useState<TrustList>();
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void import('./deskTrustList.ts')
      .then(({ readDeskTrustList }) => readDeskTrustList())
      .then((list) => {
        if (live && list) setTrust(list);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [wanted]);
  return trust;
}

/** The recipient's view of a share link: the verdict first, and only while it is true. */
export function ViewerApp() {
  const { t } = useTranslation();
  const verdict = useVerifiedLink();
  const result = verdict?.result;
  const trust = useDeskTrustList(Boolean(result?.ok && result.endorsements.length > 0));

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
        {!verdict && (
          <p className="loading" role="status">
            {t('viewer.checking')}
          </p>
        )}
        {verdict && !verdict.result.ok && <InvalidSnapshot key={verdict.link} result={verdict.result} />}
        {verdict?.result.ok && (
          <VerifiedSnapshot result={verdict.result} checkedAt={verdict.checkedAt} trust={trust} />
        )}
      </main>
    </>
  );
}
