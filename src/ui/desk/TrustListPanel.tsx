import { useEffect, useId, useState } from 'react';
import {
  MAX_ORGANISATION_FILE,
  type OrganisationEntry,
  readOrganisationEntry,
} from '../../core/confirmation/organisationEntry.ts';
import { parseTrustListJson, websiteHost } from '../../core/endorsement/trust.ts';
import { stringifyJson } from '../../core/text/json.ts';
import { distrust, trustIssuers } from '../../storage/trustStore.ts';
import { AuthorText } from '../components/AuthorText.tsx';
import { Icon } from '../components/Icon.tsx';
import { replyReasonKeys } from '../confirm/reasonKeys.ts';
import { download } from '../holder/backup/files.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { LinkInput } from '../scan/LinkInput.tsx';
import { readTextFile } from '../scan/readTextFile.ts';
import { AddOrganisation } from './AddOrganisation.tsx';
import type { DeskTrust } from './useDeskTrust.ts';

/** A trust list file is at most 16 MiB, as the command line reads it. */
const MAX_LIST_FILE = 16 * 1024 * 1024;

type Notice = { kind: 'error' | 'ok'; key: string; values?: Record<string, string | number> };

/**
 * The desk's own list of organisations whose confirmations it trusts, kept only on this device:
 * import a list file, add one organisation from its exported entry (file, link or QR code) after
 * comparing its fingerprint, remove one, export the list.
 */
export function TrustListPanel({
  trust,
  pendingEntry,
}: {
  trust: DeskTrust;
  pendingEntry?: string | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [preview, setPreview] = useState<OrganisationEntry | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const readEntry = async (input: string) => {
    setNotice(null);
    const entry = await readOrganisationEntry(input);
    if (entry.ok) setPreview(entry.value);
    else {
      setPreview(null);
      setNotice({
        kind: 'error',
        key: 'desk.add.refused',
        values: { reason: t(replyReasonKeys(entry.reason)) },
      });
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per opened link
  useEffect(() => {
    if (pendingEntry) void readEntry(pendingEntry);
  }, [pendingEntry]);

  const add = async (entry: OrganisationEntry) => {
    const { fingerprint: _fingerprint, ...issuer } = entry;
    const saved = await trustIssuers([issuer], t('desk.trust.defaultName'));
    setPreview(null);
    setNotice(
      saved.ok
        ? { kind: 'ok', key: 'desk.add.added' }
        : { kind: 'error', key: `storage.errors.${saved.reason}` },
    );
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setNotice(null);
    const content = await readTextFile(file, MAX_LIST_FILE);
    const list = content === null ? null : parseTrustListJson(content);
    if (!list?.ok) {
      setNotice({ kind: 'error', key: 'desk.trust.badFile', values: { path: list?.path || '-' } });
      return;
    }
    const saved = await trustIssuers(list.value.issuers, list.value.name);
    setNotice(
      saved.ok
        ? { kind: 'ok', key: 'desk.trust.imported', values: { number: saved.value } }
        : { kind: 'error', key: `storage.errors.${saved.reason}` },
    );
  };

  const exportList = () => {
    if (!trust.list) return;
    download({
      text: `${stringifyJson(trust.list, 2)}\n`,
      name: 'kompetenspass-trust-list.json',
      type: 'application/json',
    });
  };

  return (
    <section className="card trust-panel no-print" aria-labelledby={`${id}-heading`} data-testid="trust-list">
      <h2 id={`${id}-heading`}>{t('desk.trust.title')}</h2>
      <p>{t('desk.trust.intro')}</p>
      {trust.problem && (
        <p className="banner banner-error" role="alert">
          {t('storage.errors.failed')}
        </p>
      )}
      {trust.records?.length === 0 ? (
        <p data-testid="trust-empty">{t('desk.trust.empty')}</p>
      ) : (
        <>
          <p className="hint">
            {t('desk.trust.listName')} <AuthorText text={trust.name} />
          </p>
          <ul className="trust-entries">
            {trust.records?.map((record) => (
              <li key={record.did} data-testid="trust-entry">
                <span>
                  <AuthorText text={record.name} />
                  {record.url !== undefined && (
                    <span className="hint" dir="ltr">
                      {' '}
                      {websiteHost(record.url)}
                    </span>
                  )}
                </span>
                <button
                  type="button"
                  className="button button-small"
                  data-testid="trust-remove"
                  aria-label={t('desk.trust.remove', { name: record.name })}
                  onClick={() => void distrust(record.did)}
                >
                  <Icon name="trash" />
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {preview ? (
        <AddOrganisation entry={preview} onAdd={() => void add(preview)} onCancel={() => setPreview(null)} />
      ) : (
        <div className="trust-add">
          <h3>{t('desk.add.heading')}</h3>
          <LinkInput
            label={t('desk.add.pasteLabel')}
            button={t('desk.add.check')}
            testId="trust-add"
            onText={(text) => void readEntry(text)}
            file={{
              label: t('desk.add.fileLabel'),
              accept: 'application/json,.json,text/plain',
              maxBytes: MAX_ORGANISATION_FILE,
              onProblem: () => setNotice({ kind: 'error', key: 'desk.trust.badFile', values: { path: '-' } }),
            }}
          />
        </div>
      )}
      {notice && (
        <p
          className={`banner ${notice.kind === 'ok' ? 'banner-info' : 'banner-error'}`}
          role={notice.kind === 'ok' ? 'status' : 'alert'}
          data-testid={notice.kind === 'ok' ? 'trust-notice' : 'trust-error'}
        >
          {t(notice.key, notice.values)}
        </p>
      )}
      <h3>{t('desk.trust.filesTitle')}</h3>
      <label htmlFor={`${id}-import`}>{t('desk.trust.import')}</label>
      <input
        id={`${id}-import`}
        type="file"
        accept="application/json,.json"
        data-testid="trust-import"
        onChange={(event) => void importFile(event.target.files?.[0])}
      />
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={!trust.list}
          data-testid="trust-export"
          onClick={exportList}
        >
          <Icon name="copy" />
          {t('desk.trust.export')}
        </button>
      </div>
    </section>
  );
}
