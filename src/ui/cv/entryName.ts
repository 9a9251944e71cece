import type { ListSection } from '../../core/profile/codes.ts';
import type { EntryOf } from '../../core/profile/types.ts';
import { languageName } from '../i18n/displayNames.ts';
import type { TFunction } from '../i18n/useTranslation.ts';

/** What a reader recognises an entry by: its title, its skill, its language or its licence. */
export function entryName(
  section: ListSection,
  entry: EntryOf[ListSection],
  t: TFunction,
  locale: string,
): string {
  switch (section) {
    case 'languages':
      return languageName((entry as EntryOf['languages']).lang, locale);
    case 'education':
      return (entry as EntryOf['education']).title;
    case 'work':
      return (entry as EntryOf['work']).title;
    case 'skills':
      return (entry as EntryOf['skills']).label;
    case 'licences': {
      const licence = entry as EntryOf['licences'];
      return licence.kind === 'driving'
        ? t('cv.drivingLicence', { category: licence.category })
        : licence.label;
    }
  }
}
