import { randomId } from '../../../core/ids.ts';
import { ISCED_LEVELS } from '../../../core/profile/codes.ts';
import type { EducationEntry } from '../../../core/profile/types.ts';
import { CheckboxField, SelectField, TextField } from '../../components/fields.tsx';
import { countryName } from '../../i18n/displayNames.ts';
import type { TFunction } from '../../i18n/useTranslation.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { EntryFormProps } from './editors.tsx';
import { PlaceAndPeriodFields } from './PlaceAndPeriodFields.tsx';

export const newEducation = (): EducationEntry => ({ id: randomId(), title: '' });

export const educationSummary = (entry: EducationEntry, _t: TFunction, locale: string) =>
  [entry.title, entry.country && countryName(entry.country, locale)].filter(Boolean).join(', ');

export function EducationForm({ entry, onPatch }: EntryFormProps<EducationEntry>) {
  const { t } = useTranslation();
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
      <PlaceAndPeriodFields entry={entry} ongoingLabel="fields.ongoingStudies" onPatch={onPatch} />
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
