import type { ComponentType } from 'react';
import type { ListSection } from '../../../core/profile/codes.ts';
import type { EntryOf } from '../../../core/profile/types.ts';
import type { TFunction } from '../../i18n/useTranslation.ts';
import { EducationForm, educationSummary, newEducation } from './EducationForm.tsx';
import { LanguageForm, languageSummary, newLanguage } from './LanguageForm.tsx';
import { LicenceForm, licenceSummary, newLicence } from './LicenceForm.tsx';
import { newSkill, SkillForm, skillSummary } from './SkillForm.tsx';
import { newWork, WorkForm, workSummary } from './WorkForm.tsx';

export interface EntryFormProps<E> {
  entry: E;
  onPatch: (patch: Partial<E>) => void;
}

interface EntryEditor<E> {
  create: () => E;
  summary: (entry: E, t: TFunction, locale: string) => string;
  Form: ComponentType<EntryFormProps<E>>;
}

export const ENTRY_EDITORS: { [S in ListSection]: EntryEditor<EntryOf[S]> } = {
  languages: { create: newLanguage, summary: languageSummary, Form: LanguageForm },
  education: { create: newEducation, summary: educationSummary, Form: EducationForm },
  work: { create: newWork, summary: workSummary, Form: WorkForm },
  skills: { create: newSkill, summary: skillSummary, Form: SkillForm },
  licences: { create: newLicence, summary: licenceSummary, Form: LicenceForm },
};
