import * as v from 'valibot';
import { parseDidJwk } from '../crypto/did.ts';
import { fingerprintOf } from '../crypto/fingerprint.ts';
import { parseJsonObject } from '../encoding/json.ts';
import { encodeUtf8 } from '../encoding/utf8.ts';
import {
  parseTrustList,
  type TrustedIssuer,
  TrustedIssuerSchema,
  type TrustList,
} from '../endorsement/trust.ts';
import {
  decodeMessageLink,
  encodeMessageLink,
  hasLinkPrefix,
  MESSAGE_REASONS,
  type MessageLink,
} from '../links/message.ts';
import { fail, ok, type Result } from '../result.ts';

/** An organisation entry inflates to at most this many bytes. */
export const MAX_ORGANISATION_BYTES = 4_096;
/** An exported entry file is a small trust list; anything larger is not one. */
export const MAX_ORGANISATION_FILE = 16_384;

export const ORGANISATION_ENTRY_REASONS = [...MESSAGE_REASONS, 'bad_organisation'] as const;
export type OrganisationEntryReason = (typeof ORGANISATION_ENTRY_REASONS)[number];

export interface OrganisationEntry extends TrustedIssuer {
  /** The fingerprint of the DID's key, to compare with the organisation's own screen. */
  fingerprint: string;
}

const entryOf = (issuer: TrustedIssuer): TrustedIssuer =>
  issuer.url === undefined
    ? { did: issuer.did, name: issuer.name }
    : { did: issuer.did, name: issuer.name, url: issuer.url };

/**
 * What an organisation hands a verification desk to be added to its trust list (FORMAT.md
 * §13.6), as a link: `o1.` and the entry `{did, name, url?}` as JSON in a message.
 */
export function encodeOrganisationEntry(issuer: TrustedIssuer, baseUrl?: string): Promise<MessageLink> {
  return encodeMessageLink('organisation', encodeUtf8(JSON.stringify(entryOf(issuer))), baseUrl);
}

/** ... and as a file: a trust list (§8.5) of one issuer, named after the organisation. */
export function organisationTrustList(issuer: TrustedIssuer): TrustList {
  return { name: issuer.name, issuers: [entryOf(issuer)] };
}

async function withFingerprint(issuer: TrustedIssuer): Promise<OrganisationEntry> {
  const jwk = parseDidJwk(issuer.did);
  // The schema has already checked the DID; this cannot fail.
  if (!jwk.ok) throw new Error('a checked DID does not parse');
  return { ...entryOf(issuer), fingerprint: await fingerprintOf(jwk.value) };
}

/**
 * An organisation entry from its link (or bare fragment), or from the text of its exported
 * file: a trust list with exactly one issuer. Anything else is refused with a reason.
 */
export async function readOrganisationEntry(
  input: string,
): Promise<Result<OrganisationEntry, OrganisationEntryReason>> {
  if (typeof input !== 'string') return fail('bad_link');
  if (hasLinkPrefix(input)) {
    const content = await decodeMessageLink(input, 'organisation', MAX_ORGANISATION_BYTES);
    if (!content.ok) return content;
    const json = parseJsonObject(content.value);
    const issuer = json.ok ? v.safeParse(TrustedIssuerSchema, json.value) : undefined;
    return issuer?.success ? ok(await withFingerprint(issuer.output)) : fail('bad_organisation');
  }
  if (input.length > MAX_ORGANISATION_FILE) return fail('too_large');
  let json: unknown;
  try {
    json = JSON.parse(input);
  } catch {
    return fail('bad_link');
  }
  const list = parseTrustList(json);
  if (!list.ok || list.value.issuers.length !== 1) return fail('bad_organisation');
  return ok(await withFingerprint(list.value.issuers[0]!));
}
