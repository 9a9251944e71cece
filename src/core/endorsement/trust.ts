import * as v from 'valibot';
import { parseDidJwk } from '../crypto/did.ts';
import { LIMITS } from '../profile/codes.ts';
import { fail, ok, type Result } from '../result.ts';
import { isLineText } from '../text/rule.ts';

const name = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.shortText), v.check(isLineText));

/**
 * Only https: addresses without user info: other schemes can run code, and
 * `https://arbetsformedlingen.se@evil.example/` names the host after the `@`. Readers show only
 * the host (`websiteHost`).
 */
export function isHttpsUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > LIMITS.shortText) return false;
  if (!isLineText(value) || value.trim() !== value) return false;
  try {
    const url = new URL(value);
    // An empty user info (`https://@host/`) leaves username and password empty: look at the text too.
    const authority = /^[a-z]+:[\\/]*([^\\/?#]*)/i.exec(value)?.[1] ?? '';
    return (
      url.protocol === 'https:' && url.username === '' && url.password === '' && !authority.includes('@')
    );
  } catch {
    return false;
  }
}

/** The host of a checked https: address, the only part a reader shows (ASCII, as punycode). */
export function websiteHost(url: string): string {
  return new URL(url).host;
}
const httpsUrl = v.pipe(
  v.string(),
  v.check((value: string) => isHttpsUrl(value)),
);
const did = v.pipe(
  v.string(),
  v.check((value: string) => parseDidJwk(value).ok),
);

export const TrustedIssuerSchema = v.object({ did, name, url: v.optional(httpsUrl) });

/** The reader's own list of organisations whose endorsements it trusts. */
export const TrustListSchema = v.object({
  name,
  issuers: v.pipe(v.array(TrustedIssuerSchema), v.maxLength(10_000)),
});

export type TrustedIssuer = v.InferOutput<typeof TrustedIssuerSchema>;
export type TrustList = v.InferOutput<typeof TrustListSchema>;

export type TrustListResult =
  | { ok: true; value: TrustList }
  | { ok: false; reason: 'bad_trust_list'; path: string };

/** Checks a parsed trust list file; `path` says where the first problem is (e.g. `issuers.2.did`). */
export function parseTrustList(input: unknown): TrustListResult {
  const result = v.safeParse(TrustListSchema, input);
  if (result.success) return { ok: true, value: result.output };
  const path = (result.issues[0].path ?? []).map((item) => String(item.key)).join('.');
  return { ok: false, reason: 'bad_trust_list', path };
}

export function parseTrustListJson(text: string): TrustListResult {
  try {
    return parseTrustList(JSON.parse(text));
  } catch {
    return { ok: false, reason: 'bad_trust_list', path: '' };
  }
}

/** The entry for `issuerDid`, compared as exact strings (DIDs are kept as created). */
export function findTrustedIssuer(
  trust: TrustList | undefined,
  issuerDid: string,
): TrustedIssuer | undefined {
  return trust?.issuers.find((issuer) => issuer.did === issuerDid);
}

/** A trust list holds at most this many issuers (FORMAT.md §8.5). */
export const MAX_TRUSTED_ISSUERS = 10_000;

/** The list with `issuer` on it: an entry for the same DID is replaced where it stands. */
export function withTrustedIssuer(list: TrustList, issuer: TrustedIssuer): Result<TrustList, 'too_many'> {
  const index = list.issuers.findIndex((listed) => listed.did === issuer.did);
  if (index >= 0)
    return ok({ ...list, issuers: list.issuers.map((listed, at) => (at === index ? issuer : listed)) });
  if (list.issuers.length >= MAX_TRUSTED_ISSUERS) return fail('too_many');
  return ok({ ...list, issuers: [...list.issuers, issuer] });
}

/** The list without the issuer of `did`. */
export function withoutTrustedIssuer(list: TrustList, did: string): Result<TrustList, 'not_listed'> {
  const issuers = list.issuers.filter((listed) => listed.did !== did);
  return issuers.length === list.issuers.length ? fail('not_listed') : ok({ ...list, issuers });
}
