import { Sentence } from '../components/AuthorText.tsx';
import { languageName } from '../i18n/displayNames.ts';
import { uiLanguageOf } from '../i18n/languages.ts';
import { changeLanguage } from '../i18n/setup.ts';
import { useTranslation } from '../i18n/useTranslation.ts';

/**
 * The person may suggest a language to read their profile in. The reader's own language stays:
 * the suggestion is offered, never imposed, so that nobody is handed warnings in a language
 * they do not read.
 */
export function LanguageOffer({ suggested }: { suggested: string | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguageOf(suggested);
  if (lang === undefined || lang === i18n.language) return null;
  return (
    <p className="language-offer no-print" data-testid="language-offer">
      {t('viewer.languageOffer.text', { language: languageName(lang, i18n.language) })}{' '}
      <button type="button" className="button-link" onClick={() => void changeLanguage(lang)}>
        {/* The language's own name, isolated: Arabic in a Swedish sentence keeps its direction. */}
        <Sentence k="viewer.languageOffer.button" author={{ language: languageName(lang, lang) }} />
      </button>
    </p>
  );
}
