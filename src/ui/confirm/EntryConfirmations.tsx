import { useEffect, useState } from 'react';
import type { ListSection } from '../../core/profile/codes.ts';
import type { Profile } from '../../core/profile/types.ts';
import type { EndorsementRecord } from '../../storage/db.ts';
import { forgetEndorsement } from '../../storage/endorsementStore.ts';
import { getHolderKey } from '../../storage/keyStore.ts';
import { Sentence } from '../components/AuthorText.tsx';
import { Icon } from '../components/Icon.tsx';
import { formatDate } from '../i18n/displayNames.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { replyReasonKeys } from './reasonKeys.ts';
import { type KeptEndorsement, verifyKept } from './verifyKept.ts';
import './confirm.css';

interface Props {
  section: ListSection;
  entryId: string;
  profile: Profile;
  records: EndorsementRecord[];
}

/**
 * Beside an entry in the editor: the confirmations kept for it, each verified again against the
 * entry as it stands. An entry edited since it was confirmed says so, and offers to ask again.
 */
export default function EntryConfirmations({ section, entryId, profile, records }: Props) {
  const { t, i18n } = useTranslation();
  const [kept, setKept] = useState<KeptEndorsement[]>([]);
  // The editor re-renders on every keystroke: verify again only when the records or the profile change.
  const which = records.map((record) => record.jti).join(' ');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `which` stands for `records`
  useEffect(() => {
    let live = true;
    void getHolderKey().then(async (key) => {
      const holder = key.ok && key.value ? key.value.did : '';
      const verified = await verifyKept(records, holder, profile);
      if (live) setKept(verified);
    });
    return () => {
      live = false;
    };
  }, [which, profile]);
  if (kept.length === 0) return null;
  const askAgain = `#/ask/${section}/${encodeURIComponent(entryId)}`;
  return (
    <ul className="entry-confirmations" data-testid="entry-confirmations">
      {kept.map(({ record, result }) => {
        const state =
          result.status === 'invalid' ? 'invalid' : result.inProfile === 'same' ? 'same' : 'changed';
        return (
          <li
            key={record.jti}
            className={`entry-confirmation entry-confirmation-${state}`}
            data-testid="entry-confirmation"
            data-state={state}
          >
            {result.status === 'invalid' ? (
              <span>
                <Icon name="alert" />
                {t('request.mark.invalid')} {t(replyReasonKeys(result.reason))}
              </span>
            ) : (
              <span>
                <Icon name={state === 'same' ? 'check' : 'alert'} />
                <Sentence
                  k={state === 'same' ? 'request.mark.confirmed' : 'request.mark.changed'}
                  values={{ date: formatDate(result.issuedAt.getTime(), i18n.language) }}
                  author={{ name: result.issuer.name }}
                />{' '}
                <span className="fingerprint-inline" dir="ltr">
                  {result.fingerprint}
                </span>
              </span>
            )}
            <span className="button-row">
              {state === 'changed' && (
                <a className="button button-small" href={askAgain} data-testid="ask-again">
                  {t('request.mark.askAgain')}
                </a>
              )}
              <button
                type="button"
                className="button button-small"
                data-testid="confirmation-remove"
                onClick={() => void forgetEndorsement(record.jti)}
              >
                {t('request.mark.remove')}
              </button>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
