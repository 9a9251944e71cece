import { useCallback, useEffect, useId, useState } from 'react';
import { type MadeReply, replyToRequest } from '../../core/confirmation/reply.ts';
import { type RequestReason, type VerifiedRequest, verifyRequest } from '../../core/confirmation/request.ts';
import { isStatement } from '../../core/endorsement/limits.ts';
import type { SharedProfile } from '../../core/profile/types.ts';
import { cleanAuthorText } from '../../core/text/rule.ts';
import type { OrganisationRecord } from '../../storage/db.ts';
import { Sentence } from '../components/AuthorText.tsx';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Icon } from '../components/Icon.tsx';
import { Refusal } from '../confirm/Refusal.tsx';
import { requestReasonKeys } from '../confirm/reasonKeys.ts';
import { ProfileCv } from '../cv/ProfileCv.tsx';
import { LinkField } from '../holder/share/LinkField.tsx';
import { QrCode } from '../holder/share/QrCode.tsx';
import { formatDateTime } from '../i18n/displayNames.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { LinkInput } from '../scan/LinkInput.tsx';

/** How long a confirmation holds: open-ended, or a number of years. */
const EXPIRIES = ['none', '1', '2', '5'] as const;
type Expiry = (typeof EXPIRIES)[number];

type Step =
  | { kind: 'input' }
  | { kind: 'refused'; reason: RequestReason }
  | { kind: 'review'; request: VerifiedRequest }
  | { kind: 'signed'; reply: MadeReply }
  | { kind: 'declined' };

/** The requested entry alone, as a CV shows it: coded values in the reader's language, the person's words as written. */
function entryProfile(request: VerifiedRequest): SharedProfile {
  return { v: 1, lang: request.lang ?? 'und', [request.section]: [request.entry] } as SharedProfile;
}

/**
 * The organisation opens a request: checked first (signature, dates, form); a refused request
 * shows why and offers nothing to sign. A valid one shows who asks and exactly what, then the
 * organisation signs (with its own words and an expiry, if it wants) or declines.
 */
