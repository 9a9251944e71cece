import { useEffect, useId, useState } from 'react';
import { MAX_TOKEN_LENGTH } from '../../core/snapshot/link.ts';
import { Tx } from '../i18n/Bilingual.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import { LinkInput } from '../scan/LinkInput.tsx';
import './desk.css';
import { DeskReport, type DeskVerdict } from './DeskReport.tsx';
import { TrustListPanel } from './TrustListPanel.tsx';
import { useDeskTrust } from './useDeskTrust.ts';

/** UTF-8 spends at most 3 bytes on a character: a larger file holds more than any snapshot may. */
const MAX_FILE_BYTES = 3 * MAX_TOKEN_LENGTH;

/**
 * The verification desk, for case workers: a snapshot pasted, opened from a file (a compact JWS
 * or a saved link) or scanned, verified offline against the desk's own trust list. The report
 * lives in memory only; the trust list is the one thing the desk keeps.
 */
export default function DeskScreen({ organisationEntry }: { organisationEntry?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const trust = useDeskTrust();
  // A new round clears the input.
  const [round, setRound] = useState(0);
  const [input, setInput] = useState<string | null>(null);
  const [verdict, setVerdict] = useState<DeskVerdict | null>(null);
  const [fileProblem, setFileProblem] = useState(false);

  // Verified again when the trust list changes, so that the report and its JSON always agree with it.
  useEffect(() => {
    if (input === null) return;
    let live = true;
    const checkedAt = new Date();
    // Verified by the viewer's own chunk (startViewer.tsx says why).
    void import('../viewer/startViewer.tsx')
      .then(({ verifySnapshot }) =>
        verifySnapshot(input, { now: checkedAt, ...(trust.list && { trust: trust.list }) }),
      )
      .then((result) => {
        if (live) setVerdict({ result, checkedAt });
      });
    return () => {
      live = false;
    };
  }, [input, trust.list]);

  const check = (value: string) => {
    setFileProblem(false);
    setVerdict(null);
    setInput(value);
  };
  const clear = () => {
    setRound((n) => n + 1);
    setInput(null);
    setVerdict(null);
  };

  return (
    <div className="screen desk-screen">
      <h1>
        <Tx k="desk.title" />
      </h1>
      <p className="intro no-print">{t('desk.intro')}</p>
      <section className="card no-print" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{t('desk.input.title')}</h2>
        <LinkInput
          key={round}
          label={t('desk.input.pasteLabel')}
          button={t('desk.input.check')}
          icon="shield"
          testId="desk"
          onText={check}
          file={{
            label: t('desk.input.fileLabel'),
            accept: '.txt,.jwt,.jws,text/plain',
            maxBytes: MAX_FILE_BYTES,
            onProblem: () => setFileProblem(true),
          }}
        />
        {fileProblem && (
          <p className="banner banner-error" role="alert" data-testid="desk-file-problem">
            {t('desk.input.fileProblem')}
          </p>
        )}
        <p className="hint">{t('desk.input.nothingKept')}</p>
      </section>
      {input !== null && !verdict && (
        <p className="loading" role="status">
          {t('viewer.checking')}
        </p>
      )}
      {verdict && <DeskReport verdict={verdict} trust={trust} onClear={clear} />}
      <TrustListPanel trust={trust} pendingEntry={organisationEntry} />
    </div>
  );
}
