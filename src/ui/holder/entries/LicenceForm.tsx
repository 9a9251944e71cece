import { randomId } from '../../../core/ids.ts';
import { DRIVING_CATEGORIES, type DrivingCategory } from '../../../core/profile/codes.ts';
import type { LicenceEntry } from '../../../core/profile/types.ts';
import { ChoiceField, PartialDateField, SelectField, TextField } from '../../components/fields.tsx';
import type { TFunction } from '../../i18n/useTranslation.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { EntryFormProps } from './editors.tsx';

export const newLicence = (): LicenceEntry => ({ id: randomId(), kind: 'driving', category: 'B' });

export const licenceSummary = (entry: LicenceEntry, t: TFunction) =>
  entry.kind === 'driving' ? t('cv.drivingLicence', { category: entry.category }) : entry.label;

type AnyLicencePatch = Partial<Record<'kind' | 'category' | 'label' | 'issuer' | 'date', string | undefined>>;

export function LicenceForm({ entry, onPatch }: EntryFormProps<LicenceEntry>) {
  const { t } = useTranslation();
  const patch = (value: AnyLicencePatch) => onPatch(value as Partial<LicenceEntry>);
  return (
    <div className="form">
      <ChoiceField
        legend="fields.licenceKind"
        value={entry.kind}
        options={[
          { value: 'driving', label: t('licence.driving') },
          { value: 'other', label: t('licence.other'), description: t('licence.otherHint') },
        ]}
        onChange={(kind) =>
          patch(
            kind === 'driving'
              ? { kind, category: 'B', label: undefined, issuer: undefined, date: undefined }
              : { kind, category: undefined, label: '' },
          )
        }
      />
      {entry.kind === 'driving' ? (
        <SelectField
          label="fields.drivingCategory"
          value={entry.category}
          options={DRIVING_CATEGORIES.map((category) => ({
            value: category,
            label: `${category} – ${t(`codes.driving.${category}`)}`,
          }))}
          onChange={(category) => patch({ category: category as DrivingCategory })}
        />
      ) : (
        <>
          <TextField label="fields.licenceLabel" value={entry.label} onCommit={(label) => patch({ label })} />
          <TextField
            label="fields.issuer"
            value={entry.issuer ?? ''}
            onCommit={(issuer) => patch({ issuer })}
          />
          <PartialDateField
            label="fields.licenceDate"
            value={entry.date}
            onChange={(date) => patch({ date })}
          />
        </>
      )}
    </div>
  );
}
