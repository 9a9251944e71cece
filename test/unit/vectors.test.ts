import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { compactVerify, decodeProtectedHeader, importJWK } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type EndorsementResult,
  encodeBase64url,
  parseDidJwk,
  parseTrustList,
  SNAPSHOT_REASONS,
  type SnapshotVerification,
  type TrustList,
  verifySnapshot,
} from '../../src/core/index.ts';
import { type VectorFile, vectorFile } from './support.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const file = vectorFile();

type Vector = VectorFile['vectors'][number];

const endorsementStatus = (e: EndorsementResult) =>
  e.status === 'invalid' ? `invalid:${e.reason}` : e.status;

async function verifyVector(vector: Vector): Promise<SnapshotVerification> {
  let trust: TrustList | undefined;
  if (vector.trust !== undefined) {
    const parsed = parseTrustList(vector.trust);
    if (!parsed.ok) throw new Error(`${vector.name}: bad trust list at ${parsed.path}`);
    trust = parsed.value;
  }
  return verifySnapshot(vector.input, { now: new Date(vector.now), ...(trust && { trust }) });
}

/** What a vector's `expect` says, built from a verification result. */
function outcome(vector: Vector, result: SnapshotVerification): Vector['expect'] {
  const seen: Vector['expect'] = { status: result.status };
  if (!result.ok) seen.reason = result.reason;
  if (vector.expect.endorsements !== undefined)
    seen.endorsements = result.ok ? result.endorsements.map(endorsementStatus) : [];
  return seen;
}

/** The cases the wire format spec requires, by vector name, with what they must give. */
const REQUIRED: [string, string, Vector['expect']][] = [
  ['valid', 'valid', { status: 'valid' }],
  ['expired', 'expired', { status: 'expired', reason: 'expired' }],
  ['not yet valid', 'not-yet-valid', { status: 'not_yet_valid', reason: 'not_yet_valid' }],
  ['payload edited', 'payload-edited', { status: 'invalid', reason: 'bad_signature' }],
  ['signature flipped', 'signature-flipped', { status: 'invalid', reason: 'bad_signature' }],
  ['alg none', 'alg-none', { status: 'invalid', reason: 'alg_not_allowed' }],
  ['alg HS256', 'alg-hs256', { status: 'invalid', reason: 'alg_not_allowed' }],
  ['wrong typ', 'wrong-typ', { status: 'invalid', reason: 'wrong_typ' }],
  ['endorsement as snapshot', 'endorsement-as-snapshot', { status: 'invalid', reason: 'not_a_snapshot' }],
  [
    'subject other than issuer',
    'subject-other-than-issuer',
    { status: 'invalid', reason: 'subject_mismatch' },
  ],
  ['kid other than iss', 'kid-other-than-iss', { status: 'invalid', reason: 'kid_mismatch' }],
  ['embedded jwk header', 'embedded-jwk-header', { status: 'invalid', reason: 'forbidden_header' }],
  ['crit header', 'crit-header', { status: 'invalid', reason: 'forbidden_header' }],
  ['private key in DID', 'private-key-in-did', { status: 'invalid', reason: 'private_key_in_did' }],
  ['inflate bomb', 'inflate-bomb', { status: 'invalid', reason: 'too_large' }],
  ['bad base64url', 'bad-base64url', { status: 'invalid', reason: 'bad_base64url' }],
];

const byName = (vectors: Vector[], name: string) => vectors.find((v) => v.name === name);

