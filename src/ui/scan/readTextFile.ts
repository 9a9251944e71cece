/** A chosen file's text, or null when there is none or it is larger than `maxBytes` (checked before reading). */
export async function readTextFile(file: File | undefined, maxBytes: number): Promise<string | null> {
  if (!file || file.size > maxBytes) return null;
  try {
    return await file.text();
  } catch {
    return null;
  }
}
