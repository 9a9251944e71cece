import { useMemo, useState } from 'react';
import type { Person, Profile } from '../../core/profile/types.ts';
import { LabelAndHint, SelectField, TextField } from '../components/fields.tsx';
import { useSaver } from '../components/Toast.tsx';
import { languageOptions } from '../i18n/displayNames.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { setPersonField, setProfileLang } from './profileActions.ts';
import { ScreenHeader } from './ScreenHeader.tsx';

export function PersonScreen({ profile }: { profile: Profile }) {
  const { t, i18n } = useTranslation();
  const save = useSaver();
  const person = profile.person;
  const set =
    <K extends keyof Person>(field: K) =>
    (value: string) =>
      void save(setPersonField(field, (value.trim() === '' ? undefined : value) as Person[K] | undefined));
  const languages = useMemo(() => languageOptions(i18n.language), [i18n.language]);
  return (
    <div className="screen">
      <ScreenHeader title="sections.person" intro="person.intro" />
      <form className="form" onSubmit={(event) => event.preventDefault()}>
        <TextField
          label="fields.givenName"
          value={person.givenName}
          onCommit={set('givenName')}
          autoComplete="given-name"
        />
        <TextField
          label="fields.familyName"
          value={person.familyName}
          onCommit={set('familyName')}
          autoComplete="family-name"
        />
        <BirthYearField
          value={person.birthYear}
          onChange={(year) => void save(setPersonField('birthYear', year))}
        />
        <TextField
          label="fields.municipality"
          value={person.municipality ?? ''}
          onCommit={set('municipality')}
          autoComplete="address-level2"
        />
        <TextField
          label="fields.phone"
          type="tel"
          value={person.phone ?? ''}
          onCommit={set('phone')}
          maxLength={40}
          autoComplete="tel"
          hint="person.contactHint"
        />
        <TextField
          label="fields.email"
          type="email"
          value={person.email ?? ''}
          onCommit={set('email')}
          autoComplete="email"
        />
        <TextField
          label="fields.about"
          value={person.about ?? ''}
          onCommit={set('about')}
          multiline
          maxLength={2000}
          hint="person.aboutHint"
        />
        <SelectField
          label="fields.textLanguage"
          hint="person.textLanguageHint"
          value={profile.lang.split('-')[0] ?? 'sv'}
          options={languages}
          onChange={(lang) => void save(setProfileLang(lang))}
        />
      </form>
      <p className="saved-note" aria-live="polite">
        {t('common.savedAutomatically')}
      </p>
    </div>
  );
}

function BirthYearField({
  value,
  onChange,
}: {
  value: number | undefined;
  onChange: (year: number | undefined) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value === undefined ? '' : String(value));
  const max = new Date().getFullYear();
  const valid = (text: string) => /^\d{4}$/.test(text) && Number(text) >= 1900 && Number(text) <= max;
  const invalid = draft !== '' && !valid(draft);
  return (
    <div className="field">
      <LabelAndHint id="birth-year" label="fields.birthYear" hint="person.birthYearHint" />
      <input
        id="birth-year"
        inputMode="numeric"
        maxLength={4}
        value={draft}
        aria-invalid={invalid}
        aria-describedby={invalid ? 'birth-year-hint birth-year-error' : 'birth-year-hint'}
        onChange={(event) => {
          const text = event.target.value.replace(/\D/g, '');
          setDraft(text);
          if (text === '') onChange(undefined);
          else if (valid(text)) onChange(Number(text));
        }}
      />
      {invalid && (
        <p className="field-error" id="birth-year-error">
          {t('errors.badBirthYear', { max })}
        </p>
      )}
    </div>
  );
}
