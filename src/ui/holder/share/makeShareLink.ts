import type { PrivateJwk } from '../../../core/crypto/jwk.ts';
import { LIST_SECTIONS, type ListSection } from '../../../core/profile/codes.ts';
import type { ShareSelection } from '../../../core/profile/selection.ts';
import type { Profile } from '../../../core/profile/types.ts';
import { createSnapshot } from '../../../core/snapshot/create.ts';
import { cleanAuthorText } from '../../../core/text/rule.ts';
import type { Validity } from '../../../core/vc/validity.ts';
import { QR_MAX_BYTES } from './qr.ts';

export interface ShareLinkOptions {
  privateJwk: PrivateJwk;
  validity: Validity;
  recipient?: string;
  lang?: string;
  baseUrl: string;
  /** The endorsements to carry for a choice of entries: those of the chosen entries, or none. */
  endorsementsFor?: (selection: ShareSelection) => string[];
}

export interface MadeLink {
  link: string;
  jti: string;
  issuedAt: Date;
  expiresAt: Date;
  /** 0 when the link fits a QR code; otherwise how many entries to leave out, or null if that is not enough. */
  leaveOutForQr: number | null;
  /** It does not fit a QR code, but would without its endorsements. */
  fitsWithoutEndorsements: boolean;
}

function snapshot(profile: Profile, selection: ShareSelection, options: ShareLinkOptions, now: Date) {
  const endorsements = options.endorsementsFor?.(selection) ?? [];
  return createSnapshot(profile, selection, {
    ...(endorsements.length > 0 && { endorsements }),
    privateJwk: options.privateJwk,
    now,
    validity: options.validity,
    // Typed by the holder: pasted controls are cleaned away rather than refused (FORMAT.md §5.8).
    for: options.recipient === undefined ? undefined : cleanAuthorText(options.recipient, false),
    lang: options.lang,
    baseUrl: options.baseUrl,
  });
}

const linkBytes = (link: string) => new TextEncoder().encode(link).length;

/**
 * A new link for the same choice differs by up to about 30 bytes (random jti and signature compress
 * differently): the count leaves this much room, so that leaving out that many entries works.
 */
const QR_COUNT_MARGIN = 48;

/**
 * Leaves out the largest chosen entries first, one at a time, until the link fits a QR code:
 * the count is then the fewest entries whose removal makes it fit (up to compression effects).
 */
async function countToLeaveOut(
  profile: Profile,
  selection: ShareSelection,
  options: ShareLinkOptions,
  now: Date,
) {
  const sizeOf = (section: ListSection, id: string) =>
    JSON.stringify((profile[section] as { id: string }[]).find((entry) => entry.id === id) ?? '').length;
  const order = LIST_SECTIONS.flatMap((section) => selection.entries[section].map((id) => ({ section, id })))
    .map((item) => ({ ...item, size: sizeOf(item.section, item.id) }))
    .sort((a, b) => b.size - a.size);
  const trimmed: ShareSelection = { ...selection, entries: { ...selection.entries } };
  for (let count = 1; count <= order.length; count++) {
    const { section, id } = order[count - 1]!;
    trimmed.entries[section] = trimmed.entries[section].filter((entry) => entry !== id);
    const attempt = await snapshot(profile, trimmed, options, now);
    if (attempt.ok && linkBytes(attempt.value.link) <= QR_MAX_BYTES - QR_COUNT_MARGIN) return count;
  }
  return null;
}

export async function makeShareLink(profile: Profile, selection: ShareSelection, options: ShareLinkOptions) {
  const now = new Date();
  const made = await snapshot(profile, selection, options, now);
  if (!made.ok) return made;
  const fits = linkBytes(made.value.link) <= QR_MAX_BYTES;
  const carried = options.endorsementsFor?.(selection).length ?? 0;
  const without =
    fits || carried === 0
      ? undefined
      : await snapshot(profile, selection, { ...options, endorsementsFor: undefined }, now);
  const value: MadeLink = {
    link: made.value.link,
    jti: made.value.jti,
    issuedAt: made.value.issuedAt,
    expiresAt: made.value.expiresAt,
    leaveOutForQr: fits ? 0 : await countToLeaveOut(profile, selection, options, now),
    fitsWithoutEndorsements: Boolean(without?.ok && linkBytes(without.value.link) <= QR_MAX_BYTES),
  };
  return { ok: true as const, value };
}
