import type { EndorsementPresentation } from '../../core/endorsement/presentation.ts';
import { leftOutOf } from '../../core/snapshot/leftOut.ts';
import type { ValidSnapshot } from '../../core/snapshot/verify.ts';
import { AuthorText } from '../components/AuthorText.tsx';
import { Icon } from '../components/Icon.tsx';
import { formatDateTime, formatList } from '../i18n/displayNames.ts';
import { useTranslation } from '../i18n/useTranslation.ts';

interface VerifiedCardProps {
  result: ValidSnapshot;
  endorsements: EndorsementPresentation;
  checkedAt: Date;
}

/**
 * Only what the app verified, in the app's words: the verdict and what it means, the key's
 * fingerprint, the dates, what was left out, and which organisations the reader's own trust list
 * recognises, by the list's names (the reader's own words). Nothing the person or an
 * organisation wrote stands here: a test renders it for any author text and finds the same text.
 */
export function VerifiedCard({ result, endorsements, checkedAt }: VerifiedCardProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const leftOut = leftOutOf(result.profile).map((part) =>
    part === 'contactDetails'
      ? t('viewer.contactDetails')
      : part === 'birthYear'
        ? t('fields.birthYear')
        : t(`sections.${part}`),
  );
  const numbers = (list: number[]) => formatList(list.map(String), locale);
  return (
    <section className="card verification" aria-labelledby="verification-heading" data-testid="verification">
      <h2 id="verification-heading">
        <Icon name="shield" />
        {t('viewer.card.genuine')}
      </h2>
      <p>{t('viewer.card.means')}</p>
      <dl className="verification-facts">
        <dt>{t('viewer.card.key')}</dt>
        <dd>
          <span className="fingerprint-inline" dir="ltr" data-testid="holder-fingerprint">
            {result.fingerprint}
          </span>
        </dd>
        <dt>{t('viewer.card.signed')}</dt>
        <dd>{formatDateTime(result.issuedAt.getTime(), locale)}</dd>
        <dt>{t('viewer.card.validUntil')}</dt>
        <dd data-testid="valid-until">{formatDateTime(result.expiresAt.getTime(), locale)}</dd>
        <dt>{t('viewer.card.checkedAt')}</dt>
        <dd data-testid="checked-at">{formatDateTime(checkedAt.getTime(), locale)}</dd>
        {leftOut.length > 0 && (
          <>
            <dt>{t('viewer.card.leftOut')}</dt>
            <dd>{formatList(leftOut, locale)}</dd>
          </>
        )}
        <dt>{t('viewer.card.trustList')}</dt>
        <dd data-testid="trust-list">
          {endorsements.trustListName === undefined ? (
            t('viewer.card.noTrustList')
          ) : (
            <>
              <AuthorText text={endorsements.trustListName} />
              {endorsements.trustedOrganisations.length === 0 ? (
                <p className="trust-note">{t('viewer.card.noneRecognised')}</p>
              ) : (
                <ul className="trusted-organisations">
                  {endorsements.trustedOrganisations.map((organisation) => (
                    <li key={organisation.did}>
                      <Icon name="check" />
                      <AuthorText text={organisation.name} />{' '}
                      {t('viewer.card.confirmations', { numbers: numbers(organisation.numbers) })}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </dd>
      </dl>
      <p className="hint">{t('viewer.fingerprintHint')}</p>
    </section>
  );
}
