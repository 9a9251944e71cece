import { createHash } from 'node:crypto';
import { calculateJwkThumbprint } from 'jose';
import { describe, expect, it } from 'vitest';
import { fingerprintOf, thumbprintInput } from '../../src/core/index.ts';
import { TEST_KEYS } from './support.ts';

const key = TEST_KEYS.holder.privateJwk;

describe('holder fingerprint', () => {
  it('hashes the RFC 7638 thumbprint input', async () => {
    const input = thumbprintInput(key);
    expect(input).toBe(`{"crv":"P-256","kty":"EC","x":"${key.x}","y":"${key.y}"}`);
    const digest = createHash('sha256').update(input).digest('base64url');
    expect(digest).toBe(await calculateJwkThumbprint(key, 'sha256'));
    expect(digest).toBe('n9EP5oWUH8-PTV6j-_0Xe8E29f0nHaZpsEhtTOsTvJM');
  });

  it('is the first 50 bits in base32 (known answer)', async () => {
    // SHA-256 starts 9f d1 0f e6 85 94 1f: 10011 11111 01000 10000 11111 | 11001 10100 00101 10010 10000
    expect(await fingerprintOf(key)).toBe('T7IQ7-ZUFSQ');
    expect(TEST_KEYS.holder.fingerprint).toBe('T7IQ7-ZUFSQ');
  });

  it('ignores the private part and member order', async () => {
    const { d: _d, ...publicOnly } = key;
    expect(await fingerprintOf({ y: key.y, x: key.x, kty: 'EC', crv: 'P-256' })).toBe('T7IQ7-ZUFSQ');
    expect(await fingerprintOf(publicOnly)).toBe('T7IQ7-ZUFSQ');
  });

  it('has the form XXXXX-XXXXX in RFC 4648 base32', async () => {
    expect(await fingerprintOf(TEST_KEYS.org.privateJwk)).toMatch(/^[A-Z2-7]{5}-[A-Z2-7]{5}$/);
  });
});
