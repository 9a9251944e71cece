import { useState } from 'react';
import { LIST_SECTIONS } from '../../../core/profile/codes.ts';
import { defaultSelection, type ShareSelection } from '../../../core/profile/selection.ts';
import type { Profile } from '../../../core/profile/types.ts';
import { ensureHolderKey } from '../../../storage/keyStore.ts';
import { recordShare } from '../../../storage/shareHistory.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { CheckboxField } from '../../components/fields.tsx';
import { Icon } from '../../components/Icon.tsx';
import { useVerifiedKept } from '../../confirm/useVerifiedKept.ts';
import { endorsementsForEntries } from '../../confirm/verifyKept.ts';
import { Tx } from '../../i18n/Bilingual.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { type MadeLink, makeShareLink } from './makeShareLink.ts';
import { SelectionPicker } from './SelectionPicker.tsx';
import { ShareOptions, type ShareOptionsValue, validityOf } from './ShareOptions.tsx';
import { ShareResult } from './ShareResult.tsx';

/** Choose what to share, with whom, for how long and in which language; then a link and maybe a QR code. */
export default function ShareScreen({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const [selection, setSelection] = useState<ShareSelection>(() => defaultSelection(profile));
  const [options, setOptions] = useState<ShareOptionsValue>({
    recipient: '',
    validity: '30',
    until: '',
    lang: '',
  });
  const [made, setMade] = useState<MadeLink | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Confirmations of the chosen entries go along unless the holder leaves them out.
  const kept = useVerifiedKept(profile);
  const [withConfirmations, setWithConfirmations] = useState(true);
  const endorsementsFor = (chosen: ShareSelection) =>
    withConfirmations && kept ? endorsementsForEntries(kept, chosen.entries) : [];
  const carried = endorsementsFor(selection).length;

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const validity = validityOf(options);
      if (!validity) {
        setError('share.errors.badDate');
        return;
      }
      const key = await ensureHolderKey();
      if (!key.ok) {
        setError(`storage.errors.${key.reason}`);
        return;
      }
      const result = await makeShareLink(profile, selection, {
        privateJwk: key.value.privateJwk,
        validity,
        recipient: options.recipient.trim() || undefined,
        lang: options.lang || undefined,
        baseUrl: `${location.origin}${location.pathname}`,
        endorsementsFor,
      });
      if (!result.ok) {
        setError(`share.errors.${result.reason}`);
        return;
      }
      // The link exists and works even when the history cannot be written: show it all the same.
      await recordShare({
        jti: result.value.jti,
        createdAt: result.value.issuedAt.getTime(),
        expiresAt: result.value.expiresAt.getTime(),
        recipient: options.recipient.trim() || undefined,
        lang: options.lang,
        summary: {
          sections: LIST_SECTIONS.filter((section) => selection.entries[section].length > 0),
          entries: LIST_SECTIONS.reduce((sum, section) => sum + selection.entries[section].length, 0),
          personFields: selection.person,
        },
        link: result.value.link,
      });
      setMade(result.value);
    } catch {
      setError('share.errors.failed');
    } finally {
      setBusy(false);
    }
  };

  if (made) return <ShareResult made={made} onAgain={() => setMade(null)} />;

  return (
    <div className="screen share-screen">
      <h1>
        <Tx k="share.title" />
      </h1>
      <p className="intro">{t('share.intro')}</p>
      <SelectionPicker profile={profile} selection={selection} onChange={setSelection} />
      {kept?.some(({ result }) => result.status !== 'invalid') && (
        <fieldset className="card" data-testid="share-confirmations">
          <legend>
            <Tx k="request.share.title" />
          </legend>
          <CheckboxField
            label="request.share.include"
            checked={withConfirmations}
            onChange={setWithConfirmations}
          />
          <p className="hint">{t('request.share.count', { number: carried })}</p>
        </fieldset>
      )}
      <ShareOptions value={options} onChange={setOptions} />
      <ErrorBanner message={error} />
      <button
        type="button"
        className="button button-primary"
        disabled={busy || kept === null}
        onClick={() => void create()}
      >
        <Icon name="link" />
        {busy ? t('share.creating') : t('share.create')}
      </button>
    </div>
  );
}
