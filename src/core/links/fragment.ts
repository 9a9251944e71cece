/**
 * The one place that says which kind of link fragment is which (DESIGN.md, the relay section):
 * a letter, the format version in digits, a dot, then the body. The app, the viewer and the
 * command line all ask here, so a new kind (the relay's `r<n>.`) is added once.
 *
 * - `s<n>.`: a snapshot (FORMAT.md §6), opened by the viewer;
 * - `q<n>.`: a confirmation request from a holder to an organisation (FORMAT.md §13);
 * - `e<n>.`: an organisation's reply, an endorsement (FORMAT.md §13);
 * - `o<n>.`: an organisation's trust-list entry, for a verification desk (FORMAT.md §13).
 */
export const FRAGMENT_KINDS = {
  s: 'snapshot',
  q: 'request',
  e: 'reply',
  o: 'organisation',
} as const;

export type FragmentLetter = keyof typeof FRAGMENT_KINDS;
export type FragmentKind = (typeof FRAGMENT_KINDS)[FragmentLetter];

export interface FragmentPrefix {
  kind: FragmentKind;
  letter: FragmentLetter;
  /** The version as written: `1`, `2`, or `01` (which no version is). */
  version: string;
  /** What follows the prefix's dot. */
  body: string;
}

const PREFIX = /^([a-z])(\d+)\./;

/**
 * The prefix of a fragment (the text after `#`), or undefined when it has none of a known kind.
 * Case-sensitive: `S1.` is no prefix.
 */
export function readFragmentPrefix(fragment: string): FragmentPrefix | undefined {
  const match = PREFIX.exec(fragment);
  if (!match) return undefined;
  const letter = match[1] as FragmentLetter;
  if (!Object.hasOwn(FRAGMENT_KINDS, letter)) return undefined;
  return { kind: FRAGMENT_KINDS[letter], letter, version: match[2]!, body: fragment.slice(match[0].length) };
}

/** The kind of link in an address bar's hash, for choosing which part of the app opens it. */
export function fragmentKind(hash: string): FragmentKind | undefined {
  return readFragmentPrefix(hash.startsWith('#') ? hash.slice(1) : hash)?.kind;
}
