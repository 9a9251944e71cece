import { useMemo } from 'react';
import { CheckboxField, PartialDateField, SelectField } from '../../components/fields.tsx';
import { countryOptions } from '../../i18n/displayNames.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

/** The part of an education or work entry that says where and when. */
export interface PlaceAndPeriod {
  country?: string;
  from?: string;
  to?: string;
  ongoing?: boolean;
}

export function PlaceAndPeriodFields({
  entry,
  ongoingLabel,
  onPatch,
}: {
  entry: PlaceAndPeriod;
  /** "Studying here now" or "Working here now". */
  ongoingLabel: string;
  onPatch: (patch: PlaceAndPeriod) => void;
}) {
  const { i18n } = useTranslation();
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  return (
    <>
      <SelectField
        label="fields.country"
        value={entry.country ?? ''}
        emptyLabel="common.notStated"
        options={countries}
        onChange={(country) => onPatch({ country })}
      />
      <PartialDateField label="fields.from" value={entry.from} onChange={(from) => onPatch({ from })} />
      <CheckboxField
        label={ongoingLabel}
        checked={entry.ongoing ?? false}
        onChange={(ongoing) => onPatch({ ongoing: ongoing || undefined, to: ongoing ? undefined : entry.to })}
      />
      {!entry.ongoing && (
        <PartialDateField label="fields.to" value={entry.to} onChange={(to) => onPatch({ to })} />
      )}
    </>
  );
}
