import './catalogue.css';
import type { ConceptDescription } from '../../core/catalogue/describe.ts';
import type { ConceptRef } from '../../core/catalogue/refs.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { type LabelsState, useLabelsState } from './useCatalogueLabels.ts';

export function describe(state: LabelsState, ref: ConceptRef, kind: 'occupation' | 'skill') {
  return state.status === 'ready' ? state.labels.describe(ref, kind) : undefined;
}

/** Whether the person's own words say what the label says (then they are not repeated). */
const sameWords = (a: string, b: string) =>
  a.trim().replace(/\s+/g, ' ').toLocaleLowerCase() === b.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** The label in the reader's language, the English one beside it when that is all there is. */
export function ConceptName({ description }: { description: ConceptDescription }) {
  const { label, context } = description;
  if (!label) return null;
  if (!context) return <span lang={label.lang}>{label.text}</span>;
  return (
    <>
      <span lang={context.lang}>{context.text}</span>{' '}
      <span className="concept-other-language" lang={label.lang}>
        ({label.text})
      </span>
    </>
  );
}

export function ConceptCodes({
  description,
  fallback,
}: {
  description?: ConceptDescription;
  fallback: string;
}) {
  return (
    <span className="concept-codes" dir="ltr">
      {(description?.codes ?? [fallback]).join(' · ')}
    </span>
  );
}

interface CodedHeadingProps {
  kind: 'occupation' | 'skill';
  code: ConceptRef | undefined;
  /** The person's own words for the entry: its title or label. */
  ownWords: string;
  /** Language of the person's free text. */
  textLang: string;
}

/**
 * A CV entry's heading: a coded value by its label in the reader's language with the code for a
 * case worker, and the person's own words beneath when they say something else. Without a code,
 * or while labels are missing, the own words are the heading, as typed.
 */
export function CodedHeading({ kind, code, ownWords, textLang }: CodedHeadingProps) {
  const { t } = useTranslation();
  const state = useLabelsState();
  const freeText = { lang: textLang, dir: 'auto' as const };
  if (!code) return <h3 {...freeText}>{ownWords}</h3>;
  const description = describe(state, code, kind);
  const fallback = `${t(`codes.scheme.${code.scheme}`, { defaultValue: code.scheme })} ${code.code}`;
  const named = description?.label !== undefined;
  const shown = [description?.context?.text, description?.label?.text].filter((text) => text !== undefined);
  const differs = ownWords.trim() !== '' && !shown.some((text) => sameWords(text, ownWords));
  return (
    <>
      {named ? (
        <h3>
          <ConceptName description={description!} />
        </h3>
      ) : (
        <h3 {...freeText}>{ownWords}</h3>
      )}
      <p className="cv-code">
        <ConceptCodes description={description} fallback={fallback} />
        {state.status === 'ready' && description && !description.known && (
          <span className="concept-unknown"> ({t('catalogue.notInList')})</span>
        )}
      </p>
      {named && differs && (
        <p className="cv-own-words">
          <span className="small-label">{t('catalogue.ownWords')}</span> <span {...freeText}>{ownWords}</span>
        </p>
      )}
    </>
  );
}

/** Why codes are shown without names, said once above the CV; nothing when all is well. */
export function CatalogueStatusNote() {
  const { t } = useTranslation();
  const state = useLabelsState();
  const reason =
    state.status === 'failed'
      ? state.reason
      : state.status === 'ready'
        ? state.labels.problems[0]?.reason
        : undefined;
  if (!reason) return null;
  return (
    <p className="catalogue-note" role="note" data-testid="catalogue-note">
      {t(`catalogue.note.${reason}`)}
    </p>
  );
}

/** Where the names of coded values come from, and that some are machine-made. */
export function CatalogueAttribution() {
  const { t } = useTranslation();
  const state = useLabelsState();
  if (state.status !== 'ready') return null;
  return <p className="cv-attribution">{t('catalogue.attribution')}</p>;
}

/** Coded values without own words, e.g. the wished occupations chosen from the list. */
export function CodedList({ kind, codes }: { kind: 'occupation' | 'skill'; codes: readonly ConceptRef[] }) {
  const { t } = useTranslation();
  const state = useLabelsState();
  return (
    <ul className="coded-list">
      {codes.map((code) => {
        const description = describe(state, code, kind);
        const fallback = `${t(`codes.scheme.${code.scheme}`, { defaultValue: code.scheme })} ${code.code}`;
        return (
          <li key={`${code.scheme}:${code.code}`}>
            {description?.label && (
              <>
                <ConceptName description={description} />{' '}
              </>
            )}
            <ConceptCodes description={description} fallback={fallback} />
          </li>
        );
      })}
    </ul>
  );
}
