import type { OrganisationEntry } from '../../core/confirmation/organisationEntry.ts';
import { websiteHost } from '../../core/endorsement/trust.ts';
import { AuthorText } from '../components/AuthorText.tsx';
import { Icon } from '../components/Icon.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';

interface Props {
  entry: OrganisationEntry;
  onAdd: () => void;
  onCancel: () => void;
}

/**
 * Before an organisation goes on the list: its name (as it gives it), address and key
 * fingerprint, to be compared with the organisation's own screen or letter. The list then
 * trusts that key, whatever name the key signs with later.
 */
export function AddOrganisation({ entry, onAdd, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="add-organisation" data-testid="trust-add-preview">
      <legend>{t('desk.add.title')}</legend>
      <dl className="verification-facts">
        <dt>{t('desk.add.name')}</dt>
        <dd data-testid="trust-add-name">
          <AuthorText text={entry.name} />
        </dd>
        {entry.url !== undefined && (
          <>
            <dt>{t('desk.add.website')}</dt>
            <dd dir="ltr">{websiteHost(entry.url)}</dd>
          </>
        )}
        <dt>{t('desk.add.fingerprint')}</dt>
        <dd>
          <span className="fingerprint-inline" dir="ltr" data-testid="trust-add-fingerprint">
            {entry.fingerprint}
          </span>
        </dd>
      </dl>
      <p className="banner banner-warning">{t('desk.add.compare')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          data-testid="trust-add-confirm"
          onClick={onAdd}
        >
          <Icon name="check" />
          {t('desk.add.confirm')}
        </button>
        <button type="button" className="button" data-testid="trust-add-cancel" onClick={onCancel}>
          {t('desk.add.cancel')}
        </button>
      </div>
    </fieldset>
  );
}
