import { useId, useState } from 'react';
import { isIssuerName } from '../../core/endorsement/limits.ts';
import { isHttpsUrl } from '../../core/endorsement/trust.ts';
import { cleanAuthorText } from '../../core/text/rule.ts';
import type { OrganisationRecord } from '../../storage/db.ts';
import { createOrganisation, renameOrganisation } from '../../storage/organisationStore.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Icon } from '../components/Icon.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';

interface Props {
  /** Given: change the name and address of this identity instead of making one. */
  existing?: OrganisationRecord;
  onCreated: (organisation: OrganisationRecord) => void;
}

/** The organisation's name as it signs, and optionally its https: address; the key is made here. */
export function CreateOrganisation({ existing, onCreated }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(existing?.name ?? '');
  const [url, setUrl] = useState(existing?.url ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const cleanName = cleanAuthorText(name, false).trim();
    const cleanUrl = url.trim();
    if (!isIssuerName(cleanName)) return setError('organisation.create.badName');
    if (cleanUrl !== '' && !isHttpsUrl(cleanUrl)) return setError('organisation.create.badUrl');
    setBusy(true);
    setError(null);
    const address = cleanUrl === '' ? undefined : cleanUrl;
    if (existing) {
      const renamed = await renameOrganisation(cleanName, address);
      setBusy(false);
      if (!renamed.ok) return setError(`storage.errors.${renamed.reason}`);
      const { url: _old, ...rest } = existing;
      return onCreated({ ...rest, name: cleanName, ...(address !== undefined && { url: address }) });
    }
    const made = await createOrganisation(cleanName, address);
    setBusy(false);
    if (!made.ok) return setError(`storage.errors.${made.reason}`);
    onCreated(made.value);
  };

  return (
    <section className="card form" aria-labelledby={`${id}-heading`} data-testid="org-create">
      <h2 id={`${id}-heading`}>
        {t(existing ? 'organisation.create.editTitle' : 'organisation.create.title')}
      </h2>
      {!existing && <p>{t('organisation.create.intro')}</p>}
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('organisation.create.name')}</label>
        <p className="hint" id={`${id}-name-hint`}>
          {t('organisation.create.nameHint')}
        </p>
        <input
          id={`${id}-name`}
          dir="auto"
          maxLength={200}
          value={name}
          aria-describedby={`${id}-name-hint`}
          data-testid="org-name"
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-url`}>{t('organisation.create.url')}</label>
        <p className="hint" id={`${id}-url-hint`}>
          {t('organisation.create.urlHint')}
        </p>
        <input
          id={`${id}-url`}
          type="url"
          dir="ltr"
          maxLength={200}
          value={url}
          placeholder="https://"
          aria-describedby={`${id}-url-hint`}
          data-testid="org-url"
          onChange={(event) => setUrl(event.target.value)}
        />
      </div>
      <ErrorBanner message={error} testId="org-create-error" />
      <button
        type="button"
        className="button button-primary"
        disabled={busy}
        data-testid="org-create-save"
        onClick={() => void save()}
      >
        <Icon name="check" />
        {t(existing ? 'organisation.create.saveChanges' : 'organisation.create.save')}
      </button>
    </section>
  );
}
