import { didJwkFromPublicJwk, parseDidJwk } from '../crypto/did.ts';
import { parsePrivateJwk } from '../crypto/holderKey.ts';
import type { PrivateJwk } from '../crypto/jwk.ts';
import { randomBase64url } from '../crypto/random.ts';
import { fail, ok, type Result } from '../result.ts';
import { VC_CONTEXT_V2 } from '../vc/constants.ts';
import { signVcJws } from '../vc/sign.ts';
import { isoFromNumericDate, toNumericDate } from '../vc/time.ts';
import { expiryFor, type Validity } from '../vc/validity.ts';
import { parseEndorsedEntry } from './entry.ts';
import { ENDORSEMENT_TYPE, isIssuerName, isStatement } from './limits.ts';
import { isHttpsUrl } from './trust.ts';

export interface CreateEndorsementOptions {
  /** The organisation's key. */
  privateJwk: PrivateJwk;
  issuerName: string;
  issuerUrl?: string;
  /** The holder's did:jwk, as their snapshot shows it. */
  holder: string;
  section: string;
  /** The entry as endorsed, a Profile v1 entry of `section`. */
  entry: unknown;
  statement?: string;
  now?: Date;
  /** Endorsements may be open-ended. */
  validity?: Validity;
}

export type CreateEndorsementReason = 'bad_key' | 'bad_holder' | 'bad_entry' | 'bad_option' | 'bad_validity';

export interface Endorsement {
  token: string;
  jti: string;
  /** The organisation's did:jwk. */
  issuer: string;
}

/** Signs a KompetenspassEndorsement: an organisation confirms one entry of a holder's profile. */
export async function createEndorsement(
  options: CreateEndorsementOptions,
): Promise<Result<Endorsement, CreateEndorsementReason>> {
  const key = parsePrivateJwk(options.privateJwk);
  if (!key.ok) return key;
  if (!parseDidJwk(options.holder).ok) return fail('bad_holder');
  const endorsed = parseEndorsedEntry(options.section, options.entry);
  if (!endorsed) return fail('bad_entry');
  const { issuerName, issuerUrl, statement } = options;
  const statementOk = statement === undefined || isStatement(statement);
  if (!isIssuerName(issuerName) || !statementOk || (issuerUrl !== undefined && !isHttpsUrl(issuerUrl)))
    return fail('bad_option');

  const iat = toNumericDate(options.now ?? new Date());
  const exp = options.validity ? expiryFor(iat, options.validity) : undefined;
  if (exp && !exp.ok) return exp;
  const did = didJwkFromPublicJwk(key.value);
  const jti = randomBase64url(16);
  const payload = {
    '@context': [VC_CONTEXT_V2],
    type: ['VerifiableCredential', ENDORSEMENT_TYPE],
    issuer: { id: did, name: issuerName, ...(issuerUrl !== undefined && { url: issuerUrl }) },
    validFrom: isoFromNumericDate(iat),
    ...(exp && { validUntil: isoFromNumericDate(exp.value) }),
    credentialSubject: {
      id: options.holder,
      section: endorsed.section,
      entry: endorsed.entry,
      ...(statement !== undefined && { statement }),
    },
    iss: did,
    jti,
    iat,
    ...(exp && { exp: exp.value }),
  };
  const signed = await signVcJws(payload, `${did}#0`, key.value);
  return signed.ok ? ok({ token: signed.value.token, jti, issuer: did }) : signed;
}
