export { BEGIN_LINE, END_LINE } from './backup/armor.ts';
export {
  BACKUP_CREATE_REASONS,
  BACKUP_LIMITS,
  BACKUP_OPEN_REASONS,
  type BackupCreateReason,
  type BackupOpenReason,
  type CreateBackupOptions,
  createBackup,
  type DeriveOptions,
  decryptBackup,
  type OpenedBackup,
  openBackup,
  readBackupFile,
} from './backup/backup.ts';
export {
  BACKUP_CODE_DIGITS,
  type BackupCodeReason,
  formatBackupCode,
  generateBackupCode,
  groupsOf,
  normaliseBackupCode,
} from './backup/code.ts';
export type { Container, ContainerHeader, SecretKind } from './backup/container.ts';
export { type BackupContents, CONTENTS_VERSION, makeContents } from './backup/contents.ts';
export {
  DEFAULT_KDF,
  type DeriveKeyMaterial,
  deriveKeyMaterial,
  KDF_LIMITS,
  type KdfParams,
} from './backup/kdf.ts';
export { type MergeConflict, mergeProfiles, mergeTables, type TablesMerge } from './backup/merge.ts';
export { checkPassphrase, PASSPHRASE_MIN_LENGTH, type PassphraseReason } from './backup/passphrase.ts';
export {
  BACKUP_TABLE_NAMES,
  BACKUP_TABLES,
  type BackupRow,
  type BackupTableName,
  type BackupTables,
  emptyTables,
} from './backup/records.ts';
export type { BackupSecret } from './backup/secret.ts';
export { type BackupSummary, summariseTables } from './backup/summary.ts';
export {
  encodeOrganisationEntry,
  MAX_ORGANISATION_FILE,
  ORGANISATION_ENTRY_REASONS,
  type OrganisationEntry,
  type OrganisationEntryReason,
  organisationTrustList,
  readOrganisationEntry,
} from './confirmation/organisationEntry.ts';
export {
  type CheckReplyOptions,
  checkReply,
  RECEIVE_REASONS,
  type ReceivedReply,
  type ReceiveReason,
} from './confirmation/receive.ts';
export {
  decodeReply,
  encodeReply,
  type MadeReply,
  type Organisation,
  type ReplyOptions,
  replyToRequest,
} from './confirmation/reply.ts';
export {
  type CreateRequestOptions,
  type CreateRequestReason,
  createRequest,
  type MadeRequest,
  REQUEST_REASONS,
  type RequestReason,
  type VerifiedRequest,
  verifyRequest,
} from './confirmation/request.ts';
export { REQUEST_TYPE } from './confirmation/requestClaims.ts';
export * from './crypto/did.ts';
export * from './crypto/fingerprint.ts';
export * from './crypto/holderKey.ts';
export { type KeyIdentity, keyIdentity } from './crypto/identity.ts';
export type * from './crypto/jwk.ts';
export * from './crypto/random.ts';
export * from './encoding/base64url.ts';
export * from './encoding/deflate.ts';
export * from './endorsement/create.ts';
export * from './endorsement/presentation.ts';
export * from './endorsement/trust.ts';
export * from './endorsement/verify.ts';
export * from './ids.ts';
export {
  FRAGMENT_KINDS,
  type FragmentKind,
  fragmentKind,
  readFragmentPrefix,
} from './links/fragment.ts';
export { MESSAGE_REASONS, type MessageLink, type MessageReason } from './links/message.ts';
export * from './profile/codes.ts';
export * from './profile/empty.ts';
export { type JsonResumeLabels, toJsonResume } from './profile/jsonResume.ts';
export * from './profile/parse.ts';
export * from './profile/schema.ts';
export * from './profile/selection.ts';
export type * from './profile/types.ts';
export type { Result } from './result.ts';
export * from './snapshot/clock.ts';
export * from './snapshot/create.ts';
export { verificationJson, verificationJsonText } from './snapshot/json.ts';
export * from './snapshot/leftOut.ts';
export * from './snapshot/limits.ts';
export * from './snapshot/link.ts';
export * from './snapshot/payload.ts';
export * from './snapshot/verify.ts';
export { balanceDirectionControls, balanceDirectionControlsIn } from './text/bidi.ts';
export { stringifyJson } from './text/json.ts';
export { cleanAuthorText, isLineText, isMultilineText } from './text/rule.ts';
export { escapeForTerminal } from './text/terminal.ts';
export * from './vc/constants.ts';
export * from './vc/parts.ts';
export * from './vc/sign.ts';
export * from './vc/validity.ts';
