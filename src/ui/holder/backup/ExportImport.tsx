import { useId, useState } from 'react';
import { mergeProfiles } from '../../../core/backup/merge.ts';
import { toJsonResume } from '../../../core/profile/jsonResume.ts';
import { type Problem, parseProfileJson } from '../../../core/profile/parse.ts';
import type { Profile } from '../../../core/profile/types.ts';
import { updateProfile } from '../../../storage/profileStore.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Icon } from '../../components/Icon.tsx';
import { countryName, languageName } from '../../i18n/displayNames.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { datedName, download, readChosenFile } from './files.ts';

const MAX_IMPORT_BYTES = 1024 * 1024;

type Imported = { profile: Profile } | { problems: Problem[] } | { tooLarge: true } | null;

/** The person's own data as plain files: Profile v1 JSON and JSON Resume out, Profile v1 JSON in. */
export function ExportImport({ profile }: { profile: Profile }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [imported, setImported] = useState<Imported>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const exportJson = () =>
    download({
      text: `${JSON.stringify(profile, null, 2)}\n`,
      name: datedName('kompetenspass-profile', 'json'),
      type: 'application/json',
    });
  const exportResume = () => {
    const resume = toJsonResume(profile, {
      code: (list, code) => t(`codes.${list}.${code}`),
      languageName: (code) => languageName(code, i18n.language),
      countryName: (code) => countryName(code, i18n.language),
      drivingLicence: (category) => t('cv.drivingLicence', { category }),
      motherTongue: t('cv.motherTongue'),
    });
    download({
      text: `${JSON.stringify(resume, null, 2)}\n`,
      name: datedName('kompetenspass-resume', 'json'),
      type: 'application/json',
    });
  };

  const choose = async (file: File | undefined) => {
    setDone(null);
    setError(null);
    if (!file) return setImported(null);
    const text = await readChosenFile(file, MAX_IMPORT_BYTES);
    if (text === null) return setImported({ tooLarge: true });
    const parsed = parseProfileJson(text);
    setImported(parsed.ok ? { profile: parsed.value } : { problems: parsed.problems });
  };
  const apply = async (incoming: Profile, mode: 'replace' | 'merge') => {
    let next = incoming;
    if (mode === 'merge') {
      const merged = mergeProfiles(incoming, profile);
      if (!merged.ok) return setError('backup.errors.merge_too_large');
      next = merged.value.profile;
    }
    const saved = await updateProfile(() => next);
    if (!saved.ok) return setError(`storage.errors.${saved.reason}`);
    setImported(null);
    setDone('data.imported');
  };

  return (
    <section className="card" aria-labelledby="export-heading">
      <h2 id="export-heading">
        <Icon name="down" /> {t('data.exportTitle')}
      </h2>
      <p>{t('data.exportIntro')}</p>
      <div className="button-column">
        <button type="button" className="button" data-testid="export-json" onClick={exportJson}>
          {t('data.exportJson')}
        </button>
        <button type="button" className="button" data-testid="export-jsonresume" onClick={exportResume}>
          {t('data.exportResume')}
        </button>
        <a className="button" href="#/" data-testid="export-print-link">
          <Icon name="printer" /> {t('data.printHint')}
        </a>
      </div>

      <h3>{t('data.importTitle')}</h3>
      <div className="field">
        <label htmlFor={`${id}-import`}>{t('data.importChoose')}</label>
        <input
          id={`${id}-import`}
          type="file"
          accept=".json,application/json"
          data-testid="import-json"
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </div>
      {imported && 'tooLarge' in imported && (
        <p className="banner banner-error" role="alert" data-testid="import-error">
          {t('data.importTooLarge')}
        </p>
      )}
      {imported && 'problems' in imported && (
        <div className="banner banner-error" role="alert" data-testid="import-problems">
          <p>{t('data.importProblems', { count: imported.problems.length })}</p>
          <ul>
            {imported.problems.slice(0, 20).map((problem, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity of their own
              <li key={i}>
                <code dir="ltr">{problem.path || '–'}</code>: {t(`problems.${problem.reason}`)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {imported && 'profile' in imported && (
        <div className="import-preview" data-testid="import-preview">
          <p>
            {t('data.importReady', {
              name:
                [imported.profile.person.givenName, imported.profile.person.familyName]
                  .filter(Boolean)
                  .join(' ') || t('cv.noName'),
            })}
          </p>
          <div className="button-column">
            <button
              type="button"
              className="button button-primary"
              data-testid="import-merge"
              onClick={() => void apply(imported.profile, 'merge')}
            >
              {t('data.importMerge')}
            </button>
            <button
              type="button"
              className="button"
              data-testid="import-replace"
              onClick={() => void apply(imported.profile, 'replace')}
            >
              {t('data.importReplace')}
            </button>
          </div>
        </div>
      )}
      <ErrorBanner message={error} />
      {done && <p role="status">{t(done)}</p>}
    </section>
  );
}
