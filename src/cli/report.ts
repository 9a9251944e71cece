import {
  type EndorsementResult,
  LIST_SECTIONS,
  type SharedProfile,
  type SnapshotVerification,
} from '../core/index.ts';
import { formatTime } from './expires.ts';
import { REASON_TEXT } from './reasons.ts';

const HEADLINE = {
  valid: 'VALID: the snapshot is genuine, unchanged and within its validity period.',
  invalid: 'NOT VALID: do not rely on this snapshot.',
  expired: 'EXPIRED: the link has stopped working (the profile itself does not expire).',
  not_yet_valid: 'NOT YET VALID: the link was made for a later time, or a clock is wrong.',
} as const;

const row = (label: string, value: string) => `  ${label.padEnd(20)}${value}`;

function included(profile: SharedProfile): string[] {
  const lines: string[] = [];
  if (profile.person) lines.push(row('person', Object.keys(profile.person).join(', ')));
  for (const section of LIST_SECTIONS) {
    const count = profile[section]?.length ?? 0;
    if (count > 0) lines.push(row(section, `${count} ${count === 1 ? 'entry' : 'entries'}`));
  }
  if (profile.wishes) lines.push(row('wishes', Object.keys(profile.wishes).join(', ')));
  const absent = [
    ...(profile.person ? [] : ['person']),
    ...LIST_SECTIONS.filter((s) => !profile[s]?.length),
    ...(profile.wishes ? [] : ['wishes']),
  ];
  if (absent.length > 0) lines.push(row('left out', absent.join(', ')));
  return lines;
}

function entryLabel(result: Extract<EndorsementResult, { section: string }>): string {
  const entry = result.entry as Record<string, unknown>;
  const name = entry.title ?? entry.label ?? entry.category ?? entry.lang ?? entry.id;
  return `${result.section} "${String(name)}"`;
}

function endorsementLines(endorsements: EndorsementResult[]): string[] {
  if (endorsements.length === 0) return ['Endorsements: none'];
  return [
    'Endorsements:',
    ...endorsements.map((e, i) => {
      if (e.status === 'invalid') return `  ${i + 1}. INVALID (${e.reason}): ${REASON_TEXT[e.reason]}`;
      const by =
        e.status === 'trusted'
          ? `trusted: ${e.trustedAs?.name} (on your trust list)`
          : `valid, unknown issuer: calls itself "${e.issuer.name}", not on your trust list`;
      const changed = e.inProfile === 'changed' ? ' [the entry has changed since]' : '';
      const statement = e.statement ? `\n       "${e.statement}"` : '';
      return `  ${i + 1}. ${entryLabel(e)}, ${by}, key ${e.fingerprint}${changed}${statement}`;
    }),
  ];
}

/** The readable report of `verify`. */
export function describeVerification(result: SnapshotVerification): string {
  const lines: string[] = [HEADLINE[result.status]];
  if (!result.ok) lines.push(row('reason', `${REASON_TEXT[result.reason]} (${result.reason})`));
  for (const problem of (!result.ok && result.problems) || []) {
    lines.push(row('', `${problem.path || '(profile)'}: ${problem.reason}`));
  }
  if (result.fingerprint)
    lines.push(row('holder fingerprint', `${result.fingerprint} (compare with the person's screen)`));
  if (result.holder) lines.push(row('holder', result.holder));
  if (result.issuedAt) lines.push(row('issued', formatTime(result.issuedAt)));
  if (result.expiresAt) lines.push(row('valid until', formatTime(result.expiresAt)));
  if (!result.ok) {
    lines.push('What to do: ask the person to share their profile again.');
    return lines.join('\n');
  }
  if (result.for !== undefined) lines.push(row('for', result.for));
  if (result.lang !== undefined) lines.push(row('language', result.lang));
  lines.push('Included:', ...included(result.profile), ...endorsementLines(result.endorsements));
  return lines.join('\n');
}

/**
 * The --json shape of DESIGN.md, then what a case system also needs: the jti that identifies
 * the snapshot (never its token text: ECDSA signatures are malleable), the recipient label and
 * language, and for bad_profile where the profile breaks the rules.
 */
export function verificationJson(result: SnapshotVerification) {
  return {
    status: result.status,
    reasons: result.ok ? [] : [result.reason],
    holder: result.holder ?? null,
    fingerprint: result.fingerprint ?? null,
    issuedAt: result.issuedAt?.toISOString() ?? null,
    expiresAt: result.expiresAt?.toISOString() ?? null,
    endorsements: result.ok ? result.endorsements : [],
    profile: result.ok ? result.profile : null,
    jti: result.jti ?? null,
    for: (result.ok && result.for) || null,
    lang: (result.ok && result.lang) || null,
    problems: (!result.ok && result.problems) || [],
  };
}
