import { useMemo } from 'react';
import { randomId } from '../../../core/ids.ts';
import { CEFR_LEVELS, CEFR_SKILLS, type CefrLevel, SFI_COURSES } from '../../../core/profile/codes.ts';
import type { LanguageEntry } from '../../../core/profile/types.ts';
import { CheckboxField, SelectField } from '../../components/fields.tsx';
import { Tx } from '../../i18n/Bilingual.tsx';
import { languageName, languageOptions } from '../../i18n/displayNames.ts';
import type { TFunction } from '../../i18n/useTranslation.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { EntryFormProps } from './editors.tsx';

export const newLanguage = (): LanguageEntry => ({ id: randomId(), lang: 'sv' });

export const languageSummary = (entry: LanguageEntry, _t: TFunction, locale: string) =>
  languageName(entry.lang, locale);

/** The CEFR self-assessment grid: five skills, each A1–C2, all five set or none. */
export function LanguageForm({ entry, onPatch }: EntryFormProps<LanguageEntry>) {
  const { t, i18n } = useTranslation();
  const options = useMemo(() => languageOptions(i18n.language), [i18n.language]);
  const setLevel = (skill: (typeof CEFR_SKILLS)[number], level: string) => {
    if (level === '') return onPatch({ levels: undefined });
    const base = entry.levels ?? Object.fromEntries(CEFR_SKILLS.map((s) => [s, level]));
    onPatch({ levels: { ...base, [skill]: level as CefrLevel } as LanguageEntry['levels'] });
  };
  return (
    <div className="form">
      <SelectField
        label="fields.language"
        value={entry.lang}
        options={options}
        onChange={(lang) => onPatch({ lang })}
      />
      <CheckboxField
        label="fields.motherTongue"
        checked={entry.mother ?? false}
        onChange={(mother) => onPatch({ mother: mother || undefined })}
      />
      {!entry.mother && (
        <fieldset className="field cefr-grid">
          <legend>
            <Tx k="fields.cefrGrid" />
          </legend>
          <p className="hint">{t('language.cefrHint')}</p>
          {CEFR_SKILLS.map((skill) => (
            <SelectField
              key={skill}
              label={`codes.cefrSkill.${skill}`}
              hint={`codes.cefrSkillHint.${skill}`}
              value={entry.levels?.[skill] ?? ''}
              emptyLabel="language.notAssessed"
              options={CEFR_LEVELS.map((level) => ({
                value: level,
                label: `${level} – ${t(`codes.cefr.${level}`)}`,
              }))}
              onChange={(level) => setLevel(skill, level)}
            />
          ))}
        </fieldset>
      )}
      {entry.lang === 'sv' && (
        <SelectField
          label="fields.sfi"
          value={entry.sfi ?? ''}
          emptyLabel="language.noSfi"
          options={SFI_COURSES.map((course) => ({ value: course, label: t('cv.sfiCourse', { course }) }))}
          onChange={(sfi) => onPatch({ sfi: (sfi || undefined) as LanguageEntry['sfi'] })}
        />
      )}
    </div>
  );
}
