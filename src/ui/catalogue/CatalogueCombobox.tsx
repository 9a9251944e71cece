import './catalogue.css';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { ConceptRef } from '../../core/catalogue/refs.ts';
import type { SearchHit } from '../../core/catalogue/search.ts';
import { LabelAndHint } from '../components/fields.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { SearchSession } from './searchSession.ts';

export interface CatalogueChoice {
  ref: ConceptRef;
  /** The label the person found it by, in the language they typed: their words for it. */
  text: string;
}

interface CatalogueComboboxProps {
  kind: 'occupation' | 'skill';
  label: string;
  hint?: string;
  value: string;
  /** Saves the typed text on every change; without it the field only searches. */
  onText?: (text: string) => void;
  onChoose: (choice: CatalogueChoice) => void;
  /** Empties the field after a choice (a list that collects choices). */
  clearOnChoose?: boolean;
  maxLength?: number;
}

type Status = 'idle' | 'loading' | 'ready' | 'failed';

// An ESCO occupation's code is a long identifier: its ISCO-08 group says more in a short list.
const optionCodes = (hit: SearchHit) =>
  hit.ref.scheme === 'esco' && hit.found.pack.entry.kind === 'occupation'
    ? (hit.found.concept.broader ?? []).map((key) => key.replace(/^isco-08:/, 'ESCO · ISCO-08 '))
    : [`${hit.found.pack.entry.schemeName} ${hit.ref.code}`];

/**
 * A text field that suggests occupations or skills from the catalogue while the person types
 * (WAI-ARIA 1.2 combobox with a list popup): arrow keys move through the suggestions, Enter
 * chooses one, Escape closes the list, and what is typed stays as free text when nothing is
 * chosen. The search code and the packs load on first focus, never with the page.
 */
export function CatalogueCombobox({
  kind,
  label,
  hint,
  value,
  onText,
  onChoose,
  clearOnChoose,
  maxLength = 200,
}: CatalogueComboboxProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const [draft, setDraft] = useState(value);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<Status>('idle');
  const [announcement, setAnnouncement] = useState('');
  const focused = useRef(false);
  const session = useRef<SearchSession | null>(null);
  const loading = useRef<string | null>(null);
  const query = useRef(value);

  useEffect(() => {
    if (!focused.current) setDraft(value);
  }, [value]);

  const lang = i18n.language;
  const run = (text: string) => {
    query.current = text;
    const current = session.current;
    const found = current && text.trim() ? current.search(text, lang) : [];
    setHits(found);
    setActive(-1);
    setOpen(found.length > 0);
    if (text.trim() && current)
      setAnnouncement(
        found.length > 0 ? t('catalogue.suggestions', { count: found.length }) : t('catalogue.noMatch'),
      );
    // A query in another script (Arabic letters in a Swedish interface) loads that language.
    const extra = current?.missingLanguages(text) ?? [];
    if (current && extra.length > 0) load([...current.languages, ...extra]);
  };

  const load = (languages: string[]) => {
    const key = [...new Set(languages)].sort().join(',');
    if (loading.current === key) return;
    loading.current = key;
    if (!session.current) setStatus('loading');
    import('./searchSession.ts')
      .then(({ openSearchSession }) => openSearchSession(kind, languages))
      .then(
        (opened) => {
          loading.current = null;
          if (!opened.ok) {
            if (!session.current) setStatus('failed');
            return;
          }
          session.current = opened.value;
          setStatus('ready');
          if (focused.current && query.current.trim()) run(query.current);
        },
        () => {
          loading.current = null;
          if (!session.current) setStatus('failed');
        },
      );
  };

  const choose = (hit: SearchHit) => {
    // Typed in full, the person's own capitals stay; typed in part or misspelt, the label
    // completes or corrects it.
    const typed = query.current.trim();
    const text =
      typed.toLocaleLowerCase() === hit.matched.text.toLocaleLowerCase() ? typed : hit.matched.text;
    onChoose({ ref: hit.ref, text });
    setDraft(clearOnChoose ? '' : text);
    query.current = clearOnChoose ? '' : text;
    setOpen(false);
    setActive(-1);
    setAnnouncement(t('catalogue.chosen', { label: hit.label?.text ?? text }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = hits.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((previous) => (open ? (previous + 1) % count : 0));
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((previous) => (open && previous > 0 ? previous - 1 : count - 1));
    } else if (event.key === 'Enter' && open && active >= 0 && hits[active]) {
      event.preventDefault();
      choose(hits[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const statusHint =
    status === 'loading' ? t('catalogue.loading') : status === 'failed' ? t('catalogue.unavailable') : '';
  const describedBy = [hint ? `${id}-hint` : '', onText ? `${id}-free` : '', statusHint ? `${id}-status` : '']
    .filter(Boolean)
    .join(' ');

  return (
    <div className="field combobox">
      <LabelAndHint id={id} label={label} hint={hint} />
      {onText && (
        <p className="hint" id={`${id}-free`}>
          {t('catalogue.freeTextHint')}
        </p>
      )}
      <input
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${id}-option-${active}` : undefined}
        aria-describedby={describedBy || undefined}
        autoComplete="off"
        dir="auto"
        maxLength={maxLength}
        value={draft}
        onFocus={() => {
          focused.current = true;
          if (!session.current) load([lang, 'sv', 'en']);
        }}
        onBlur={() => {
          focused.current = false;
          setOpen(false);
          setActive(-1);
        }}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          onText?.(text);
          run(text);
        }}
        onKeyDown={onKeyDown}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={t('catalogue.listLabel', { field: t(label) })}
        className="combobox-list"
        hidden={!open}
      >
        {open &&
          hits.map((hit, index) => {
            const shown = hit.label ?? { text: hit.matched.text, lang: hit.matched.lang };
            const matchedOther = hit.matched.text !== shown.text;
            return (
              // Keyboard users stay in the input (aria-activedescendant): options take no focus.
              // biome-ignore lint/a11y/useFocusableInteractive: the combobox pattern keeps focus in the input
              // biome-ignore lint/a11y/useKeyWithClickEvents: the input's keys choose; a click is the pointer's way
              <div
                key={`${hit.ref.scheme}:${hit.ref.code}`}
                id={`${id}-option-${index}`}
                role="option"
                aria-selected={index === active}
                className="combobox-option"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(hit)}
              >
                <span className="option-label" lang={shown.lang}>
                  {shown.text}
                </span>
                {matchedOther && (
                  <span className="option-detail" lang={hit.matched.lang || undefined}>
                    “{hit.matched.text}”
                  </span>
                )}
                <span className="option-detail" dir="ltr">
                  {optionCodes(hit).join(' · ')}
                </span>
              </div>
            );
          })}
      </div>
      {statusHint && (
        <p className="hint" id={`${id}-status`}>
          {statusHint}
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
