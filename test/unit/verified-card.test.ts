import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { presentEndorsements, type ValidSnapshot } from '../../src/core/index.ts';
import { createTranslator, type Translator } from '../../src/ui/i18n/translate.ts';
import { TranslatorContext } from '../../src/ui/i18n/useTranslation.ts';
import { VerifiedCard } from '../../src/ui/viewer/VerifiedCard.tsx';
import { allowedAuthorText } from './arbitraries.ts';
import { type AuthorTexts, NOW, plainLike, READER_TRUST, verifyHostile } from './hostile-snapshot.ts';

const LANGUAGES = ['sv', 'en', 'ar'] as const;
const translators = new Map<string, Translator>();

beforeAll(() => {
  for (const lang of LANGUAGES) {
    const strings = JSON.parse(
      readFileSync(new URL(`../../locales/${lang}/translation.json`, import.meta.url), 'utf8'),
    );
    translators.set(lang, createTranslator(lang, new Map([[lang, strings]])));
  }
});

/** The card as the viewer renders it, as text, in `lang`, for the reader's list or none. */
function cardText(result: ValidSnapshot, lang: string, withTrust: boolean): string {
  const trust = withTrust ? READER_TRUST : undefined;
  const markup = renderToStaticMarkup(
    createElement(
      TranslatorContext.Provider,
      { value: translators.get(lang)! },
      createElement(VerifiedCard, {
        result,
        endorsements: presentEndorsements(result.endorsements, result.holder, trust),
        checkedAt: NOW,
      }),
    ),
  );
  return markup;
}

/** Author texts that the rule allows, so that the snapshot is valid and the card is shown. */
const texts = fc.record<AuthorTexts>({
  givenName: allowedAuthorText(200),
  familyName: allowedAuthorText(200),
  about: allowedAuthorText(2000, true),
  label: allowedAuthorText(200),
  evidence: allowedAuthorText(2000, true),
  for: allowedAuthorText(200),
  issuerName: allowedAuthorText(200).filter((name) => name.length > 0),
  statement: allowedAuthorText(2000, true),
});

describe('the verified card does not depend on any author string (property)', () => {
  it('renders the same markup for any author text as for plain text, in sv, en and ar, with and without a trust list', {
    timeout: 600_000,
  }, async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        texts,
        fc.constantFrom(...LANGUAGES),
        fc.boolean(),
        async (actual, lang, withTrust) => {
          const [result, plain] = await Promise.all([
            verifyHostile(actual),
            verifyHostile(plainLike(actual)),
          ]);
          if (!result.ok || !plain.ok) throw new Error('allowed text must give a valid snapshot');
          expect(cardText(result, lang, withTrust)).toBe(cardText(plain, lang, withTrust));
          runs++;
        },
      ),
      { numRuns: 150 },
    );
    console.info(`verified card property: ${runs} runs`);
  });

  it('names the organisation the reader’s list recognises by the list’s name, never by its own', async () => {
    const result = await verifyHostile({
      givenName: 'Samira',
      familyName: 'Haddad',
      about: '',
      label: 'Kock',
      evidence: '',
      for: 'Arbetsförmedlingen',
      issuerName: 'Arbetsförmedlingen (på din lista)',
      statement: '',
    });
    if (!result.ok) throw new Error(result.reason);
    const withList = cardText(result, 'sv', true);
    expect(withList).toContain('Kommunens lista');
    expect(withList).toContain('Café Nova AB');
    expect(withList).toContain('(bekräftelse 1)');
    expect(withList).not.toContain('Arbetsförmedlingen');
    const withoutList = cardText(result, 'sv', false);
    expect(withoutList).toContain('Ingen här, så ingen organisation känns igen.');
    expect(withoutList).not.toContain('Café Nova');
  });
});
