import { keyOfDid as keyOf } from '../crypto/did.ts';
import { canonicalJson } from '../encoding/canonicalJson.ts';
import type { ListSection } from '../profile/codes.ts';
import { findTrustedIssuer, type TrustList } from './trust.ts';
import type { EndorsementReason, EndorsementResult, VerifiedEndorsement } from './verify.ts';

/**
 * What a reader may say about an endorsement, from what is known, not from what it says:
 * - `trusted`: its key is on the reader's own trust list; named by the list, never by itself;
 * - `unknown_issuer`: a valid signature by a key the reader does not know: the organisation
 *   only "calls itself" its name, and may be anyone, the holder included;
 * - `self_endorsed`: signed with the holder's own key: no confirmation by anyone else;
 * - `invalid`: it could not be checked; nothing of its content is shown.
 */
export type EndorsementStanding = 'trusted' | 'unknown_issuer' | 'self_endorsed' | 'invalid';

export interface PresentedEndorsement {
  /** 1, 2, …: how the CV marks refer to it. */
  number: number;
  standing: Exclude<EndorsementStanding, 'invalid'>;
  endorsement: VerifiedEndorsement;
  /** For `trusted`: the reader's own name for the organisation and the name of the list. */
  trustedAs?: { name: string; url?: string; listName: string };
  /** Other names the same key signs with in this snapshot (author text, as it states them). */
  otherNamesOfKey: string[];
  /** Another key in this snapshot calls itself by a name that looks the same. */
  nameUsedByOtherKey: boolean;
  /** Not trusted, yet it calls itself by a name that the reader's list gives another key. */
  resemblesTrustedName: boolean;
  /** How often the snapshot carries this same endorsement (same issuer, jti and content). */
  copies: number;
}

export interface InvalidPresentedEndorsement {
  number: number;
  standing: 'invalid';
  reason: EndorsementReason;
}

export type EndorsementPresentationItem = PresentedEndorsement | InvalidPresentedEndorsement;

export interface EntryMark {
  number: number;
  standing: PresentedEndorsement['standing'];
  /** The holder changed the entry after it was endorsed. */
  changed: boolean;
}

export interface EndorsementPresentation {
  items: EndorsementPresentationItem[];
  /** The endorsements about an entry that the shared profile shows, by section and entry id. */
  marksFor(section: ListSection, entryId: string): EntryMark[];
  /** The organisations the reader's list recognises, by the list's names, with their numbers. */
  trustedOrganisations: { did: string; name: string; numbers: number[] }[];
  /** The name of the reader's trust list, when there is one. */
  trustListName?: string;
}

/** Names compared the way a reader sees them: compatibility forms, case and invisible characters ignored. */
function looksLike(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\p{Cf}\p{Cc}]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLocaleLowerCase('und');
}

/** Same issuer, same jti, same content: one endorsement however often (or however spelled) it is carried. */
function identityOf(endorsement: VerifiedEndorsement): string {
  const { status: _status, trustedAs: _trustedAs, inProfile: _inProfile, ...content } = endorsement;
  return canonicalJson({
    ...content,
    issuedAt: content.issuedAt.getTime(),
    expiresAt: content.expiresAt?.getTime(),
  });
}

function standingOf(endorsement: VerifiedEndorsement, holderKey: string, trust?: TrustList) {
  if (keyOf(endorsement.issuer.did) === holderKey) return 'self_endorsed' as const;
  return findTrustedIssuer(trust, endorsement.issuer.did)
    ? ('trusted' as const)
    : ('unknown_issuer' as const);
}

/**
 * Turns the endorsement results of a valid snapshot, and the reader's trust list if any, into
 * what the reader is shown. The same rules serve the viewer, the command line and a case
 * worker's desk.
 */
export function presentEndorsements(
  results: readonly EndorsementResult[],
  holder: string,
  trust?: TrustList,
): EndorsementPresentation {
  const holderKey = keyOf(holder);
  const items: EndorsementPresentationItem[] = [];
  const byIdentity = new Map<string, PresentedEndorsement>();
  for (const result of results) {
    if (result.status === 'invalid') {
      items.push({ number: items.length + 1, standing: 'invalid', reason: result.reason });
      continue;
    }
    const identity = identityOf(result);
    const seen = byIdentity.get(identity);
    if (seen) {
      seen.copies++;
      continue;
    }
    const standing = standingOf(result, holderKey, trust);
    const item: PresentedEndorsement = {
      number: items.length + 1,
      standing,
      endorsement: result,
      otherNamesOfKey: [],
      nameUsedByOtherKey: false,
      resemblesTrustedName: false,
      copies: 1,
    };
    const listed = standing === 'trusted' ? findTrustedIssuer(trust, result.issuer.did) : undefined;
    if (listed && trust) {
      item.trustedAs = { name: listed.name, listName: trust.name };
      if (listed.url !== undefined) item.trustedAs.url = listed.url;
    }
    byIdentity.set(identity, item);
    items.push(item);
  }

  const valid = [...byIdentity.values()];
  const trustedNames = new Map((trust?.issuers ?? []).map((issuer) => [looksLike(issuer.name), issuer.did]));
  for (const item of valid) {
    const key = keyOf(item.endorsement.issuer.did);
    const name = looksLike(item.endorsement.issuer.name);
    const names = new Set<string>();
    for (const other of valid) {
      const otherName = other.endorsement.issuer.name;
      const sameKey = keyOf(other.endorsement.issuer.did) === key;
      if (sameKey && looksLike(otherName) !== name) names.add(otherName);
      if (!sameKey && looksLike(otherName) === name) item.nameUsedByOtherKey = true;
    }
    item.otherNamesOfKey = [...names];
    const listedDid = trustedNames.get(name);
    item.resemblesTrustedName =
      item.standing !== 'trusted' && listedDid !== undefined && keyOf(listedDid) !== key;
  }

  const marks = new Map<string, EntryMark[]>();
  const trustedOrganisations = new Map<string, { did: string; name: string; numbers: number[] }>();
  for (const item of valid) {
    const { section, entry, inProfile, issuer } = item.endorsement;
    if (inProfile === 'same' || inProfile === 'changed') {
      const at = `${section}\u0000${entry.id}`;
      const list = marks.get(at) ?? [];
      list.push({ number: item.number, standing: item.standing, changed: inProfile === 'changed' });
      marks.set(at, list);
    }
    if (item.trustedAs) {
      const organisation = trustedOrganisations.get(issuer.did) ?? {
        did: issuer.did,
        name: item.trustedAs.name,
        numbers: [],
      };
      organisation.numbers.push(item.number);
      trustedOrganisations.set(issuer.did, organisation);
    }
  }

  const presentation: EndorsementPresentation = {
    items,
    marksFor: (section, entryId) => marks.get(`${section}\u0000${entryId}`) ?? [],
    trustedOrganisations: [...trustedOrganisations.values()],
  };
  if (trust) presentation.trustListName = trust.name;
  return presentation;
}
