import { randomId } from '../../../core/ids.ts';
import {
  OCCUPATION_SCHEMES,
  type OccupationScheme,
  WORK_KINDS,
  type WorkKind,
} from '../../../core/profile/codes.ts';
import type { WorkEntry } from '../../../core/profile/types.ts';
import { CatalogueCombobox } from '../../catalogue/CatalogueCombobox.tsx';
import { ChosenCodes } from '../../catalogue/ChosenCode.tsx';
import { TypicalSkills } from '../../catalogue/TypicalSkills.tsx';
import { ChoiceField, SelectField, TextField } from '../../components/fields.tsx';
import type { TFunction } from '../../i18n/useTranslation.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { EntryFormProps } from './editors.tsx';
import { PlaceAndPeriodFields } from './PlaceAndPeriodFields.tsx';

export const newWork = (): WorkEntry => ({ id: randomId(), title: '', kind: 'employment' });

export const workSummary = (entry: WorkEntry, t: TFunction) =>
  entry.title ? `${entry.title} (${t(`codes.workKind.${entry.kind}`)})` : '';

export function WorkForm({ entry, onPatch }: EntryFormProps<WorkEntry>) {
  const { t } = useTranslation();
  return (
    <div className="form">
      <CatalogueCombobox
        kind="occupation"
        label="fields.workTitle"
        hint="work.titleHint"
        value={entry.title}
        onText={(title) => onPatch({ title })}
        onChoose={({ ref, text }) =>
          onPatch({ title: text, occupation: { scheme: ref.scheme as OccupationScheme, code: ref.code } })
        }
      />
      {entry.occupation && (
        <>
          <ChosenCodes
            kind="occupation"
            codes={[entry.occupation]}
            onRemove={() => onPatch({ occupation: undefined })}
          />
          <TypicalSkills occupation={entry.occupation} />
        </>
      )}
      <ChoiceField
        legend="fields.workKind"
        value={entry.kind}
        options={WORK_KINDS.map((kind) => ({
          value: kind,
          label: t(`codes.workKind.${kind}`),
          description: t(`codes.workKindHint.${kind}`),
        }))}
        onChange={(kind) => onPatch({ kind: kind as WorkKind })}
      />
      <TextField
        label="fields.employer"
        value={entry.employer ?? ''}
        onCommit={(employer) => onPatch({ employer })}
      />
      <PlaceAndPeriodFields entry={entry} ongoingLabel="fields.ongoingWork" onPatch={onPatch} />
      <TextField
        label="fields.tasks"
        hint="work.tasksHint"
        value={entry.tasks ?? ''}
        multiline
        maxLength={2000}
        onCommit={(tasks) => onPatch({ tasks })}
      />
      <details className="advanced">
        <summary>{t('work.occupationCode')}</summary>
        <p className="hint">{t('work.occupationCodeHint')}</p>
        <SelectField
          label="fields.occupationScheme"
          value={entry.occupation?.scheme ?? ''}
          emptyLabel="common.notStated"
          options={OCCUPATION_SCHEMES.map((scheme) => ({
            value: scheme,
            label: t(`codes.scheme.${scheme}`),
          }))}
          onChange={(scheme) =>
            onPatch({
              occupation: scheme
                ? { scheme: scheme as OccupationScheme, code: entry.occupation?.code || '0' }
                : undefined,
            })
          }
        />
        {entry.occupation && (
          <TextField
            label="fields.occupationCode"
            value={entry.occupation.code}
            onCommit={(code) =>
              onPatch({
                occupation: code.trim() ? { scheme: entry.occupation!.scheme, code: code.trim() } : undefined,
              })
            }
          />
        )}
      </details>
    </div>
  );
}