export function ConfirmRequest({
  organisation,
  initial,
}: {
  organisation: OrganisationRecord;
  initial?: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [step, setStep] = useState<Step>({ kind: 'input' });
  const [statement, setStatement] = useState('');
  const [expiry, setExpiry] = useState<Expiry>('none');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const open = useCallback(async (input: string) => {
    setBusy(true);
    const checked = await verifyRequest(input);
    setBusy(false);
    setStep(
      checked.ok ? { kind: 'review', request: checked.value } : { kind: 'refused', reason: checked.reason },
    );
  }, []);
  useEffect(() => {
    if (initial) void open(initial);
  }, [initial, open]);

  const sign = async (request: VerifiedRequest) => {
    const words = cleanAuthorText(statement, true).trim();
    if (!isStatement(words)) return setError('organisation.confirm.badStatement');
    setBusy(true);
    setError(null);
    const reply = await replyToRequest(
      request,
      { privateJwk: organisation.privateJwk, name: organisation.name, url: organisation.url },
      {
        statement: words,
        validity: expiry === 'none' ? undefined : { days: Number(expiry) * 365 },
        baseUrl: `${location.origin}${location.pathname}`,
      },
    );
    setBusy(false);
    if (!reply.ok) return setError(`organisation.confirm.errors.${reply.reason}`);
    setStep({ kind: 'signed', reply: reply.value });
  };

  const again = () => {
    setStatement('');
    setStep({ kind: 'input' });
  };

  return (
    <section className="card confirm-request" aria-labelledby={`${id}-heading`} data-testid="org-confirm">
      <h2 id={`${id}-heading`}>{t('organisation.confirm.title')}</h2>
      {step.kind === 'input' && (
        <>
          <p>{t('organisation.confirm.intro')}</p>
          <LinkInput
            label={t('organisation.confirm.pasteLabel')}
            button={t('organisation.confirm.open')}
            testId="request"
            busy={busy}
            onText={(text) => void open(text)}
          />
        </>
      )}
      {busy && (
        <p className="loading" role="status">
          {t('request.receive.checking')}
        </p>
      )}
      {step.kind === 'refused' && (
        <Refusal
          testId="request-refused"
          reason={step.reason}
          title={t('organisation.confirm.refused')}
          why={t(requestReasonKeys(step.reason))}
          advice={t('organisation.confirm.nothingToSign')}
        >
          <button type="button" className="button" onClick={again}>
            {t('organisation.confirm.another')}
          </button>
        </Refusal>
      )}
      {step.kind === 'review' && (
        <div data-testid="request-review">
          <p>
            {step.request.name === undefined ? (
              t('organisation.confirm.asksNoName')
            ) : (
              <Sentence k="organisation.confirm.asks" author={{ name: step.request.name }} />
            )}
          </p>
          <dl className="verification-facts">
            <dt>{t('organisation.confirm.holderKey')}</dt>
            <dd>
              <span className="fingerprint-inline" dir="ltr" data-testid="request-fingerprint">
                {step.request.fingerprint}
              </span>
            </dd>
            <dt>{t('organisation.confirm.validUntil')}</dt>
            <dd>{formatDateTime(step.request.expiresAt.getTime(), i18n.language)}</dd>
          </dl>
          <p className="hint">{t('organisation.confirm.compare')}</p>
          <div className="request-entry" data-testid="request-entry">
            <ProfileCv profile={entryProfile(step.request)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-statement`}>{t('organisation.confirm.statement')}</label>
            <p className="hint" id={`${id}-statement-hint`}>
              {t('organisation.confirm.statementHint')}
            </p>
            <textarea
              id={`${id}-statement`}
              dir="auto"
              rows={3}
              maxLength={2000}
              value={statement}
              aria-describedby={`${id}-statement-hint`}
              data-testid="confirm-statement"
              onChange={(event) => setStatement(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-expiry`}>{t('organisation.confirm.expiry')}</label>
            <select
              id={`${id}-expiry`}
              value={expiry}
              data-testid="confirm-expiry"
              onChange={(event) => setExpiry(event.target.value as Expiry)}
            >
              {EXPIRIES.map((value) => (
                <option key={value} value={value}>
                  {value === 'none'
                    ? t('organisation.confirm.noExpiry')
                    : t(`organisation.confirm.years${value}`)}
                </option>
              ))}
            </select>
          </div>
          <ErrorBanner message={error} />
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              data-testid="confirm-entry"
              onClick={() => void sign(step.request)}
            >
              <Icon name="shield" />
              {t('organisation.confirm.sign')}
            </button>
            <button
              type="button"
              className="button"
              data-testid="decline-request"
              onClick={() => setStep({ kind: 'declined' })}
            >
              <Icon name="close" />
              {t('organisation.confirm.decline')}
            </button>
          </div>
        </div>
      )}
      {step.kind === 'declined' && (
        <div role="status" data-testid="request-declined">
          <p>{t('organisation.confirm.declined')}</p>
          <button type="button" className="button" onClick={again}>
            {t('organisation.confirm.another')}
          </button>
        </div>
      )}
      {step.kind === 'signed' && (
        <div data-testid="request-signed">
          <p className="banner banner-info">{t('organisation.confirm.signed')}</p>
          <LinkField
            id={`${id}-reply`}
            label={t('organisation.confirm.replyLink')}
            link={step.reply.link}
            testId="reply-link"
          />
          <QrCode
            text={step.reply.link}
            testId="reply-qr"
            caption={t('organisation.confirm.qrCaption')}
            tooLong={t('organisation.confirm.qrTooLong')}
          />
          <button type="button" className="button" onClick={again}>
            {t('organisation.confirm.another')}
          </button>
        </div>
      )}
    </section>
  );
}
