import type { EndorsementPresentation } from '../../core/endorsement/presentation.ts';
import type { ListSection } from '../../core/profile/codes.ts';
import { Sentence } from '../components/AuthorText.tsx';
import { Icon } from '../components/Icon.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';

interface EndorsementMarkProps {
  endorsements: EndorsementPresentation;
  section: ListSection;
  entryId: string;
}

/**
 * At the entry itself, found by its id: which confirmation concerns it and what it is worth,
 * so that two entries that read alike cannot be confused. Only a confirmation by an
 * organisation on the reader's list is shown as confirmed.
 */
export function EndorsementMark({ endorsements, section, entryId }: EndorsementMarkProps) {
  const { t } = useTranslation();
  const marks = endorsements.marksFor(section, entryId);
  if (marks.length === 0) return null;
  return (
    <ul className="endorsement-marks" data-testid="endorsement-mark">
      {marks.map((mark) => {
        const item = endorsements.items[mark.number - 1];
        const trustedName = item && item.standing === 'trusted' ? item.trustedAs?.name : undefined;
        const state = mark.changed ? 'changed' : mark.standing;
        return (
          <li key={mark.number} className={`endorsement-mark endorsement-mark-${state}`}>
            {mark.standing === 'trusted' && !mark.changed && <Icon name="check" />}
            {trustedName !== undefined && !mark.changed ? (
              <Sentence
                k="viewer.mark.trusted"
                values={{ number: mark.number }}
                author={{ name: trustedName }}
              />
            ) : (
              t(`viewer.mark.${state}`, { number: mark.number })
            )}
          </li>
        );
      })}
    </ul>
  );
}
