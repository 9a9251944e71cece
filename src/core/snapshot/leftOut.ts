import { LIST_SECTIONS, type ListSection } from '../profile/codes.ts';
import type { SharedProfile } from '../profile/types.ts';

/** What a snapshot can leave out, as a reader is told it: contact details, birth year, whole sections. */
export type LeftOutPart = 'contactDetails' | 'birthYear' | ListSection | 'wishes';

/** The parts the holder did not share, in the order a reader is told them. Names no text of the profile. */
export function leftOutOf(profile: SharedProfile): LeftOutPart[] {
  const person = profile.person;
  return [
    ...(!person?.phone && !person?.email ? (['contactDetails'] as const) : []),
    ...(person?.birthYear === undefined ? (['birthYear'] as const) : []),
    ...LIST_SECTIONS.filter((section) => !profile[section]?.length),
    ...(!profile.wishes ? (['wishes'] as const) : []),
  ];
}
