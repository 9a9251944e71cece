import { useEffect, useState } from 'react';
import { ensureHolderKey } from '../../storage/keyStore.ts';
import { Icon } from '../components/Icon.tsx';
import { useAfterFirstScreen } from '../hooks/useAfterFirstScreen.ts';
import { Tx } from '../i18n/Bilingual.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';

/** The holder's fingerprint, for a case worker to compare with the one on a shared snapshot. */
export function FingerprintCard() {
  const { t } = useTranslation();
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  // On a first visit this makes the key: after the first screen, which does not need it.
  const afterFirstScreen = useAfterFirstScreen();
  useEffect(() => {
    if (!afterFirstScreen) return;
    let live = true;
    void ensureHolderKey().then((key) => {
      if (!live) return;
      if (key.ok) setFingerprint(key.value.fingerprint);
      else setFailed(true);
    });
    return () => {
      live = false;
    };
  }, [afterFirstScreen]);
  return (
    <section className="card fingerprint-card" aria-labelledby="fingerprint-heading">
      <h2 id="fingerprint-heading">
        <Icon name="shield" />
        <Tx k="fingerprint.title" />
      </h2>
      {fingerprint ? (
        <p className="fingerprint" dir="ltr" data-testid="fingerprint">
          {fingerprint}
        </p>
      ) : (
        <p>{failed ? t('fingerprint.failed') : t('common.loading')}</p>
      )}
      <p className="hint">{t('fingerprint.explain')}</p>
    </section>
  );
}
