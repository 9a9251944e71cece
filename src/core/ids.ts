/** A random id of 16 base32 characters (80 bits), safe in URLs and DOM ids. */
export function randomId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let out = '';
  for (const byte of bytes) out += alphabet[byte & 31];
  return out;
}
