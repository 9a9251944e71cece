import { LIMITS } from '../profile/codes.ts';

export const ENDORSEMENT_TYPE = 'KompetenspassEndorsement';

export const ENDORSEMENT_LIMITS = {
  issuerName: LIMITS.shortText,
  statement: LIMITS.longText,
} as const;
