import { createContext, type ReactNode, useContext } from 'react';
import { useTranslation } from './useTranslation.ts';

/** Bilingual mode shows every label in the chosen language with Swedish beside it. */
export const BilingualContext = createContext(false);

export function useBilingual(): boolean {
  return useContext(BilingualContext);
}

interface TextProps {
  k: string;
  values?: Record<string, unknown>;
}

/** A translated UI text; in bilingual mode followed by its Swedish wording. */
export function Tx({ k, values }: TextProps): ReactNode {
  const { t, i18n } = useTranslation();
  const bilingual = useBilingual();
  const main = t(k, values);
  if (!bilingual || i18n.language === 'sv') return main;
  const swedish = t(k, { ...values, lng: 'sv' });
  if (swedish === main) return main;
  return (
    <>
      {main}
      <span className="gloss" lang="sv" dir="ltr">
        {swedish}
      </span>
    </>
  );
}
