import { readFileSync } from 'node:fs';
import {
  createEndorsement,
  type DeriveKeyMaterial,
  deriveKeyMaterial,
  type PrivateJwk,
  type Profile,
  parseProfile,
} from '../../src/core/index.ts';

export function typicalProfile(): Profile {
  const url = new URL('../../../shared/fixtures/typical-profile.json', import.meta.url);
  const result = parseProfile(JSON.parse(readFileSync(url, 'utf8')));
  if (!result.ok) throw new Error('the typical profile fixture does not parse');
  return result.value;
}

export interface VectorFile {
  keys: Record<'holder' | 'org' | 'other', { privateJwk: PrivateJwk; did: string; fingerprint: string }>;
  example: { header: string; payload: string; fragmentLength: number; tokenLength: number };
  vectors: {
    name: string;
    input: string;
    now: string;
    trust?: unknown;
    expect: { status: string; reason?: string; endorsements?: string[] };
  }[];
}

export function vectorFile(): VectorFile {
  return JSON.parse(readFileSync(new URL('../vectors/snapshot-v1.json', import.meta.url), 'utf8'));
}

/** The fixed test keys of the vectors: signing needs no key generation in most tests. */
export const TEST_KEYS = vectorFile().keys;

/**
 * scrypt remembered by its inputs: tests that open one file many times (every changed byte,
 * many wrong codes) pay for each distinct derivation once. The real function does the work.
 */
export function rememberingDerive(): DeriveKeyMaterial {
  const seen = new Map<string, Promise<Uint8Array>>();
  return async (secret, salt, params) => {
    const key = `${Buffer.from(secret).toString('hex')}/${Buffer.from(salt).toString('hex')}/${params.logN}/${params.r}/${params.p}`;
    if (!seen.has(key)) seen.set(key, deriveKeyMaterial(secret, salt, params));
    return new Uint8Array(await seen.get(key)!);
  };
}

/** An endorsement by `key` of one of the test holder's skills, made at `now`. */
export async function endorseSkill(
  key: PrivateJwk,
  name: string,
  entry: object,
  now: Date,
  statement?: string,
): Promise<string> {
  const made = await createEndorsement({
    privateJwk: key,
    issuerName: name,
    holder: TEST_KEYS.holder.did,
    section: 'skills',
    entry,
    now,
    ...(statement !== undefined && { statement }),
  });
  if (!made.ok) throw new Error(made.reason);
  return made.value.token;
}
