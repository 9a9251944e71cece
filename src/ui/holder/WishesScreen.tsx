import { LIMITS, WORK_TIMES, type WorkTime } from '../../core/profile/codes.ts';
import type { Profile } from '../../core/profile/types.ts';
import { CatalogueCombobox } from '../catalogue/CatalogueCombobox.tsx';
import { ChosenCodes } from '../catalogue/ChosenCode.tsx';
import { ChoiceField, TextField } from '../components/fields.tsx';
import { useSaver } from '../components/Toast.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import { addWishedOccupation, removeWishedOccupation, setWishes } from './profileActions.ts';
import { ScreenHeader } from './ScreenHeader.tsx';

/** One item a line: easier on a phone than commas, and the same in every script. */
const toLines = (items: string[] | undefined) => (items ?? []).join('\n');
const fromLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, LIMITS.listItems)
    .map((line) => line.slice(0, LIMITS.shortText));

export function WishesScreen({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const save = useSaver();
  const wishes = profile.wishes;
  return (
    <div className="screen">
      <ScreenHeader title="sections.wishes" intro="intro.wishes" />
      <form className="form" onSubmit={(event) => event.preventDefault()}>
        <CatalogueCombobox
          kind="occupation"
          label="catalogue.wishSearch"
          hint="catalogue.wishHint"
          value=""
          clearOnChoose
          onChoose={({ ref }) => void save(addWishedOccupation(ref))}
        />
        <ChosenCodes
          kind="occupation"
          codes={wishes.occupationCodes ?? []}
          onRemove={(code) => void save(removeWishedOccupation(code))}
        />
        <TextField
          label="fields.wishOccupations"
          hint="wishes.onePerLine"
          multiline
          maxLength={4000}
          value={toLines(wishes.occupations)}
          onCommit={(text) => void save(setWishes({ occupations: fromLines(text) }))}
        />
        <ChoiceField
          legend="fields.workTime"
          value={wishes.workTime ?? ''}
          options={[
            { value: '', label: t('common.notStated') },
            ...WORK_TIMES.map((time) => ({ value: time, label: t(`codes.workTime.${time}`) })),
          ]}
          onChange={(value) =>
            void save(setWishes({ workTime: (value || undefined) as WorkTime | undefined }))
          }
        />
        <TextField
          label="fields.regions"
          hint="wishes.onePerLine"
          multiline
          maxLength={4000}
          value={toLines(wishes.regions)}
          onCommit={(text) => void save(setWishes({ regions: fromLines(text) }))}
        />
        <TextField
          label="fields.studies"
          multiline
          maxLength={2000}
          value={wishes.studies ?? ''}
          onCommit={(studies) => void save(setWishes({ studies }))}
        />
        <TextField
          label="fields.drivers"
          hint="wishes.driversHint"
          multiline
          maxLength={2000}
          value={wishes.drivers ?? ''}
          onCommit={(drivers) => void save(setWishes({ drivers }))}
        />
      </form>
      <p className="saved-note">{t('common.savedAutomatically')}</p>
    </div>
  );
}
