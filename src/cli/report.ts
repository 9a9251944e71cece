import {
  type EndorsementPresentation,
  escapeForTerminal,
  LIST_SECTIONS,
  leftOutOf,
  type PresentedEndorsement,
  presentEndorsements,
  type SharedProfile,
  type SnapshotVerification,
  type TrustList,
  type ValidSnapshot,
  websiteHost,
} from '../core/index.ts';
import { formatTime } from './expires.ts';
import { REASON_TEXT } from './reasons.ts';

/**
 * The readable report of `verify`. The program's own words come first and never depend on
 * what the snapshot says; author text (names, `for`, statements, entry texts, problem paths) is
 * written only at the end of a line, after a label, in quotes, escaped (FORMAT.md §5.8), so that
 * no snapshot can add a line, end a line early or make its words look like the program's.
 */

const VERDICT = {
  valid: 'VALID: unchanged since the holder key below signed it, and within its validity period.',
  invalid: 'NOT VALID: do not rely on this snapshot.',
  expired: 'EXPIRED: the link has stopped working (the profile itself does not expire).',
  not_yet_valid: 'NOT YET VALID: the link was made for a later time, or a clock is wrong.',
} as const;

const VALID_MEANS =
  '  The person wrote the profile themselves. Nobody else has checked what it says, except\n' +
  '  entries endorsed by an organisation on your trust list (marked "trusted" below).';

/** Problems of a refused profile shown at most; the rest are counted. */
const MAX_PROBLEMS = 20;

const row = (label: string, value: string) => `  ${label.padEnd(20)}${value}`;
/** Author text in quotes, escaped, with its own quotes escaped too. */
export const quoted = (text: string) => `"${escapeForTerminal(text).replace(/"/g, '\\"')}"`;
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const LEFT_OUT_WORDS = { contactDetails: 'contact details', birthYear: 'birth year' } as const;

function included(profile: SharedProfile): string[] {
  const parts: string[] = [];
  if (profile.person) parts.push(`person (${Object.keys(profile.person).join(', ')})`);
  for (const section of LIST_SECTIONS) {
    const entries = profile[section]?.length ?? 0;
    if (entries > 0) parts.push(`${section} (${count(entries, 'entry', 'entries')})`);
  }
  if (profile.wishes) parts.push(`wishes (${Object.keys(profile.wishes).join(', ')})`);
  const leftOut = leftOutOf(profile).map((part) =>
    part === 'contactDetails' || part === 'birthYear' ? LEFT_OUT_WORDS[part] : part,
  );
  return [
    row('included', parts.join('; ') || 'nothing'),
    ...(leftOut.length > 0 ? [row('left out', leftOut.join(', '))] : []),
  ];
}

/** What a reader recognises an entry by: its title, label, language or licence category. */
function entryText(endorsed: PresentedEndorsement['endorsement']): string {
  const entry = endorsed.entry as { title?: string; label?: string; category?: string; lang?: string };
  return entry.title ?? entry.label ?? entry.category ?? entry.lang ?? '';
}

const IN_PROFILE = {
  same: 'the profile shows it as endorsed',
  changed: 'CHANGED since it was endorsed: the endorsement is about the earlier version',
  absent: 'not among what was shared',
} as const;

function standingLine(item: PresentedEndorsement): string {
  if (item.standing === 'trusted' && item.trustedAs)
    return `trusted: your trust list names this organisation ${quoted(item.trustedAs.name)}`;
  if (item.standing === 'self_endorsed')
    return 'SELF-ENDORSED: signed with the holder key itself, so nobody else confirms anything';
  return 'unknown organisation: not on your trust list; its name below is only what it calls itself';
}

