import { useState } from 'react';
import type { MadeRequest } from '../../core/confirmation/request.ts';
import { createRequest } from '../../core/confirmation/request.ts';
import { LIST_SECTIONS, type ListSection } from '../../core/profile/codes.ts';
import type { Profile } from '../../core/profile/types.ts';
import { ensureHolderKey } from '../../storage/keyStore.ts';
import { CheckboxField } from '../components/fields.tsx';
import { Icon } from '../components/Icon.tsx';
import { ENTRY_EDITORS } from '../holder/entries/editors.tsx';
import { ScreenHeader } from '../holder/ScreenHeader.tsx';
import { LinkField } from '../holder/share/LinkField.tsx';
import { QrCode } from '../holder/share/QrCode.tsx';
import { formatDateTime } from '../i18n/displayNames.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import './confirm.css';
import { ErrorBanner } from '../components/ErrorBanner.tsx';

/** A request is valid this long: time enough to meet the organisation, short enough to expire. */
const REQUEST_DAYS = 30;

/**
 * "Ask for confirmation": a request for one entry, signed with the holder's key so that the
 * organisation knows who will receive its confirmation. It leaves the phone only as the
 * person passes it on (link or QR code), and says exactly what will be confirmed.
 */
export default function AskScreen({
  profile,
  section,
  entryId,
}: {
  profile: Profile;
  section: string;
  entryId: string;
}) {
  const { t, i18n } = useTranslation();
  const known = (LIST_SECTIONS as readonly string[]).includes(section) ? (section as ListSection) : undefined;
  const entry = known ? (profile[known] as { id: string }[]).find((e) => e.id === entryId) : undefined;
  const name = [profile.person.givenName, profile.person.familyName].filter(Boolean).join(' ').trim();
  const [withName, setWithName] = useState(name !== '');
  const [made, setMade] = useState<MadeRequest | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!known || !entry)
    return (
      <div className="screen">
        <ScreenHeader title="request.ask.title" />
        <p className="banner banner-error" role="alert" data-testid="ask-missing">
          {t('request.ask.missing')}
        </p>
      </div>
    );

  const summary = ENTRY_EDITORS[known].summary(entry as never, t, i18n.language) || t('entries.untitled');
  const make = async () => {
    setBusy(true);
    setError(null);
    try {
      const key = await ensureHolderKey();
      if (!key.ok) {
        setError(`storage.errors.${key.reason}`);
        return;
      }
      const request = await createRequest({
        privateJwk: key.value.privateJwk,
        section: known,
        entry,
        name: withName && name !== '' ? name.slice(0, 200) : undefined,
        lang: profile.lang,
        validity: { days: REQUEST_DAYS },
        baseUrl: `${location.origin}${location.pathname}`,
      });
      if (!request.ok) setError(`request.ask.errors.${request.reason}`);
      else setMade(request.value);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="screen ask-screen">
      <ScreenHeader title="request.ask.title" intro="request.ask.intro" />
      <section className="card request-entry" aria-labelledby="ask-entry">
        <h2 id="ask-entry">{t(`sections.${known}`)}</h2>
        <p dir="auto" data-testid="ask-entry">
          {summary}
        </p>
        <p className="hint">{t('request.ask.exactly')}</p>
      </section>
      {!made && (
        <>
          {name !== '' && (
            <CheckboxField label="request.ask.withName" checked={withName} onChange={setWithName} />
          )}
          <p className="hint">{t('request.ask.valid', { days: REQUEST_DAYS })}</p>
          <ErrorBanner message={error} />
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            data-testid="make-request"
            onClick={() => void make()}
          >
            <Icon name="shield" />
            {t('request.ask.make')}
          </button>
        </>
      )}
      {made && (
        <>
          <p className="banner banner-info">
            {t('request.ask.ready', { date: formatDateTime(made.expiresAt.getTime(), i18n.language) })}
          </p>
          <LinkField
            id="request-link"
            label={t('request.ask.theLink')}
            link={made.link}
            testId="request-link"
          />
          <section className="card" aria-labelledby="request-qr-heading">
            <h2 id="request-qr-heading">{t('request.ask.qrTitle')}</h2>
            <QrCode
              text={made.link}
              testId="request-qr"
              caption={t('request.ask.qrCaption')}
              tooLong={t('request.ask.qrTooLong')}
            />
          </section>
          <p>{t('request.ask.next')}</p>
          <a className="button" href="#/receive" data-testid="go-receive">
            {t('request.receive.open')}
          </a>
        </>
      )}
    </div>
  );
}
