import './catalogue.css';
import type { ConceptRef } from '../../core/catalogue/refs.ts';
import { Icon } from '../components/Icon.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import { ConceptCodes, ConceptName, describe } from './CodedValue.tsx';
import { useCodedLabels } from './useCatalogueLabels.ts';

interface ChosenCodesProps {
  kind: 'occupation' | 'skill';
  codes: readonly ConceptRef[];
  onRemove: (code: ConceptRef) => void;
}

/** The codes chosen from the list, each named in the person's language, each removable. */
export function ChosenCodes({ kind, codes, onRemove }: ChosenCodesProps) {
  const { t, i18n } = useTranslation();
  const state = useCodedLabels(
    kind === 'occupation' ? { occupations: [...codes], skills: [] } : { occupations: [], skills: [...codes] },
    i18n.language,
  );
  if (codes.length === 0) return null;
  return (
    <ul className="chosen-list">
      {codes.map((code) => {
        const description = describe(state, code, kind);
        const fallback = `${t(`codes.scheme.${code.scheme}`, { defaultValue: code.scheme })} ${code.code}`;
        const name = description?.label ? (description.context ?? description.label).text : fallback;
        return (
          <li key={`${code.scheme}:${code.code}`} className="chosen-code">
            <span className="small-label">{t('catalogue.fromList')}</span>
            {description?.label && (
              <strong>
                <ConceptName description={description} />
              </strong>
            )}
            <ConceptCodes description={description} fallback={fallback} />
            <button
              type="button"
              className="button button-small"
              aria-label={`${t('catalogue.removeCode')}: ${name}`}
              onClick={() => onRemove(code)}
            >
              <Icon name="trash" />
              {t('catalogue.removeCode')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
