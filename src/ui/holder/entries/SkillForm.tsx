import { randomId } from '../../../core/ids.ts';
import { SKILL_LEVELS } from '../../../core/profile/codes.ts';
import type { SkillEntry } from '../../../core/profile/types.ts';
import { CatalogueCombobox } from '../../catalogue/CatalogueCombobox.tsx';
import { ChosenCodes } from '../../catalogue/ChosenCode.tsx';
import { ChoiceField, TextField } from '../../components/fields.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { EntryFormProps } from './editors.tsx';

export const newSkill = (): SkillEntry => ({ id: randomId(), label: '' });

export const skillSummary = (entry: SkillEntry) => entry.label;

export function SkillForm({ entry, onPatch }: EntryFormProps<SkillEntry>) {
  const { t } = useTranslation();
  return (
    <div className="form">
      <CatalogueCombobox
        kind="skill"
        label="fields.skill"
        hint="skill.labelHint"
        value={entry.label}
        onText={(label) => onPatch({ label })}
        onChoose={({ ref, text }) => onPatch({ label: text, ref })}
      />
      {entry.ref && (
        <ChosenCodes kind="skill" codes={[entry.ref]} onRemove={() => onPatch({ ref: undefined })} />
      )}
      <ChoiceField
        legend="fields.skillLevel"
        value={entry.level === undefined ? '' : String(entry.level)}
        options={[
          { value: '', label: t('common.notStated') },
          ...SKILL_LEVELS.map((level) => ({
            value: String(level),
            label: `${'●'.repeat(level)}${'○'.repeat(4 - level)} ${t(`codes.skillLevel.${level}`)}`,
            description: t(`codes.skillLevelHint.${level}`),
          })),
        ]}
        onChange={(value) =>
          onPatch({ level: value === '' ? undefined : (Number(value) as SkillEntry['level']) })
        }
      />
      <TextField
        label="fields.evidence"
        hint="skill.evidenceHint"
        value={entry.evidence ?? ''}
        multiline
        maxLength={2000}
        onCommit={(evidence) => onPatch({ evidence })}
      />
    </div>
  );
}
