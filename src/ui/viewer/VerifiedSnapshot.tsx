import { useMemo } from 'react';
import { presentEndorsements } from '../../core/endorsement/presentation.ts';
import type { TrustList } from '../../core/endorsement/trust.ts';
import type { ListSection } from '../../core/profile/codes.ts';
import type { ValidSnapshot } from '../../core/snapshot/verify.ts';
import { balanceDirectionControlsIn } from '../../core/text/bidi.ts';
import { Icon } from '../components/Icon.tsx';
import { ProfileCv } from '../cv/ProfileCv.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import { EndorsementList } from './EndorsementList.tsx';
import { EndorsementMark } from './EndorsementMark.tsx';
import { LanguageOffer } from './LanguageOffer.tsx';
import { StatedByPerson } from './StatedByPerson.tsx';
import { VerifiedCard } from './VerifiedCard.tsx';

/**
 * A valid snapshot as a reader sees it: the verified card, the person's statements, the CV with
 * each confirmation marked where it stands, and the confirmations, worded by the reader's own
 * trust list when there is one. The viewer and the verification desk show the same.
 */
export function VerifiedSnapshot({
  result,
  checkedAt,
  trust,
}: {
  result: ValidSnapshot;
  checkedAt: Date;
  trust?: TrustList | undefined;
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
