import { applyDocumentLanguage, type UiLanguage } from './languages.ts';
import type { LocalePart } from './parts.ts';
import { loadStrings } from './strings.ts';
import { createTranslator, FALLBACK_LANGUAGE, type Strings, type Translator } from './translate.ts';

/**
 * The app's language and strings: one translator at a time, replaced (never changed) when the
 * language changes or strings arrive, so that React re-renders through useSyncExternalStore.
 */
const strings = new Map<string, Strings>();
const loaded = new Set<string>();
let parts: readonly LocalePart[] = ['reader'];
let translator: Translator = createTranslator(FALLBACK_LANGUAGE, strings);
const listeners = new Set<() => void>();

export const currentTranslator = (): Translator => translator;

export function subscribeToLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function publish(language: string): void {
  translator = createTranslator(language, strings);
  for (const listener of listeners) listener();
}

/** Adds the strings of one part of a language; the parts may split a top-level block by key. */
function addStrings(lang: string, part: LocalePart, tree: Strings): void {
  const merged: Strings = { ...strings.get(lang) };
  for (const [block, value] of Object.entries(tree)) {
    const had = merged[block];
    merged[block] = typeof had === 'object' && typeof value === 'object' ? { ...had, ...value } : value;
  }
  strings.set(lang, merged);
  loaded.add(`${lang}/${part}`);
}

async function load(lang: string): Promise<void> {
  await Promise.all(
    parts
      .filter((part) => !loaded.has(`${lang}/${part}`))
      .map(async (part) => addStrings(lang, part, await loadStrings(lang, part))),
  );
}

export interface SetupOptions {
  /** The parts of the locale files this app shows. */
  parts: readonly LocalePart[];
  /** Also load these languages (the holder's bilingual mode glosses in Swedish). */
  alsoLoad?: readonly string[];
}

/**
 * Every locale file has every key (the locale test), so a language needs no fallback file: a
 * reader loads only their own language's strings.
 */
export async function setupI18n(lang: UiLanguage, options: SetupOptions): Promise<Translator> {
  parts = options.parts;
  await Promise.all([lang, ...(options.alsoLoad ?? [])].map(load));
  applyDocumentLanguage(lang);
  publish(lang);
  return translator;
}

/** Loads another language's strings beside the one on screen (bilingual glosses). */
export async function addLanguage(lang: string): Promise<void> {
  await load(lang);
  publish(translator.language);
}

export async function changeLanguage(lang: UiLanguage): Promise<void> {
  await load(lang);
  applyDocumentLanguage(lang);
  publish(lang);
}

/** Calls `listener` with the new language whenever it changes; returns the unsubscribe. */
export function onLanguageChanged(listener: (lang: string) => void): () => void {
  let last = translator.language;
  return subscribeToLanguage(() => {
    if (translator.language === last) return;
    last = translator.language;
    listener(last);
  });
}
