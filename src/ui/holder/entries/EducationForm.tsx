import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { randomId } from '../../../core/ids.ts';
import { ISCED_LEVELS } from '../../../core/profile/codes.ts';
import type { EducationEntry } from '../../../core/profile/types.ts';
import { CheckboxField, PartialDateField, SelectField, TextField } from '../../components/fields.tsx';
import { countryName, countryOptions } from '../../i18n/displayNames.ts';
import type { EntryFormProps } from './editors.tsx';

export const newEducation = (): EducationEntry => ({ id: randomId(), title: '' });

export const educationSummary = (entry: EducationEntry, _t: TFunction, locale: string) =>
  [entry.title, entry.country && countryName(entry.country, locale)].filter(Boolean).join(', ');

export function EducationForm({ entry, onPatch }: EntryFormProps<EducationEntry>) {
  const { t, i18n } = useTranslation();
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  return (
    <div className="form">
      <TextField
        label="fields.educationTitle"
        hint="education.titleHint"
        value={entry.title}
        onCommit={(title) => onPatch({ title })}
      />
      <SelectField
        label="fields.isced"
        value={entry.isced === undefined ? '' : String(entry.isced)}
        emptyLabel="common.notStated"
        options={ISCED_LEVELS.map((level) => ({ value: String(level), label: t(`codes.isced.${level}`) }))}
        onChange={(value) => onPatch({ isced: value === '' ? undefined : Number(value) })}
      />
      <TextField label="fields.field" value={entry.field ?? ''} onCommit={(field) => onPatch({ field })} />
      <TextField
        label="fields.institution"
        value={entry.institution ?? ''}
        onCommit={(institution) => onPatch({ institution })}
      />
      <SelectField
        label="fields.country"
        value={entry.country ?? ''}
        emptyLabel="common.notStated"
        options={countries}
        onChange={(country) => onPatch({ country })}
      />
      <PartialDateField label="fields.from" value={entry.from} onChange={(from) => onPatch({ from })} />
      <CheckboxField
        label="fields.ongoingStudies"
        checked={entry.ongoing ?? false}
        onChange={(ongoing) => onPatch({ ongoing: ongoing || undefined, to: ongoing ? undefined : entry.to })}
      />
      {!entry.ongoing && (
        <PartialDateField label="fields.to" value={entry.to} onChange={(to) => onPatch({ to })} />
      )}
      <CheckboxField
        label="fields.completed"
        checked={entry.completed ?? false}
        onChange={(completed) => onPatch({ completed })}
      />
      <CheckboxField
        label="fields.hasDocuments"
        checked={entry.hasDocuments ?? false}
        onChange={(hasDocuments) => onPatch({ hasDocuments })}
      />
      <TextField
        label="fields.recognition"
        hint="education.recognitionHint"
        value={entry.recognition ?? ''}
        onCommit={(recognition) => onPatch({ recognition })}
      />
    </div>
  );
}