describe('test vectors snapshot-v1.json', () => {
  it.each(file.vectors.map((v) => [v.name, v] as const))('%s', async (_name, vector) => {
    const result = await verifyVector(vector);
    expect(outcome(vector, result)).toEqual(vector.expect);
    // A refused snapshot never carries profile data.
    if (!result.ok) expect(result).not.toHaveProperty('profile');
    // Where the signature held, the facts name the test holder.
    if (result.status !== 'invalid') {
      expect(result.holder).toBe(file.keys.holder.did);
      expect(result.fingerprint).toBe(file.keys.holder.fingerprint);
    }
  });

  it.each(REQUIRED)('holds the required case "%s" (%s)', (_case, name, expectation) => {
    const vector = byName(file.vectors, name);
    expect(vector, `no vector named ${name}`).toBeDefined();
    expect(vector?.expect).toEqual(expectation);
  });

  it('has a vector for every reason code of verifySnapshot', () => {
    const covered = new Set(file.vectors.map((v) => v.expect.reason));
    expect(SNAPSHOT_REASONS.filter((reason) => !covered.has(reason))).toEqual([]);
  });

  it('has unique names, and endorsement expectations where endorsements are carried', () => {
    const names = file.vectors.map((v) => v.name);
    expect(new Set(names).size).toBe(names.length);
    const withEndorsements = file.vectors.filter((v) => v.expect.endorsements);
    expect(withEndorsements.map((v) => v.expect.endorsements)).toEqual([
      ['trusted', 'invalid:wrong_subject'],
      ['valid_unknown_issuer', 'invalid:wrong_subject'],
      ['invalid:bad_claim', 'invalid:bad_claim', 'invalid:bad_claim', 'valid_unknown_issuer'],
    ]);
  });

  it('keys: the DIDs and fingerprints belong to the published private keys', () => {
    for (const key of Object.values(file.keys)) {
      const { d: _d, ...publicJwk } = key.privateJwk;
      expect(parseDidJwk(key.did)).toEqual({ ok: true, value: publicJwk });
    }
  });

  it('example: lengths and bytes agree with the valid vectors', () => {
    const token = byName(file.vectors, 'valid-token')?.input ?? '';
    const fragment = byName(file.vectors, 'valid-bare-fragment')?.input ?? '';
    const link = byName(file.vectors, 'valid')?.input ?? '';
    expect(token.length).toBe(file.example.tokenLength);
    expect(fragment.length).toBe(file.example.fragmentLength);
    expect(link.endsWith(`#${fragment}`)).toBe(true);
    const [h, p] = token.split('.');
    expect(h).toBe(encodeBase64url(new TextEncoder().encode(file.example.header)));
    expect(p).toBe(encodeBase64url(new TextEncoder().encode(file.example.payload)));
  });

  it('the valid link is an ordinary vc+jwt to an independent JOSE verifier (node:zlib + jose)', async () => {
    const link = byName(file.vectors, 'valid')?.input ?? '';
    const body = link.slice(link.indexOf('#s1.') + 4);
    const joined = inflateRawSync(Buffer.from(body, 'base64url'));
    const first = joined.indexOf(0);
    const second = joined.indexOf(0, first + 1);
    const compact = [
      joined.subarray(0, first),
      joined.subarray(first + 1, second),
      joined.subarray(second + 1),
    ]
      .map((part) => Buffer.from(part).toString('base64url'))
      .join('.');
    expect(compact).toBe(byName(file.vectors, 'valid-token')?.input);
    const { d: _d, ...publicJwk } = file.keys.holder.privateJwk;
    const key = await importJWK(publicJwk, 'ES256');
    const { protectedHeader } = await compactVerify(compact, key, { algorithms: ['ES256'] });
    expect(protectedHeader).toEqual({ alg: 'ES256', typ: 'vc+jwt', kid: `${file.keys.holder.did}#0` });
    expect(decodeProtectedHeader(compact)).toEqual(protectedHeader);
  });
});

/**
 * scripts/make-vectors.ts writes to a fixed path and ECDSA signatures are randomised, so the
 * file cannot be compared byte for byte. The script runs in a scratch copy of the layout it
 * expects (scripts/, src/ and ../shared beside it) and the test checks that regenerating keeps
 * every name, description, clock, trust list and expectation, every input that holds no ECDSA
 * signature, and that every regenerated vector again gives its expectation.
 */
describe('scripts/make-vectors.ts', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'kompetenspass-vectors-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  function regenerate(): VectorFile & { vectors: (Vector & { description: string })[] } {
    const repo = join(scratch, 'repo');
    mkdirSync(join(repo, 'scripts'), { recursive: true });
    mkdirSync(join(repo, 'test', 'vectors'), { recursive: true });
    copyFileSync(join(REPO, 'scripts', 'make-vectors.ts'), join(repo, 'scripts', 'make-vectors.ts'));
    copyFileSync(join(REPO, 'package.json'), join(repo, 'package.json'));
    symlinkSync(join(REPO, 'src'), join(repo, 'src'), 'dir');
    symlinkSync(join(REPO, 'node_modules'), join(repo, 'node_modules'), 'dir');
    symlinkSync(resolve(REPO, '..', 'shared'), join(scratch, 'shared'), 'dir');
    execFileSync(join(REPO, 'node_modules', '.bin', 'tsx'), [join(repo, 'scripts', 'make-vectors.ts')], {
      cwd: repo,
      stdio: 'pipe',
    });
    return JSON.parse(readFileSync(join(repo, 'test', 'vectors', 'snapshot-v1.json'), 'utf8'));
  }

  /** Inputs without an ECDSA signature in them: the same on every run. */
  const DETERMINISTIC = [
    'bad-link',
    'unsupported-version',
    'fragment-too-long',
    'bad-deflate',
    'bad-structure',
    'alg-hs256',
  ];

  it('regenerating keeps every expectation', { timeout: 60_000 }, async () => {
    const committed = file as VectorFile & { vectors: (Vector & { description: string })[] };
    const fresh = regenerate();
    const meaning = (v: Vector & { description: string }) => ({
      name: v.name,
      description: v.description,
      now: v.now,
      trust: v.trust,
      expect: v.expect,
    });
    expect(fresh.vectors.map(meaning)).toEqual(committed.vectors.map(meaning));
    expect(fresh.keys).toEqual(committed.keys);
    const example = (e: VectorFile['example']) => ({ ...e, signature: undefined, fragmentLength: undefined });
    expect(example(fresh.example)).toEqual(example(committed.example));
    for (const name of DETERMINISTIC)
      expect(byName(fresh.vectors, name)?.input).toBe(byName(committed.vectors, name)?.input);
    for (const vector of fresh.vectors)
      expect(outcome(vector, await verifyVector(vector)), vector.name).toEqual(vector.expect);
  });
});
