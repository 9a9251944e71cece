/** Files the person saves: a download link, or the Web Share API to send it to themselves. */

export type SavedFile = { text: string; name: string; type: string };

export function datedName(prefix: string, extension: string, date = new Date()): string {
  return `${prefix}-${date.toISOString().slice(0, 10)}.${extension}`;
}

export function objectUrl(file: SavedFile): string {
  return URL.createObjectURL(new Blob([file.text], { type: file.type }));
}

/** Starts a download of `file` from a button press. */
export function download(file: SavedFile): void {
  const link = document.createElement('a');
  link.href = objectUrl(file);
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

function asFile(file: SavedFile): File {
  return new File([file.text], file.name, { type: file.type });
}

/** Chrome on Android shares only some file types; text/plain is one of them. */
export function canShareFile(file: SavedFile): boolean {
  return typeof navigator.canShare === 'function' && navigator.canShare({ files: [asFile(file)] });
}

export async function shareFile(file: SavedFile): Promise<'shared' | 'cancelled' | 'failed'> {
  try {
    await navigator.share({ files: [asFile(file)], title: file.name });
    return 'shared';
  } catch (error) {
    return error instanceof DOMException && error.name === 'AbortError' ? 'cancelled' : 'failed';
  }
}

/** Reads a chosen file as text, refusing one larger than `maxBytes` before reading it. */
export async function readChosenFile(file: File, maxBytes: number): Promise<string | null> {
  if (file.size > maxBytes) return null;
  return file.text();
}
