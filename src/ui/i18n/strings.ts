import type { LocalePart } from './parts.ts';
import type { Strings } from './translate.ts';

// One chunk per language and part, loaded on demand: a reader downloads only the strings of the
// viewer, in their own language (scripts/locale-parts-plugin.ts makes the parts).
const loaders: Record<LocalePart, Record<string, () => Promise<Strings>>> = {
  reader: import.meta.glob<Strings>('../../../locales/*/translation.json', {
    import: 'default',
    query: '?part=reader',
  }),
  holder: import.meta.glob<Strings>('../../../locales/*/translation.json', {
    import: 'default',
    query: '?part=holder',
  }),
};

/** The strings of one part in one language; empty for a language we do not have. */
export async function loadStrings(lang: string, part: LocalePart): Promise<Strings> {
  const load = loaders[part][`../../../locales/${lang}/translation.json`];
  return load ? load() : {};
}
