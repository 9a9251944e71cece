import { useEffect, useMemo } from 'react';
import { presentEndorsements } from '../../core/endorsement/presentation.ts';
import type { TrustList } from '../../core/endorsement/trust.ts';
import type { ListSection } from '../../core/profile/codes.ts';
import type { ValidSnapshot } from '../../core/snapshot/verify.ts';
import { balanceDirectionControlsIn } from '../../core/text/bidi.ts';
import { Icon } from '../components/Icon.tsx';
import { LanguageSwitcher } from '../components/LanguageSwitcher.tsx';
import { ProfileCv } from '../cv/ProfileCv.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import { EndorsementList } from './EndorsementList.tsx';
import { EndorsementMark } from './EndorsementMark.tsx';
import { InvalidSnapshot } from './InvalidSnapshot.tsx';
import { LanguageOffer } from './LanguageOffer.tsx';
import { StatedByPerson } from './StatedByPerson.tsx';
import { useVerifiedLink } from './useVerifiedLink.ts';
import { VerifiedCard } from './VerifiedCard.tsx';
import './viewer.css';

interface ViewerAppProps {
  /**
   * The reader's own trust list, if the reader has one (a case worker's desk). The viewer
   * stores nothing and loads no database: whoever has a list passes it in. Keep the object
   * stable: a new one verifies the link again.
   */
  trust?: TrustList;
}

function VerifiedSnapshot({
  result,
  checkedAt,
  trust,
}: {
  result: ValidSnapshot;
  checkedAt: Date;
  trust?: TrustList;
}) {
  const { t } = useTranslation();
  const endorsements = useMemo(
    () => presentEndorsements(result.endorsements, result.holder, trust),
    [result, trust],
  );
  // The CV shows each text in an isolating element; balanced, no text can end its isolation.
  const profile = useMemo(() => balanceDirectionControlsIn(result.profile), [result]);
  return (
    <>
      <LanguageOffer suggested={result.lang} />
      <VerifiedCard result={result} endorsements={endorsements} checkedAt={checkedAt} />
      <div className="no-print viewer-actions">
        <button type="button" className="button" onClick={() => window.print()}>
          <Icon name="printer" />
          {t('viewer.print')}
        </button>
      </div>
      <StatedByPerson result={result} />
      <ProfileCv
        profile={profile}
        entryMark={(section: ListSection, entryId: string) => (
          <EndorsementMark endorsements={endorsements} section={section} entryId={entryId} />
        )}
      />
      <EndorsementList endorsements={endorsements} />
    </>
  );
}

/** The recipient's view of a share link: the verdict first, and only while it is true. */
export function ViewerApp({ trust }: ViewerAppProps) {
  const { t } = useTranslation();
  const verdict = useVerifiedLink(trust);
  const result = verdict?.result;

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
          <VerifiedSnapshot result={verdict.result} checkedAt={verdict.checkedAt} {...(trust && { trust })} />
        )}
      </main>
    </>
  );
}
