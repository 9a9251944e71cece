import { useTranslation } from 'react-i18next';
import { LIST_SECTIONS } from '../../core/profile/codes.ts';
import type { ValidSnapshot } from '../../core/snapshot/verify.ts';
import { Icon } from '../components/Icon.tsx';
import { entryName } from '../cv/entryName.ts';
import { formatDateTime, formatList } from '../i18n/displayNames.ts';

/**
 * Free text inside a translated sentence keeps its own direction (a Swedish skill name in an
 * Arabic sentence): Unicode first-strong isolates, the plain-text form of <bdi>.
 */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** What the reader can rely on: who signed, when, until when, for whom, and what was left out. */
export function VerificationPanel({ result }: { result: ValidSnapshot }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const profile = result.profile;
  const leftOut = [
    ...(!profile.person?.phone && !profile.person?.email ? [t('viewer.contactDetails')] : []),
    ...(profile.person?.birthYear === undefined ? [t('fields.birthYear')] : []),
    ...LIST_SECTIONS.filter((section) => !profile[section]?.length).map((section) =>
      t(`sections.${section}`),
    ),
    ...(!profile.wishes ? [t('sections.wishes')] : []),
  ];
  return (
    <section className="card verification" aria-labelledby="verification-heading" data-testid="verification">
      <h2 id="verification-heading">
        <Icon name="shield" />
        {t('viewer.genuine')}
      </h2>
      <p>{t('viewer.genuineBody')}</p>
      <dl className="verification-facts">
        <dt>{t('viewer.signedBy')}</dt>
        <dd>
          <span className="fingerprint-inline" dir="ltr">
            {result.fingerprint}
          </span>
        </dd>
        {result.for && (
          <>
            <dt>{t('viewer.sharedWith')}</dt>
            <dd dir="auto">{result.for}</dd>
          </>
        )}
        <dt>{t('viewer.issued')}</dt>
        <dd>{formatDateTime(result.issuedAt.getTime(), locale)}</dd>
        <dt>{t('viewer.validUntil')}</dt>
        <dd>{formatDateTime(result.expiresAt.getTime(), locale)}</dd>
        {leftOut.length > 0 && (
          <>
            <dt>{t('viewer.leftOut')}</dt>
            <dd>{formatList(leftOut, locale)}</dd>
          </>
        )}
      </dl>
      <p className="hint">{t('viewer.fingerprintHint')}</p>
      {result.endorsements.length > 0 && (
        <>
          <h3>{t('viewer.endorsements')}</h3>
          <ul className="endorsement-list">
            {result.endorsements.map((endorsement, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: endorsements have no id of their own
              <li key={index}>
                {endorsement.status === 'invalid' ? (
                  <p>
                    {t('viewer.endorsement.invalid')}{' '}
                    <span className="hint">
                      ({t('viewer.reasonCode')}: <code>{endorsement.reason}</code>)
                    </span>
                  </p>
                ) : (
                  <>
                    <p>
                      {/* The organisation's name is what its endorsement says of itself: text only. */}
                      {t(`viewer.endorsement.${endorsement.status}`, {
                        // A trusted issuer goes by the reader's own name for it, never its self-description.
                        name: isolate(endorsement.trustedAs?.name ?? endorsement.issuer.name),
                      })}
                    </p>
                    <p className="endorsement-about" dir="auto">
                      {t('viewer.endorsementAbout', {
                        entry: isolate(entryName(endorsement.section, endorsement.entry, t, locale)),
                        section: t(`sections.${endorsement.section}`),
                      })}
                    </p>
                    {endorsement.statement && (
                      <p className="endorsement-statement" dir="auto">
                        {endorsement.statement}
                      </p>
                    )}
                    {endorsement.inProfile && (
                      <p className={endorsement.inProfile === 'same' ? 'status-ok' : 'status-warning'}>
                        {t(`viewer.inProfile.${endorsement.inProfile}`)}
                      </p>
                    )}
                    <p className="hint">
                      {t('viewer.endorsementKey', { fingerprint: endorsement.fingerprint })}
                    </p>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
