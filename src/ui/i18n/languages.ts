/** UI languages, Swedish first: it is the default and the language of bilingual glosses. */
export const UI_LANGUAGES = ['sv', 'en', 'ar', 'fa', 'so', 'ti', 'uk'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const RTL: ReadonlySet<string> = new Set(['ar', 'fa']);

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

export function directionOf(lang: string): 'rtl' | 'ltr' {
  return RTL.has(lang) ? 'rtl' : 'ltr';
}

/** Sets `lang` and `dir` on <html>, which drives the right-to-left layout. */
export function applyDocumentLanguage(lang: string): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
}

/** The UI language for a BCP 47 tag, by its primary subtag, if we have one. */
export function uiLanguageOf(tag: string | undefined): UiLanguage | undefined {
  const primary = tag?.toLowerCase().split('-')[0];
  // Dari is written "prs" by some systems; it shares the Persian UI.
  const mapped =
    primary === 'prs' ? 'fa' : primary === 'nb' || primary === 'nn' || primary === 'da' ? 'sv' : primary;
  return isUiLanguage(mapped) ? mapped : undefined;
}

/** The first of the browser's languages that we have, by primary subtag; Swedish otherwise. */
export function pickLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const lang = uiLanguageOf(tag);
    if (lang) return lang;
  }
  return 'sv';
}
