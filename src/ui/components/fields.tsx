import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Tx } from '../i18n/Bilingual.tsx';
import type { Option } from '../i18n/displayNames.ts';
import { useTranslation } from '../i18n/useTranslation.ts';

/**
 * The value on screen changes at once when the person picks something; the stored value
 * catches up after the save (or arrives from another tab) and then wins.
 */
function useLocalValue<T>(value: T, onChange: (value: T) => void): [T, (value: T) => void] {
  const [local, setLocal] = useState(value);
  useEffect(() => setLocal(value), [value]);
  return [
    local,
    (next: T) => {
      setLocal(next);
      onChange(next);
    },
  ];
}

interface TextFieldProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  multiline?: boolean;
  maxLength?: number;
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  hint?: string;
  required?: boolean;
}

/**
 * A text input that saves on every change, so that a closed or killed tab loses nothing, and
 * takes changes from another tab while it is not being edited.
 */
export function TextField({
  label,
  value,
  onCommit,
  multiline,
  maxLength = 200,
  type = 'text',
  autoComplete,
  hint,
  required,
}: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const focused = useRef(false);

  useEffect(() => {
    if (!focused.current) setDraft(value);
  }, [value]);

  const common = {
    id,
    value: draft,
    maxLength,
    dir: 'auto' as const,
    required,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
    },
    onChange: (event: { target: { value: string } }) => {
      setDraft(event.target.value);
      // Transactions run in the order they start, so quick keystrokes are stored in order.
      onCommit(event.target.value);
    },
  };
  return (
    <div className="field">
      <LabelAndHint id={id} label={label} hint={hint} />
      {multiline ? (
        <textarea rows={4} {...common} />
      ) : (
        <input type={type} autoComplete={autoComplete ?? 'off'} {...common} />
      )}
    </div>
  );
}

/** A field's label and its optional hint, which the control names with aria-describedby. */
export function LabelAndHint({ id, label, hint }: { id: string; label: string; hint?: string | undefined }) {
  return (
    <>
      <label htmlFor={id}>
        <Tx k={label} />
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          <Tx k={hint} />
        </p>
      )}
    </>
  );
}

interface SelectFieldProps {
  label: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
  /** Label of the empty choice; without it a value must be chosen. */
  emptyLabel?: string;
  hint?: string;
}

export function SelectField({
  label,
  value: stored,
  options,
  onChange: save,
  emptyLabel,
  hint,
}: SelectFieldProps) {
  const id = useId();
  const { t } = useTranslation();
  const [value, onChange] = useLocalValue(stored, save);
  return (
    <div className="field">
      <LabelAndHint id={id} label={label} hint={hint} />
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      >
        {emptyLabel !== undefined && <option value="">{t(emptyLabel)}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField({
  label,
  context,
  checked: stored,
  onChange: save,
}: {
  label: string;
  /** Said before the label to screen readers only ("Education: All"), where the label repeats. */
  context?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  const [checked, onChange] = useLocalValue(stored, save);
  return (
    <div className="field field-checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>
        {context && <span className="visually-hidden">{context}: </span>}
        <Tx k={label} />
      </label>
    </div>
  );
}

interface ChoiceFieldProps {
  legend: string;
  value: string;
  options: { value: string; label: ReactNode; description?: ReactNode }[];
  onChange: (value: string) => void;
}

/** Radio buttons as big touch targets. */
export function ChoiceField({ legend, value: stored, options, onChange: save }: ChoiceFieldProps) {
  const name = useId();
  const [value, onChange] = useLocalValue(stored, save);
  return (
    <fieldset className="field choice">
      <legend>
        <Tx k={legend} />
      </legend>
      {options.map((option) => (
        <label key={option.value} className={`choice-option ${option.value === value ? 'is-chosen' : ''}`}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          <span>
            <span className="choice-label">{option.label}</span>
            {option.description && <span className="choice-description">{option.description}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

interface PartialDateFieldProps {
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}

/** A year and an optional month: always a valid "YYYY" or "YYYY-MM". */
export function PartialDateField({ label, value, onChange }: PartialDateFieldProps) {
  const id = useId();
  const { t, i18n } = useTranslation();
  const [year = '', month = ''] = (value ?? '').split('-');
  const [yearDraft, setYearDraft] = useState(year);
  useEffect(() => setYearDraft(year), [year]);
  const thisYear = new Date().getFullYear();
  const validYear = (text: string) =>
    /^\d{4}$/.test(text) && Number(text) >= 1940 && Number(text) <= thisYear + 10;
  const commitYear = (text: string) => {
    if (text === '') onChange(undefined);
    else if (validYear(text)) onChange(month ? `${text}-${month}` : text);
  };
  const monthNames = new Intl.DateTimeFormat(i18n.language, { month: 'long', timeZone: 'UTC' });
  const invalid = yearDraft !== '' && !validYear(yearDraft);
  return (
    <fieldset className="field date-field">
      <legend>
        <Tx k={label} />
      </legend>
      <div className="date-parts">
        <div>
          <label htmlFor={`${id}-y`} className="small-label">
            {/* "From: year" and "To: year" are two fields: each has a name of its own. */}
            <span className="visually-hidden">{t(label)}: </span>
            {t('fields.year')}
          </label>
          <input
            id={`${id}-y`}
            inputMode="numeric"
            maxLength={4}
            value={yearDraft}
            aria-invalid={invalid}
            aria-describedby={invalid ? `${id}-err` : undefined}
            onChange={(event) => {
              const text = event.target.value.replace(/\D/g, '');
              setYearDraft(text);
              if (text === '' || validYear(text)) commitYear(text);
            }}
          />
        </div>
        <div>
          <label htmlFor={`${id}-m`} className="small-label">
            <span className="visually-hidden">{t(label)}: </span>
            {t('fields.month')}
          </label>
          <select
            id={`${id}-m`}
            value={month}
            disabled={!validYear(year)}
            onChange={(event) => onChange(event.target.value ? `${year}-${event.target.value}` : year)}
          >
            <option value="">{t('fields.noMonth')}</option>
            {Array.from({ length: 12 }, (_, i) => {
              const mm = String(i + 1).padStart(2, '0');
              return (
                <option key={mm} value={mm}>
                  {monthNames.format(new Date(Date.UTC(2000, i, 1)))}
                </option>
              );
            })}
          </select>
        </div>
      </div>
      {invalid && (
        <p className="field-error" id={`${id}-err`}>
          {t('errors.badYear', { max: thisYear + 10 })}
        </p>
      )}
    </fieldset>
  );
}
