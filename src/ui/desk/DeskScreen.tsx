import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TOKEN_LENGTH } from '../../core/snapshot/link.ts';
import { Icon } from '../components/Icon.tsx';
import { Tx } from '../i18n/Bilingual.tsx';
import { QrScanner } from '../scan/QrScanner.tsx';
import './desk.css';
import { DeskReport, type DeskVerdict } from './DeskReport.tsx';
import { readTextFile } from './readTextFile.ts';
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
  const [text, setText] = useState('');
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
    setVerdict(null);
    setInput(value);
  };
  const openFile = async (file: File | undefined) => {
    const content = await readTextFile(file, MAX_FILE_BYTES);
    setFileProblem(content === null);
    if (content !== null) check(content);
  };
  const clear = () => {
    setText('');
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
        <label htmlFor={`${id}-input`}>{t('desk.input.pasteLabel')}</label>
        <textarea
          id={`${id}-input`}
          dir="ltr"
          rows={4}
          value={text}
          data-testid="desk-input"
          onChange={(event) => setText(event.target.value)}
        />
        <div className="button-row">
          <button
            type="button"
            className="button button-primary"
            disabled={text.trim() === ''}
            data-testid="desk-check"
            onClick={() => check(text)}
          >
            <Icon name="shield" />
            {t('desk.input.check')}
          </button>
        </div>
        <label htmlFor={`${id}-file`}>{t('desk.input.fileLabel')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".txt,.jwt,.jws,text/plain"
          data-testid="desk-file"
          onChange={(event) => void openFile(event.target.files?.[0])}
        />
        {fileProblem && (
          <p className="banner banner-error" role="alert" data-testid="desk-file-problem">
            {t('desk.input.fileProblem')}
          </p>
        )}
        <QrScanner testId="desk-camera" onText={check} />
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
