import { Fragment } from 'react';
import { balanceDirectionControls } from '../../core/text/bidi.ts';
import { useTranslation } from '../i18n/useTranslation.ts';

/**
 * Text someone else wrote (a name, a title, `for`, a statement): as text only, in its own
 * isolating element, with its direction controls balanced so that it cannot end the isolation
 * and reorder the words around it (FORMAT.md §5.8).
 */
export function AuthorText({ text, lang }: { text: string; lang?: string | undefined }) {
  return <bdi lang={lang}>{balanceDirectionControls(text)}</bdi>;
}

// Private-use characters that no translation holds: they mark where author text goes.
const SLOT_START = '\uE000';
const SLOT_END = '\uE001';
const SLOT = /\uE000(\d+)\uE001/;

interface SentenceProps {
  /** The translation key. */
  k: string;
  /** The app's own words and numbers for the sentence's other placeholders. */
  values?: Record<string, string | number>;
  /** Author text for placeholders: each is set into the sentence as an AuthorText element. */
  author: Record<string, string>;
}

/**
 * A translated sentence with author text in it. The author text never passes through the
 * translation: its placeholders are split out and filled with real isolation elements, not
 * with isolate characters inside the string.
 */
export function Sentence({ k, values, author }: SentenceProps) {
  const { t } = useTranslation();
  const names = Object.keys(author);
  const slots = Object.fromEntries(names.map((name, index) => [name, `${SLOT_START}${index}${SLOT_END}`]));
  const pieces = t(k, { ...values, ...slots }).split(SLOT);
  return (
    <>
      {pieces.map((piece, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one sentence never move
        <Fragment key={index}>
          {index % 2 === 0 ? piece : <AuthorText text={author[names[Number(piece)] ?? ''] ?? ''} />}
        </Fragment>
      ))}
    </>
  );
}
