import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { ListSection } from '../../core/profile/codes.ts';
import type { EntryOf, Profile } from '../../core/profile/types.ts';
import { Icon } from '../components/Icon.tsx';
import { useSaver, useToast } from '../components/Toast.tsx';
import { useKeptRecords } from '../confirm/useKeptRecords.ts';
import { Tx } from '../i18n/Bilingual.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import { ENTRY_EDITORS } from './entries/editors.tsx';
import { addEntry, moveEntry, patchEntry, removeEntry, restoreEntry } from './profileActions.ts';
import { ScreenHeader } from './ScreenHeader.tsx';

// Verifying a kept confirmation needs the signature code: loaded only for entries that have one.
const EntryConfirmations = lazy(() =>
  import('../confirm/screens.ts').then((m) => ({ default: m.EntryConfirmations })),
);

/** A list section: add, edit, delete with undo, and reorder its entries; every change saved at once. */
export function SectionScreen<S extends ListSection>({ section, profile }: { section: S; profile: Profile }) {
  const { t, i18n } = useTranslation();
  const save = useSaver();
  const toast = useToast();
  const editor = ENTRY_EDITORS[section];
  const entries = profile[section] as EntryOf[S][];
  const [openId, setOpenId] = useState<string | null>(null);
  const kept = useKeptRecords().filter((record) => record.section === section);
  // Where keyboard focus goes once the list has re-rendered: buttons that disappear (Done,
  // Delete) must not drop focus to the top of the page, and a new entry's form gets it.
  const pendingFocus = useRef<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const selector = pendingFocus.current;
    if (!selector) return;
    // The saved change reaches the list a moment later (a live query): wait for the target.
    const target = selector === 'add' ? addButton.current : document.querySelector<HTMLElement>(selector);
    if (!target) return;
    pendingFocus.current = null;
    target.focus();
  });

  const add = async () => {
    const entry = editor.create();
    if (!(await save(addEntry(section, entry)))) return;
    pendingFocus.current = `#entry-${CSS.escape(entry.id)} :is(input, select, textarea)`;
    setOpenId(entry.id);
  };
  const close = (id: string) => {
    pendingFocus.current = `[aria-controls="entry-${CSS.escape(id)}"]`;
    setOpenId(null);
  };
  const remove = async (id: string) => {
    const index = entries.findIndex((entry) => entry.id === id);
    const next = entries[index + 1] ?? entries[index - 1];
    const removed = await save(removeEntry(section, id));
    if (!removed) return;
    pendingFocus.current = next ? `[aria-controls="entry-${CSS.escape(next.id)}"]` : 'add';
    toast({
      text: t('entries.deleted', {
        what: editor.summary(removed.entry as never, t, i18n.language) || t(`entryName.${section}`),
      }),
      actionLabel: t('entries.undo'),
      onAction: () => void save(restoreEntry(removed)),
    });
  };

  return (
    <div className="screen">
      <ScreenHeader title={`sections.${section}`} intro={`intro.${section}`} />
      {entries.length === 0 && <p className="empty-state">{t(`empty.${section}`)}</p>}
      <ol className="entry-list">
        {entries.map((entry, index) => {
          const open = openId === entry.id;
          const summary = editor.summary(entry as never, t, i18n.language) || t('entries.untitled');
          return (
            <li key={entry.id} className={`entry-card ${open ? 'is-open' : ''}`}>
              <div className="entry-head">
                <button
                  type="button"
                  className="entry-summary"
                  aria-expanded={open}
                  aria-controls={`entry-${entry.id}`}
                  onClick={() => (open ? close(entry.id) : setOpenId(entry.id))}
                >
                  <span dir="auto">{summary}</span>
                  <Icon name={open ? 'collapse' : 'expand'} />
                </button>
                <div className="entry-actions">
                  <button
                    type="button"
                    className="icon-button"
                    disabled={index === 0}
                    aria-label={t('entries.moveUp', { what: summary })}
                    onClick={() => void save(moveEntry(section, entry.id, -1))}
                  >
                    <Icon name="up" />
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    disabled={index === entries.length - 1}
                    aria-label={t('entries.moveDown', { what: summary })}
                    onClick={() => void save(moveEntry(section, entry.id, 1))}
                  >
                    <Icon name="down" />
                  </button>
                  <button
                    type="button"
                    className="icon-button danger"
                    aria-label={t('entries.delete', { what: summary })}
                    onClick={() => void remove(entry.id)}
                  >
                    <Icon name="trash" />
                  </button>
                </div>
              </div>
              {kept.some((record) => record.entryId === entry.id) && (
                <Suspense fallback={null}>
                  <EntryConfirmations
                    section={section}
                    entryId={entry.id}
                    profile={profile}
                    records={kept.filter((record) => record.entryId === entry.id)}
                  />
                </Suspense>
              )}
              {open && (
                <div id={`entry-${entry.id}`} className="entry-form">
                  <editor.Form
                    entry={entry as never}
                    onPatch={(patch: Partial<EntryOf[S]>) => void save(patchEntry(section, entry.id, patch))}
                  />
                  <div className="button-row">
                    <button type="button" className="button" onClick={() => close(entry.id)}>
                      <Icon name="check" /> <Tx k="entries.done" />
                    </button>
                    <a
                      className="button"
                      href={`#/ask/${section}/${encodeURIComponent(entry.id)}`}
                      data-testid="ask-confirmation"
                    >
                      <Icon name="shield" /> <Tx k="request.ask.button" />
                    </a>
                  </div>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <button ref={addButton} type="button" className="button button-primary" onClick={() => void add()}>
        <Icon name="plus" />
        {t(`add.${section}`)}
      </button>
      <p className="saved-note">{t('common.savedAutomatically')}</p>
    </div>
  );
}