function validEndorsementLines(item: PresentedEndorsement): string[] {
  const e = item.endorsement;
  const lines = [
    `  ${item.number}. ${standingLine(item)}`,
    row('     key', `${e.fingerprint} (the organisation's key fingerprint)`),
    row('     entry', `${e.section}, ${IN_PROFILE[e.inProfile ?? 'absent']}`),
    row('     entry text', quoted(entryText(e))),
    row('     calls itself', quoted(e.issuer.name)),
  ];
  if (e.issuer.url !== undefined) lines.push(row('     website host', quoted(websiteHost(e.issuer.url))));
  for (const name of item.otherNamesOfKey) lines.push(row('     same key also', quoted(name)));
  if (item.nameUsedByOtherKey)
    lines.push(row('     WARNING', 'another key in this snapshot calls itself by the same name'));
  if (item.resemblesTrustedName)
    lines.push(row('     WARNING', 'your trust list gives this name to another key: not this one'));
  if (item.copies > 1) lines.push(row('     carried', `${item.copies} times, shown once`));
  if (e.statement !== undefined) lines.push(row('     statement', quoted(e.statement)));
  return lines;
}

function endorsementLines(presentation: EndorsementPresentation): string[] {
  if (presentation.items.length === 0) return ['Endorsements: none'];
  return [
    'Endorsements (what organisations state about entries of the profile):',
    ...presentation.items.flatMap((item) =>
      item.standing === 'invalid'
        ? [`  ${item.number}. INVALID (${item.reason}): ${REASON_TEXT[item.reason]}`]
        : validEndorsementLines(item),
    ),
  ];
}

/** Which organisations the reader's own list recognises, by the list's names for them. */
function trustLines(presentation: EndorsementPresentation): string[] {
  if (presentation.trustListName === undefined)
    return [row('trust list', 'none given (--trust FILE): no organisation is recognised')];
  const organisations = presentation.trustedOrganisations;
  return [
    row('trust list', quoted(presentation.trustListName)),
    row('recognised', count(organisations.length, 'organisation', 'organisations')),
    ...organisations.map((organisation) =>
      row('', `endorsement ${organisation.numbers.join(', ')} by ${quoted(organisation.name)}`),
    ),
  ];
}

function statedLines(result: ValidSnapshot): string[] {
  const person = result.profile.person;
  const name = [person?.givenName, person?.familyName].filter((part) => part !== undefined).join(' ');
  return [
    'Stated by the person (not checked):',
    ...(person?.givenName !== undefined || person?.familyName !== undefined
      ? [row('name', quoted(name))]
      : []),
    ...(result.for !== undefined ? [row('for', quoted(result.for))] : []),
    ...(result.lang !== undefined ? [row('suggested language', result.lang)] : []),
  ];
}

export interface ReportOptions {
  /** The time the snapshot was checked at. */
  now: Date;
  trust?: TrustList | undefined;
}

/** The readable report of `verify`. */
export function describeVerification(result: SnapshotVerification, options: ReportOptions): string {
  const lines: string[] = [VERDICT[result.status]];
  if (result.ok) lines.push(VALID_MEANS);
  if (!result.ok) lines.push(row('reason', `${REASON_TEXT[result.reason]} (${result.reason})`));
  const problems = (!result.ok && result.problems) || [];
  for (const problem of problems.slice(0, MAX_PROBLEMS))
    lines.push(row('problem', `${problem.reason} at ${quoted(problem.path || '(profile)')}`));
  if (problems.length > MAX_PROBLEMS)
    lines.push(row('', `and ${problems.length - MAX_PROBLEMS} more problems`));
  if (result.fingerprint) {
    lines.push(result.ok ? 'Verified:' : 'Signed facts:');
    lines.push(row('holder fingerprint', `${result.fingerprint} (compare with the person's screen)`));
  }
  if (result.holder) lines.push(row('holder', result.holder));
  if (result.issuedAt) lines.push(row('issued', formatTime(result.issuedAt)));
  if (result.expiresAt) lines.push(row('valid until', formatTime(result.expiresAt)));
  lines.push(row('checked at', formatTime(options.now)));
  if (!result.ok) {
    lines.push('What to do: ask the person to share their profile again.');
    return lines.join('\n');
  }
  const presentation = presentEndorsements(result.endorsements, result.holder, options.trust);
  lines.push(...included(result.profile), ...trustLines(presentation));
  lines.push(...statedLines(result), ...endorsementLines(presentation));
  return lines.join('\n');
}
