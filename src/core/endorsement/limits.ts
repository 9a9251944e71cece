import { LIMITS } from '../profile/codes.ts';
import { isLineText, isMultilineText } from '../text/rule.ts';

export const ENDORSEMENT_TYPE = 'KompetenspassEndorsement';

export const ENDORSEMENT_LIMITS = {
  issuerName: LIMITS.shortText,
  statement: LIMITS.longText,
} as const;

/** An organisation's name as it signs: one line of author text (FORMAT.md §5.8), 1 to 200 characters. */
export function isIssuerName(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= ENDORSEMENT_LIMITS.issuerName &&
    isLineText(value)
  );
}

/** What an organisation confirms, in its words: author text that may have lines, at most 2,000 characters. */
export function isStatement(value: unknown): value is string {
  return typeof value === 'string' && value.length <= ENDORSEMENT_LIMITS.statement && isMultilineText(value);
}
