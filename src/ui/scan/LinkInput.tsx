import { useId, useState } from 'react';
import { Icon, type IconName } from '../components/Icon.tsx';
import { QrScanner } from './QrScanner.tsx';
import { readTextFile } from './readTextFile.ts';

interface LinkInputProps {
  /** The text area's label (translated). */
  label: string;
  /** The check button's words (translated). */
  button: string;
  icon?: IconName;
  /** Prefix of the hooks: `<testId>-input`, `-check`, `-file`, `-camera`. */
  testId: string;
  onText: (text: string) => void;
  busy?: boolean;
  /** Also offer a file holding the text: its label, the types offered, and the most bytes read. */
  file?: { label: string; accept: string; maxBytes: number; onProblem: () => void };
}

/**
 * The three ways a link reaches the app from outside: pasted, in a file, or as a QR code read
 * by the camera. Whichever way, the text goes to `onText` to be checked; nothing here trusts it.
 */
export function LinkInput({ label, button, icon = 'check', testId, onText, busy, file }: LinkInputProps) {
  const id = useId();
  const [text, setText] = useState('');
  return (
    <>
      <label htmlFor={`${id}-input`}>{label}</label>
      <textarea
        id={`${id}-input`}
        dir="ltr"
        rows={3}
        value={text}
        data-testid={`${testId}-input`}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={busy || text.trim() === ''}
          data-testid={`${testId}-check`}
          onClick={() => onText(text)}
        >
          <Icon name={icon} />
          {button}
        </button>
      </div>
      {file && (
        <>
          <label htmlFor={`${id}-file`}>{file.label}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept={file.accept}
            data-testid={`${testId}-file`}
            onChange={(event) =>
              void readTextFile(event.target.files?.[0], file.maxBytes).then((content) =>
                content === null ? file.onProblem() : onText(content),
              )
            }
          />
        </>
      )}
      <QrScanner testId={`${testId}-camera`} onText={onText} />
    </>
  );
}
