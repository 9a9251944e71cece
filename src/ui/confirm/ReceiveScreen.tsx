import { useCallback, useEffect, useId, useState } from 'react';
import { checkReply, type ReceiveReason } from '../../core/confirmation/receive.ts';
import type { VerifiedEndorsement } from '../../core/endorsement/verify.ts';
import type { Profile } from '../../core/profile/types.ts';
import { keepEndorsement } from '../../storage/endorsementStore.ts';
import { getHolderKey } from '../../storage/keyStore.ts';
import { Sentence } from '../components/AuthorText.tsx';
import { entryName } from '../cv/entryName.ts';
import { ScreenHeader } from '../holder/ScreenHeader.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import { LinkInput } from '../scan/LinkInput.tsx';
import { Refusal } from './Refusal.tsx';
import { replyReasonKeys } from './reasonKeys.ts';
import './confirm.css';

type Outcome =
  | { kind: 'kept' | 'already_kept'; endorsement: VerifiedEndorsement }
  | { kind: 'refused'; reason: ReceiveReason | 'storage' };

/**
 * The holder receives an organisation's reply: from its link (opened in the app, pasted) or its
 * QR code. It is kept only when it is a valid endorsement about this holder's own key, of an
 * entry that exists here with exactly the confirmed content; otherwise the reason is shown and
 * nothing changes.
 */
export default function ReceiveScreen({ profile, link }: { profile: Profile; link?: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  const receive = useCallback(
    async (input: string) => {
      setBusy(true);
      setOutcome(null);
      try {
        const key = await getHolderKey();
        const holder = key.ok && key.value ? key.value.did : '';
        const checked = await checkReply(input, { holder, profile });
        if (!checked.ok) {
          setOutcome({ kind: 'refused', reason: checked.reason });
          return;
        }
        const { token, endorsement } = checked.value;
        const kept = await keepEndorsement({
          jti: endorsement.jti,
          token,
          section: endorsement.section,
          entryId: endorsement.entry.id,
          issuerDid: endorsement.issuer.did,
          receivedAt: Date.now(),
        });
        setOutcome(kept.ok ? { kind: kept.value, endorsement } : { kind: 'refused', reason: 'storage' });
      } finally {
        setBusy(false);
      }
    },
    [profile],
  );

  // A reply opened as a link is checked at once; the address keeps it until the person moves on.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per link, not per profile change
  useEffect(() => {
    if (link) void receive(link);
  }, [link]);

  return (
    <div className="screen receive-screen">
      <ScreenHeader title="request.receive.title" intro="request.receive.intro" />
      {!link && (
        <section className="card" aria-labelledby={`${id}-heading`}>
          <h2 id={`${id}-heading`}>{t('request.receive.pasteTitle')}</h2>
          <LinkInput
            label={t('request.receive.pasteLabel')}
            button={t('request.receive.check')}
            testId="reply"
            busy={busy}
            onText={(text) => void receive(text)}
          />
        </section>
      )}
      {busy && (
        <p className="loading" role="status">
          {t('request.receive.checking')}
        </p>
      )}
      {outcome && <ReceiveOutcome outcome={outcome} locale={i18n.language} />}
    </div>
  );
}

function ReceiveOutcome({ outcome, locale }: { outcome: Outcome; locale: string }) {
  const { t } = useTranslation();
  if (outcome.kind === 'refused')
    return (
      <Refusal
        testId="receive-refused"
        reason={outcome.reason}
        title={t('request.receive.refused')}
        why={outcome.reason === 'storage' ? t('storage.errors.failed') : t(replyReasonKeys(outcome.reason))}
        advice={t('request.receive.nothingChanged')}
      />
    );
  const { endorsement } = outcome;
  return (
    <div
      className="banner banner-info receive-result"
      role="status"
      data-testid="receive-done"
      data-outcome={outcome.kind}
    >
      <p>
        <Sentence
          k={outcome.kind === 'kept' ? 'request.receive.kept' : 'request.receive.alreadyKept'}
          author={{
            name: endorsement.issuer.name,
            entry: entryName(endorsement.section, endorsement.entry, t, locale),
          }}
        />
      </p>
      <p>
        {t('request.receive.key')}{' '}
        <span className="fingerprint-inline" dir="ltr" data-testid="receive-fingerprint">
          {endorsement.fingerprint}
        </span>
      </p>
      <a className="button" href={`#/edit/${endorsement.section}`} data-testid="receive-see-entry">
        {t('request.receive.seeEntry')}
      </a>
    </div>
  );
}
