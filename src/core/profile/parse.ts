import * as v from 'valibot';
import { cleanProfileText } from '../text/rule.ts';
import { ProfileSchema, SharedProfileSchema } from './schema.ts';
import type { Profile, SharedProfile } from './types.ts';

/** Reason codes a UI can translate; valibot's own type names are mapped onto them. */
export const PROBLEM_REASONS = [
  'missing',
  'wrong_type',
  'unknown_field',
  'too_long',
  'too_many',
  'empty',
  'bad_date',
  'bad_country',
  'bad_language',
  'bad_code',
  'bad_number',
  'out_of_range',
  'bad_version',
  'not_a_list',
  'duplicate_id',
  'bad_text',
  'not_json',
] as const;
export type ProblemReason = (typeof PROBLEM_REASONS)[number];

export interface Problem {
  /** Where the problem is, e.g. `work.2.country`; empty for the whole document. */
  path: string;
  reason: ProblemReason;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** The reasons a schema names itself; the others come from valibot's issue kinds. */
const KNOWN: ReadonlySet<string> = new Set<ProblemReason>(
  PROBLEM_REASONS.filter(
    (reason) => !['missing', 'wrong_type', 'unknown_field', 'not_json'].includes(reason),
  ),
);

function toProblem(issue: v.BaseIssue<unknown>): Problem {
  const path = (issue.path ?? []).map((item) => String(item.key)).join('.');
  if (KNOWN.has(issue.message)) return { path, reason: issue.message as ProblemReason };
  if (issue.kind === 'schema' && issue.input === undefined) return { path, reason: 'missing' };
  if (issue.type === 'strict_object' || issue.expected === 'never') return { path, reason: 'unknown_field' };
  return { path, reason: 'wrong_type' };
}

function run<T>(schema: v.GenericSchema<unknown, T>, input: unknown): ParseResult<T> {
  const result = v.safeParse(schema, input, { abortPipeEarly: true });
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, problems: result.issues.map(toProblem) };
}

/**
 * Turns the holder's own profile (stored, imported or read from a file; already parsed JSON)
 * into a Profile v1, or the list of problems. Characters that author text may not hold are
 * cleaned away first (FORMAT.md §5.8): they cannot be typed, and a snapshot may not carry them.
 */
export function parseProfile(input: unknown): ParseResult<Profile> {
  return run(ProfileSchema, cleanProfileText(input));
}

/** Parses the possibly partial profile that a snapshot carries: someone else's text, checked as it is. */
export function parseSharedProfile(input: unknown): ParseResult<SharedProfile> {
  return run(SharedProfileSchema, input);
}

/** Parses JSON text; bad JSON is a problem like any other, never an exception. */
export function parseProfileJson(text: string): ParseResult<Profile> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ path: '', reason: 'not_json' }] };
  }
  return parseProfile(data);
}
