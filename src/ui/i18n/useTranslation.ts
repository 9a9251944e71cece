import { createContext, useContext, useSyncExternalStore } from 'react';
import { currentTranslator, subscribeToLanguage } from './setup.ts';
import type { TFunction, Translator } from './translate.ts';

export type { TFunction } from './translate.ts';

/** A translator for a subtree instead of the app's (tests render in several languages at once). */
export const TranslatorContext = createContext<Translator | null>(null);

/** `t` and the language on screen, re-rendering when the language changes. */
export function useTranslation(): { t: TFunction; i18n: Translator } {
  const provided = useContext(TranslatorContext);
  const app = useSyncExternalStore(subscribeToLanguage, currentTranslator, currentTranslator);
  const translator = provided ?? app;
  return { t: translator.t, i18n: translator };
}
