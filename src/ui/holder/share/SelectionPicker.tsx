import { LIST_SECTIONS, type ListSection } from '../../../core/profile/codes.ts';
import type { PersonField, ShareSelection } from '../../../core/profile/selection.ts';
import type { Profile } from '../../../core/profile/types.ts';
import { CheckboxField } from '../../components/fields.tsx';
import { Tx } from '../../i18n/Bilingual.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { ENTRY_EDITORS } from '../entries/editors.tsx';

/** Person fields offered together: a name is first and last name, contact is phone and e-mail. */
const PERSON_GROUPS: { label: string; fields: PersonField[] }[] = [
  { label: 'share.person.name', fields: ['givenName', 'familyName'] },
  { label: 'share.person.municipality', fields: ['municipality'] },
  { label: 'share.person.about', fields: ['about'] },
  { label: 'share.person.birthYear', fields: ['birthYear'] },
  { label: 'share.person.contact', fields: ['phone', 'email'] },
];

interface Props {
  profile: Profile;
  selection: ShareSelection;
  onChange: (selection: ShareSelection) => void;
}

export function SelectionPicker({ profile, selection, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const hasPersonValue = (fields: PersonField[]) =>
    fields.some((field) => profile.person[field] !== undefined && profile.person[field] !== '');
  const setPersonGroup = (fields: PersonField[], on: boolean) =>
    onChange({
      ...selection,
      person: on
        ? [...new Set([...selection.person, ...fields])]
        : selection.person.filter((f) => !fields.includes(f)),
    });
  const setEntries = (section: ListSection, ids: string[]) =>
    onChange({ ...selection, entries: { ...selection.entries, [section]: ids } });

  return (
    <div className="selection-picker">
      <h2>
        <Tx k="share.whatTitle" />
      </h2>
      <fieldset className="card">
        <legend>
          <Tx k="sections.person" />
        </legend>
        {PERSON_GROUPS.filter((group) => hasPersonValue(group.fields)).map((group) => (
          <CheckboxField
            key={group.label}
            label={group.label}
            checked={group.fields.every((field) => selection.person.includes(field))}
            onChange={(on) => setPersonGroup(group.fields, on)}
          />
        ))}
      </fieldset>
      {LIST_SECTIONS.map((section) => {
        const entries = profile[section] as { id: string }[];
        if (entries.length === 0) return null;
        const chosen = selection.entries[section];
        const editor = ENTRY_EDITORS[section];
        return (
          <fieldset key={section} className="card">
            <legend>
              <Tx k={`sections.${section}`} />
            </legend>
            {/* Every section has an "All" and may have untitled entries: each gets its section's name. */}
            <CheckboxField
              label="share.allOf"
              context={t(`sections.${section}`)}
              checked={chosen.length === entries.length}
              onChange={(on) => setEntries(section, on ? entries.map((entry) => entry.id) : [])}
            />
            <div className="selection-entries">
              {entries.map((entry) => (
                <label key={entry.id} className="selection-entry">
                  <input
                    type="checkbox"
                    checked={chosen.includes(entry.id)}
                    onChange={(event) =>
                      setEntries(
                        section,
                        event.target.checked
                          ? entries.map((e) => e.id).filter((id) => id === entry.id || chosen.includes(id))
                          : chosen.filter((id) => id !== entry.id),
                      )
                    }
                  />
                  <span className="visually-hidden">{t(`sections.${section}`)}: </span>
                  <span dir="auto">
                    {editor.summary(entry as never, t, i18n.language) || t('entries.untitled')}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      {Object.keys(profile.wishes).length > 0 && (
        <fieldset className="card">
          <legend>
            <Tx k="sections.wishes" />
          </legend>
          <CheckboxField
            label="share.includeWishes"
            checked={selection.wishes}
            onChange={(wishes) => onChange({ ...selection, wishes })}
          />
        </fieldset>
      )}
    </div>
  );
}
