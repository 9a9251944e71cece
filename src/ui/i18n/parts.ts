/**
 * Each locale file is served in two parts, so that a reader of a shared link downloads only the
 * strings the viewer shows:
 *
 * - "reader": the keys listed in READER_KEYS (a whole top-level block, or one key of a block with
 *   everything under it), used by the viewer and by the editor alike;
 * - "holder": everything else, used only by the holder's app.
 *
 * The rule for a new key: write it into locales/<lang>/translation.json as always (a new
 * feature's strings in a new top-level block). It is the holder's unless listed here. When code
 * that the viewer loads uses it, list it here: the locale-parts unit test fails until you do,
 * naming the key and the file that uses it.
 */
import type { Strings } from './translate.ts';

export const READER_KEYS: readonly string[] = [
  'catalogue.attribution',
  'catalogue.note',
  'catalogue.notInList',
  'catalogue.ownWords',
  'catalogue.wishesFromList',
  'codes.cefr',
  'codes.cefrSkill',
  'codes.driving',
  'codes.isced',
  'codes.scheme',
  'codes.skillLevel',
  'codes.workKind',
  'codes.workTime',
  'common.appLanguage',
  'common.notStated',
  'cv',
  'endorsementReasons',
  'fields.birthYear',
  'fields.drivers',
  'fields.email',
  'fields.field',
  'fields.municipality',
  'fields.phone',
  'fields.recognition',
  'fields.regions',
  'fields.studies',
  'fields.wishOccupations',
  'fields.workTime',
  'sections',
  'verify',
  'viewer',
];

export const LOCALE_PARTS = ['reader', 'holder'] as const;
export type LocalePart = (typeof LOCALE_PARTS)[number];

/** Whether the key (or every key under this prefix) is in the reader's part. */
export function isReaderKey(key: string): boolean {
  return READER_KEYS.some((entry) => key === entry || key.startsWith(`${entry}.`));
}

/** One part of a locale file (without the `_meta` review note); a block may be split by key. */
export function pickPart(strings: Strings, part: LocalePart): Strings {
  const picked: Strings = {};
  for (const [block, value] of Object.entries(strings)) {
    if (block === '_meta') continue;
    if (typeof value === 'string' || isReaderKey(block)) {
      if ((part === 'reader') === isReaderKey(block)) picked[block] = value;
      continue;
    }
    const keys = Object.entries(value).filter(
      ([key]) => (part === 'reader') === isReaderKey(`${block}.${key}`),
    );
    if (keys.length > 0) picked[block] = Object.fromEntries(keys);
  }
  return picked;
}
