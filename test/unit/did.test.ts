import { describe, expect, it } from 'vitest';
import {
  didJwkFromPublicJwk,
  encodeBase64url,
  generateHolderKey,
  parseDidJwk,
  publicJwkOf,
} from '../../src/core/index.ts';
import { TEST_KEYS } from './support.ts';

const didOf = (jwk: object) => `did:jwk:${encodeBase64url(new TextEncoder().encode(JSON.stringify(jwk)))}`;

describe('did:jwk', () => {
  it('round-trips a new key', async () => {
    const { publicJwk, privateJwk } = await generateHolderKey();
    expect(Object.keys(publicJwk)).toEqual(['crv', 'kty', 'x', 'y']);
    expect(publicJwkOf(privateJwk)).toEqual(publicJwk);
    const did = didJwkFromPublicJwk(publicJwk);
    expect(parseDidJwk(did)).toEqual({ ok: true, value: publicJwk });
  });

  it('encodes the members in the order crv, kty, x, y without whitespace', () => {
    const { x, y } = TEST_KEYS.holder.privateJwk;
    const did = didJwkFromPublicJwk(TEST_KEYS.holder.privateJwk);
    expect(did).toBe(TEST_KEYS.holder.did);
    const json = Buffer.from(did.slice('did:jwk:'.length), 'base64url').toString('utf8');
    expect(json).toBe(`{"crv":"P-256","kty":"EC","x":"${x}","y":"${y}"}`);
  });

  it('accepts members in another order and drops extra public members', () => {
    const { x, y } = TEST_KEYS.holder.privateJwk;
    expect(parseDidJwk(didOf({ y, x, kty: 'EC', crv: 'P-256', use: 'sig' }))).toEqual({
      ok: true,
      value: { crv: 'P-256', kty: 'EC', x, y },
    });
  });

  it.each([
    ['not a string', 42, 'bad_did'],
    ['another method', 'did:web:example.org', 'bad_did'],
    ['bad base64url', 'did:jwk:eyJ+', 'bad_did'],
    ['not JSON', `did:jwk:${encodeBase64url(new TextEncoder().encode('nope'))}`, 'bad_did'],
    ['a fragment', `${TEST_KEYS.holder.did}#0`, 'bad_did'],
    ['a P-384 key', didOf({ crv: 'P-384', kty: 'EC', x: 'AAAA', y: 'AAAA' }), 'not_p256'],
    ['an RSA key', didOf({ kty: 'RSA', n: 'AQAB', e: 'AQAB' }), 'not_p256'],
    ['a short coordinate', didOf({ crv: 'P-256', kty: 'EC', x: 'AAAA', y: 'AAAA' }), 'bad_did'],
    ['a private key', didOf(TEST_KEYS.holder.privateJwk), 'private_key_in_did'],
    ['an overlong DID', `did:jwk:${'A'.repeat(2000)}`, 'bad_did'],
  ])('refuses %s', (_name, did, reason) => {
    expect(parseDidJwk(did)).toEqual({ ok: false, reason });
  });
});
