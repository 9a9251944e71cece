/**
 * Translation keys for a reason code, most specific first (the translator takes the first that exists):
 * the confirmation's own wording, then the endorsement's, then the link's. A locale test checks
 * that every reason of every kind finds a text.
 */
export const replyReasonKeys = (reason: string) => [
  `confirmationReasons.${reason}`,
  `endorsementReasons.${reason}`,
  `verify.reasons.${reason}`,
];

export const requestReasonKeys = (reason: string) => [
  `confirmationReasons.request.${reason}`,
  `confirmationReasons.${reason}`,
  `verify.reasons.${reason}`,
  `endorsementReasons.${reason}`,
];
