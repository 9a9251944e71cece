import type { EndorsementPresentation, PresentedEndorsement } from '../../core/endorsement/presentation.ts';
import { websiteHost } from '../../core/endorsement/trust.ts';
import { AuthorText, Sentence } from '../components/AuthorText.tsx';
import { entryName } from '../cv/entryName.ts';
import { useTranslation } from '../i18n/useTranslation.ts';

/** One valid endorsement: who stands behind it as far as the reader knows, then what it states. */
function PresentedItem({ item }: { item: PresentedEndorsement }) {
  const { t, i18n } = useTranslation();
  const { endorsement } = item;
  const number = item.number;
  return (
    <>
      <p className={`endorsement-standing endorsement-${item.standing}`}>
        {item.standing === 'trusted' && item.trustedAs ? (
          <Sentence
            k="viewer.endorsements.trusted"
            values={{ number }}
            author={{ name: item.trustedAs.name, list: item.trustedAs.listName }}
          />
        ) : (
          t(`viewer.endorsements.${item.standing}`, { number })
        )}
      </p>
      <dl className="endorsement-facts">
        <dt>{t('viewer.endorsements.entry')}</dt>
        <dd>
          <AuthorText text={entryName(endorsement.section, endorsement.entry, t, i18n.language)} /> (
          {t(`sections.${endorsement.section}`)})
        </dd>
        <dt>{t('viewer.endorsements.inProfileLabel')}</dt>
        <dd className={endorsement.inProfile === 'same' ? undefined : 'status-warning'}>
          {t(`viewer.inProfile.${endorsement.inProfile ?? 'absent'}`)}
        </dd>
        <dt>{t('viewer.endorsements.callsItself')}</dt>
        <dd>
          <AuthorText text={endorsement.issuer.name} />
        </dd>
        {endorsement.issuer.url !== undefined && (
          <>
            <dt>{t('viewer.endorsements.website')}</dt>
            <dd dir="ltr">{websiteHost(endorsement.issuer.url)}</dd>
          </>
        )}
        <dt>{t('viewer.endorsements.key')}</dt>
        <dd>
          <span className="fingerprint-inline" dir="ltr">
            {endorsement.fingerprint}
          </span>
        </dd>
      </dl>
      {item.otherNamesOfKey.length > 0 && (
        <p className="status-warning">
          {t('viewer.endorsements.otherNames')}{' '}
          {item.otherNamesOfKey.map((name, index) => (
            <span key={name}>
              {index > 0 && ', '}
              <AuthorText text={name} />
            </span>
          ))}
        </p>
      )}
      {item.nameUsedByOtherKey && (
        <p className="status-warning">{t('viewer.endorsements.nameUsedByOtherKey')}</p>
      )}
      {item.resemblesTrustedName && (
        <p className="status-warning">{t('viewer.endorsements.resemblesTrusted')}</p>
      )}
      {item.copies > 1 && <p className="hint">{t('viewer.endorsements.copies')}</p>}
      {endorsement.statement !== undefined && endorsement.statement !== '' && (
        <figure className="endorsement-statement">
          <figcaption>{t('viewer.endorsements.statement')}</figcaption>
          <blockquote dir="auto">
            <AuthorText text={endorsement.statement} />
          </blockquote>
        </figure>
      )}
    </>
  );
}

/**
 * Every endorsement the snapshot carries, once, numbered as the CV marks refer to them, outside
 * the verified card: what an organisation states, worded by what the reader knows of it.
 */
export function EndorsementList({ endorsements }: { endorsements: EndorsementPresentation }) {
  const { t } = useTranslation();
  if (endorsements.items.length === 0) return null;
  return (
    <section className="endorsements" aria-labelledby="endorsements-heading" data-testid="endorsements">
      <h2 id="endorsements-heading">{t('viewer.endorsements.heading')}</h2>
      <p className="hint">{t('viewer.endorsements.intro')}</p>
      <ul className="endorsement-list">
        {endorsements.items.map((item) => (
          <li key={item.number} id={`endorsement-${item.number}`} data-standing={item.standing}>
            {item.standing === 'invalid' ? (
              <p>
                {t('viewer.endorsements.invalid', { number: item.number })}{' '}
                {t(`endorsementReasons.${item.reason}`)}{' '}
                <span className="hint">
                  ({t('viewer.reasonCode')}: <code>{item.reason}</code>)
                </span>
              </p>
            ) : (
              <PresentedItem item={item} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
