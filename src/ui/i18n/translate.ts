/**
 * Translation without a framework: nested keys ("viewer.card.signed"), `{{name}}` placeholders
 * and plural forms chosen by `Intl.PluralRules` ("key_one", "key_other", … and "key_zero" for a
 * count of 0 where a file has it), with Swedish as the fallback. This is the subset of i18next's
 * JSON format (v4) that our locale files use; the locale test keeps the files within it.
 */

/** A translation tree, as in locales/<lang>/translation.json. */
export interface Strings {
  [key: string]: string | Strings;
}

export interface TOptions {
  /** Picks the plural form, and fills `{{count}}`. */
  count?: number;
  /** Another language than the translator's (bilingual glosses). */
  lng?: string;
  /** Shown when no language has the key. */
  defaultValue?: string;
  [placeholder: string]: unknown;
}

/**
 * `key` may be a list of keys, most specific first: the first that the language has is used
 * (a reason code's own wording before a general one), before falling back to Swedish.
 */
export type TFunction = (key: string | readonly string[], options?: TOptions) => string;

export interface Translator {
  readonly language: string;
  readonly t: TFunction;
}

export const FALLBACK_LANGUAGE = 'sv';

function lookup(strings: Strings | undefined, key: string): string | undefined {
  let node: string | Strings | undefined = strings;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string' || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(lang: string, count: number): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/** The keys to try in one language, most specific first (the order i18next uses). */
function candidates(key: string, lang: string, count: unknown): string[] {
  if (typeof count !== 'number') return [key];
  const forms = [`${key}_${pluralCategory(lang, count)}`, key];
  return count === 0 ? [`${key}_zero`, ...forms] : forms;
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** Fills `{{name}}` from the options; a placeholder without a value stays as written. */
function interpolate(text: string, options: TOptions | undefined): string {
  if (!options) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(options, name) && options[name] !== undefined ? String(options[name]) : whole,
  );
}

/**
 * A translator for `language` over the loaded strings of each language. A missing key shows its
 * `defaultValue`, or the key itself, never an empty text.
 */
export function createTranslator(language: string, strings: ReadonlyMap<string, Strings>): Translator {
  const t: TFunction = (key, options) => {
    const lang = options?.lng ?? language;
    const order = lang === FALLBACK_LANGUAGE ? [lang] : [lang, FALLBACK_LANGUAGE];
    const keys = typeof key === 'string' ? [key] : key;
    for (const code of order) {
      for (const each of keys) {
        for (const candidate of candidates(each, code, options?.count)) {
          const text = lookup(strings.get(code), candidate);
          if (text !== undefined) return interpolate(text, options);
        }
      }
    }
    return options?.defaultValue ?? keys[0] ?? '';
  };
  return { language, t };
}
