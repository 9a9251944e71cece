import { useEffect, useId, useState } from 'react';
import { encodeOrganisationEntry, organisationTrustList } from '../../core/confirmation/organisationEntry.ts';
import { websiteHost } from '../../core/endorsement/trust.ts';
import type { MessageLink } from '../../core/links/message.ts';
import { stringifyJson } from '../../core/text/json.ts';
import type { OrganisationRecord } from '../../storage/db.ts';
import { AuthorText } from '../components/AuthorText.tsx';
import { Icon } from '../components/Icon.tsx';
import { download } from '../holder/backup/files.ts';
import { LinkField } from '../holder/share/LinkField.tsx';
import { QrCode } from '../holder/share/QrCode.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import { CreateOrganisation } from './CreateOrganisation.tsx';

const trustedIssuerOf = (organisation: OrganisationRecord) => ({
  did: organisation.did,
  name: organisation.name,
  ...(organisation.url !== undefined && { url: organisation.url }),
});

/**
 * The organisation's identity as others will see it, and its trust-list entry for an authority
 * to add (as a file, a link or a QR code). The fingerprint is what a case worker compares.
 */
export function OrganisationCard({
  organisation,
  onChanged,
}: {
  organisation: OrganisationRecord;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [entry, setEntry] = useState<MessageLink | null>(null);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    void encodeOrganisationEntry(
      trustedIssuerOf(organisation),
      `${location.origin}${location.pathname}`,
    ).then(setEntry);
  }, [organisation]);
  const saveFile = () =>
    download({
      text: `${stringifyJson(organisationTrustList(trustedIssuerOf(organisation)), 2)}\n`,
      name: 'kompetenspass-organisation.json',
      type: 'application/json',
    });

  return (
    <section className="card organisation-card" aria-labelledby={`${id}-heading`} data-testid="org-card">
      <h2 id={`${id}-heading`}>{t('organisation.card.title')}</h2>
      <dl className="verification-facts">
        <dt>{t('organisation.card.name')}</dt>
        <dd data-testid="org-card-name">
          <AuthorText text={organisation.name} />
        </dd>
        {organisation.url !== undefined && (
          <>
            <dt>{t('organisation.card.website')}</dt>
            <dd dir="ltr">{websiteHost(organisation.url)}</dd>
          </>
        )}
        <dt>{t('organisation.card.fingerprint')}</dt>
        <dd>
          <span className="fingerprint-inline" dir="ltr" data-testid="org-fingerprint">
            {organisation.fingerprint}
          </span>
        </dd>
      </dl>
      <p className="hint">{t('organisation.card.fingerprintHint')}</p>
      {editing ? (
        <CreateOrganisation
          existing={organisation}
          onCreated={() => {
            setEditing(false);
            onChanged();
          }}
        />
      ) : (
        <button
          type="button"
          className="button button-small"
          data-testid="org-edit"
          onClick={() => setEditing(true)}
        >
          <Icon name="edit" />
          {t('organisation.card.edit')}
        </button>
      )}
      <h3>{t('organisation.card.exportTitle')}</h3>
      <p>{t('organisation.card.exportIntro')}</p>
      <button type="button" className="button" data-testid="org-export-file" onClick={saveFile}>
        <Icon name="copy" />
        {t('organisation.card.exportFile')}
      </button>
      {entry && (
        <>
          <LinkField
            id={`${id}-link`}
            label={t('organisation.card.exportLink')}
            link={entry.link}
            testId="org-entry-link"
          />
          <QrCode text={entry.link} testId="org-entry-qr" caption={t('organisation.card.qrCaption')} />
        </>
      )}
    </section>
  );
}
