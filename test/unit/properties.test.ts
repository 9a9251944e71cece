import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createSnapshot,
  decodeBase64url,
  decodeShareLink,
  deflateRaw,
  encodeBase64url,
  encodeShareLink,
  fullSelection,
  inflateRawBounded,
  type JwsParts,
  toCompact,
  verifySnapshot,
} from '../../src/core/index.ts';
import { TEST_KEYS, typicalProfile } from './support.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const NOT_BASE64URL = ['+', '/', '=', ' ', '\n', '\t', '.', '#', '\0', 'é', 'Å', '€', '😀', '\u00a0'];
const NOW = new Date(Date.UTC(2026, 2, 1, 9, 0, 0));

const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
const sameParts = (a: JwsParts, b: JwsParts) =>
  sameBytes(a.header, b.header) && sameBytes(a.payload, b.payload) && sameBytes(a.signature, b.signature);

describe('base64url (properties)', () => {
  it('round-trips arbitrary bytes and agrees with Node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const text = encodeBase64url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(decodeBase64url(text)).toEqual({ ok: true, value: bytes });
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a non-canonical spelling: set unused bits in the last character', () => {
    const tail = fc
      .uint8Array({ minLength: 1, maxLength: 200 })
      .filter((bytes) => bytes.length % 3 !== 0)
      .chain((bytes) => {
        // 1 byte left over: 4 unused bits; 2 bytes: 2 unused bits.
        const unused = bytes.length % 3 === 1 ? 4 : 2;
        return fc.tuple(fc.constant(bytes), fc.integer({ min: 1, max: (1 << unused) - 1 }));
      });
    fc.assert(
      fc.property(tail, ([bytes, junk]) => {
        const text = encodeBase64url(bytes);
        const last = ALPHABET.indexOf(text.at(-1)!);
        const spelled = text.slice(0, -1) + ALPHABET[last | junk];
        // Node is lenient here and would read the same bytes; we must not.
        expect(Buffer.from(spelled, 'base64url')).toEqual(Buffer.from(bytes));
        expect(decodeBase64url(spelled)).toEqual({ ok: false, reason: 'bad_base64url' });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses any character outside the alphabet, anywhere', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 100 }),
        fc.constantFrom(...NOT_BASE64URL),
        fc.nat(),
        (bytes, bad, at) => {
          const text = encodeBase64url(bytes);
          const i = at % (text.length + 1);
          expect(decodeBase64url(text.slice(0, i) + bad + text.slice(i))).toEqual({
            ok: false,
            reason: 'bad_base64url',
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses every length of 1 mod 4, and accepts a string only in its one canonical spelling', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...ALPHABET, ...NOT_BASE64URL), maxLength: 64 }),
        (text) => {
          const decoded = decodeBase64url(text);
          if (text.length % 4 === 1) expect(decoded.ok).toBe(false);
          if (decoded.ok) expect(encodeBase64url(decoded.value)).toBe(text);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('deflate-raw (properties)', () => {
  const inputs = fc.oneof(
    fc.uint8Array({ maxLength: 3000 }),
    fc.string({ maxLength: 2000 }).map((text) => new TextEncoder().encode(text)),
    fc
      .array(fc.constantFrom('"skills":', '{"id":"s1"', ',"level":3}', 'Samira ', 'å', '\u0000'), {
        maxLength: 300,
      })
      .map((parts) => new TextEncoder().encode(parts.join(''))),
  );

  it('round-trips arbitrary bytes and text', async () => {
    await fc.assert(
      fc.asyncProperty(inputs, async (input) => {
        expect(await inflateRawBounded(await deflateRaw(input))).toEqual({ ok: true, value: input });
      }),
      { numRuns: 100 },
    );
  });

  it('refuses every truncation and anything appended', async () => {
    await fc.assert(
      fc.asyncProperty(
        inputs,
        fc.nat(),
        fc.uint8Array({ minLength: 1, maxLength: 4 }),
        async (input, cut, extra) => {
          const stream = await deflateRaw(input);
          const keep = cut % stream.length;
          expect((await inflateRawBounded(stream.subarray(0, keep))).ok).toBe(false);
          expect(await inflateRawBounded(new Uint8Array([...stream, ...extra]))).toEqual({
            ok: false,
            reason: 'bad_deflate',
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives each stream one last byte: no other value of it inflates to the same bytes (padding bits)', async () => {
    await fc.assert(
      fc.asyncProperty(inputs, async (input) => {
        const stream = await deflateRaw(input);
        const original = stream.at(-1)!;
        for (let value = 0; value < 256; value++) {
          if (value === original) continue;
          const changed = new Uint8Array(stream);
          changed[changed.length - 1] = value;
          const result = await inflateRawBounded(changed);
          expect(result.ok && sameBytes(result.value, input)).toBe(false);
        }
      }),
      { numRuns: 12 },
    );
  });
});

describe('share link codec (properties)', () => {
  const noZero = (maxLength: number) =>
    fc.uint8Array({ maxLength }).map((bytes) => bytes.map((b) => (b === 0 ? 1 : b)));
  const parts = fc.record({
    // A JWS header is a JSON object: it starts with "{", so its base64url never looks like "s1".
    header: noZero(200).map((bytes) => new Uint8Array([0x7b, ...bytes])),
    payload: noZero(1500),
    signature: fc.uint8Array({ minLength: 0, maxLength: 100 }),
  });

  it('round-trips any parts through the link, its fragment, the bare text and the compact JWS', async () => {
    await fc.assert(
      fc.asyncProperty(parts, fc.webUrl({ withFragments: true }), async (input, baseUrl) => {
        const fragment = await encodeShareLink(input);
        expect(fragment).toMatch(/^s1\.[A-Za-z0-9_-]+$/);
        const url = `${baseUrl.split('#')[0]}#${fragment}`;
        for (const form of [fragment, `#${fragment}`, url]) {
          const decoded = await decodeShareLink(form);
          expect(decoded.ok && decoded.value.form === 'link' && sameParts(decoded.value.parts, input)).toBe(
            true,
          );
        }
        const token = await decodeShareLink(toCompact(input));
        expect(token.ok && token.value.form === 'token' && sameParts(token.value.parts, input)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses to encode a header or payload holding a 0x00 byte', async () => {
    await fc.assert(
      fc.asyncProperty(parts, fc.boolean(), fc.nat(), async (input, inHeader, at) => {
        const target = inHeader ? input.header : input.payload;
        const bytes = new Uint8Array([
          ...target.subarray(0, at % (target.length + 1)),
          0,
          ...target.subarray(at % (target.length + 1)),
        ]);
        await expect(
          encodeShareLink({ ...input, [inHeader ? 'header' : 'payload']: bytes }),
        ).rejects.toThrow();
      }),
      { numRuns: 50 },
    );
  });
});

/**
 * "No mutated link ever verifies". Links of several lengths, so that deleting or inserting a
 * character meets every length mod 4, not only the refusals of a length of 1 mod 4.
 *
 * DEFLATE is not a canonical encoding: a match's distance can sometimes be changed to another
 * place holding the same bytes, so that a changed character inflates to exactly the signed
 * bytes again (measured: about 1 in 150,000 single-character changes of the typical link). That
 * is the very same snapshot (the same header, payload and signature, the same jti), not a
 * changed one; a verifier cannot refuse it without re-compressing, which differs between
 * engines. The random properties therefore allow "valid" only together with byte-identical
 * parts; the exhaustive checks of the last characters, where the padding bits of the stream's
 * last byte are, allow nothing.
 */
describe('no single-character change of a valid link verifies', { timeout: 30_000 }, () => {
  interface Sample {
    body: string;
    parts: JwsParts;
    jti: string;
  }
  const samples: Sample[] = [];

  beforeAll(async () => {
    const profile = typicalProfile();
    const byResidue = new Map<number, Sample>();
    for (let i = 0; byResidue.size < 4 && i < 40; i++) {
      const created = await createSnapshot(profile, fullSelection(profile), {
        privateJwk: TEST_KEYS.holder.privateJwk,
        now: NOW,
        validity: { days: 7 },
        ...(i > 0 && { for: `Mottagare ${i}`.slice(0, 10 + (i % 5)) }),
      });
      if (!created.ok) throw new Error(created.reason);
      const body = created.value.fragment.slice(3);
      const decoded = await decodeShareLink(created.value.fragment);
      if (!decoded.ok) throw new Error(decoded.reason);
      if (body.length % 4 !== 1 && !byResidue.has(body.length % 4))
        byResidue.set(body.length % 4, { body, parts: decoded.value.parts, jti: created.value.jti });
    }
    samples.push(...byResidue.values());
    expect(samples.length).toBe(3); // lengths 0, 2 and 3 mod 4 (1 mod 4 is no base64url)
  });

  /** Not valid, or (DEFLATE alias) byte-for-byte the same signed snapshot. */
  async function expectRefusedOrIdentical(sample: Sample, body: string, strict: boolean): Promise<void> {
    const result = await verifySnapshot(`s1.${body}`, { now: NOW });
    if (result.status !== 'valid') return;
    const decoded = await decodeShareLink(`s1.${body}`);
    const identical = decoded.ok && sameParts(decoded.value.parts, sample.parts) && result.jti === sample.jti;
    expect({ strict, identical, change: body.length - sample.body.length }).toEqual({
      strict: false,
      identical: true,
      change: 0,
    });
  }

  const sampleIndex = fc.nat({ max: 2 });
  /** Anywhere, and more often near both ends, where the edge cases are. */
  const position = (length: number) =>
    fc.oneof(
      fc.nat({ max: length - 1 }),
      fc.integer({ min: Math.max(0, length - 12), max: length - 1 }),
      fc.nat({ max: Math.min(11, length - 1) }),
    );

  it('replacing any one character with any other base64url character', async () => {
    await fc.assert(
      fc.asyncProperty(
        sampleIndex.chain((s) =>
          fc.tuple(fc.constant(s), position(samples[s]!.body.length), fc.nat({ max: 62 })),
        ),
        async ([s, at, pick]) => {
          const sample = samples[s]!;
          const others = ALPHABET.replace(sample.body[at]!, '');
          const body = sample.body.slice(0, at) + others[pick] + sample.body.slice(at + 1);
          await expectRefusedOrIdentical(sample, body, false);
        },
      ),
      { numRuns: 2500 },
    );
  });

  it('deleting any one character', async () => {
    await fc.assert(
      fc.asyncProperty(
        sampleIndex.chain((s) => fc.tuple(fc.constant(s), position(samples[s]!.body.length))),
        async ([s, at]) => {
          const sample = samples[s]!;
          await expectRefusedOrIdentical(sample, sample.body.slice(0, at) + sample.body.slice(at + 1), false);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('inserting any one base64url character', async () => {
    await fc.assert(
      fc.asyncProperty(
        sampleIndex.chain((s) =>
          fc.tuple(fc.constant(s), position(samples[s]!.body.length + 1), fc.constantFrom(...ALPHABET)),
        ),
        async ([s, at, char]) => {
          const sample = samples[s]!;
          await expectRefusedOrIdentical(
            sample,
            sample.body.slice(0, at) + char + sample.body.slice(at),
            false,
          );
        },
      ),
      { numRuns: 600 },
    );
  });

  it('every change of the last 8 characters, every deletion and insertion there (exhaustive, strict)', async () => {
    let tried = 0;
    for (const sample of samples) {
      const { body } = sample;
      for (let at = body.length - 8; at < body.length; at++) {
        await expectRefusedOrIdentical(sample, body.slice(0, at) + body.slice(at + 1), true);
        for (const char of ALPHABET) {
          await expectRefusedOrIdentical(sample, body.slice(0, at) + char + body.slice(at), true);
          if (char !== body[at])
            await expectRefusedOrIdentical(sample, body.slice(0, at) + char + body.slice(at + 1), true);
          tried += 2;
        }
      }
      for (const char of ALPHABET) await expectRefusedOrIdentical(sample, body + char, true);
    }
    expect(tried).toBeGreaterThan(3000);
  }, 30_000);
});
