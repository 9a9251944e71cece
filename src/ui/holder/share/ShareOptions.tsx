import { useId } from 'react';
import type { Validity } from '../../../core/vc/validity.ts';
import { ChoiceField } from '../../components/fields.tsx';
import { Tx } from '../../i18n/Bilingual.tsx';
import { languageName } from '../../i18n/displayNames.ts';
import { UI_LANGUAGES } from '../../i18n/languages.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

export interface ShareOptionsValue {
  recipient: string;
  validity: '1' | '7' | '30' | 'date';
  /** "YYYY-MM-DD" when validity is "date". */
  until: string;
  /** "" lets the reader's browser decide. */
  lang: string;
}

const MAX_DAYS = 366;
const DAY_MS = 86_400_000;

/** The chosen validity, or null when the date is missing, past or more than 366 days away. */
export function validityOf(value: ShareOptionsValue, now = new Date()): Validity | null {
  if (value.validity !== 'date') return { days: Number(value.validity) };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value.until)) return null;
  // The link works to the end of the chosen day, in the holder's own time zone.
  const until = new Date(`${value.until}T23:59:59`);
  const ms = until.getTime() - now.getTime();
  if (Number.isNaN(ms) || ms <= 0 || ms > MAX_DAYS * DAY_MS) return null;
  return { until };
}

const isoDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

const SUGGESTIONS = ['Arbetsförmedlingen', 'Kommunen', 'Försäkringskassan', 'SFI', 'Komvux'];

export function ShareOptions({
  value,
  onChange,
}: {
  value: ShareOptionsValue;
  onChange: (value: ShareOptionsValue) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const now = new Date();
  const set = (patch: Partial<ShareOptionsValue>) => onChange({ ...value, ...patch });
  return (
    <div className="form share-options">
      <div className="field">
        <label htmlFor={`${id}-for`}>
          <Tx k="share.recipient" />
        </label>
        <p className="hint" id={`${id}-for-hint`}>
          {t('share.recipientHint')}
        </p>
        <input
          id={`${id}-for`}
          list={`${id}-suggestions`}
          maxLength={100}
          dir="auto"
          value={value.recipient}
          aria-describedby={`${id}-for-hint`}
          onChange={(event) => set({ recipient: event.target.value })}
        />
        <datalist id={`${id}-suggestions`}>
          {SUGGESTIONS.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </div>
      <ChoiceField
        legend="share.validity"
        value={value.validity}
        options={[
          { value: '1', label: t('share.days', { count: 1 }) },
          { value: '7', label: t('share.days', { count: 7 }) },
          { value: '30', label: t('share.days', { count: 30 }) },
          { value: 'date', label: t('share.chooseDate') },
        ]}
        onChange={(validity) => set({ validity: validity as ShareOptionsValue['validity'] })}
      />
      {value.validity === 'date' && (
        <div className="field">
          <label htmlFor={`${id}-until`}>{t('share.until')}</label>
          <input
            id={`${id}-until`}
            type="date"
            min={isoDay(now)}
            max={isoDay(new Date(now.getTime() + (MAX_DAYS - 1) * DAY_MS))}
            value={value.until}
            onChange={(event) => set({ until: event.target.value })}
          />
        </div>
      )}
      <p className="hint">{t('share.linkStops')}</p>
      <div className="field">
        <label htmlFor={`${id}-lang`}>
          <Tx k="share.presentIn" />
        </label>
        <select id={`${id}-lang`} value={value.lang} onChange={(event) => set({ lang: event.target.value })}>
          <option value="">{t('share.readerLanguage')}</option>
          {UI_LANGUAGES.map((lang) => (
            <option key={lang} value={lang}>
              {languageName(lang, i18n.language)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
