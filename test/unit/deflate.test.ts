import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deflateRaw, inflateRawBounded, MAX_INFLATED_BYTES } from '../../src/core/index.ts';

describe('deflate-raw', () => {
  it('round-trips bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (input) => {
        expect(await inflateRawBounded(await deflateRaw(input))).toEqual({ ok: true, value: input });
      }),
      { numRuns: 50 },
    );
  });

  it('stops an inflate bomb at the limit instead of inflating it all', async () => {
    const bomb = await deflateRaw(new Uint8Array(20_000_000)); // 20 MB of zeros, about 20 KB deflated
    const started = performance.now();
    expect(await inflateRawBounded(bomb)).toEqual({ ok: false, reason: 'too_large' });
    // Not a timing assertion on the product: only a guard that it did not inflate 20 MB first.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('accepts exactly the limit and refuses one byte more', async () => {
    const atLimit = await deflateRaw(new Uint8Array(MAX_INFLATED_BYTES));
    const overLimit = await deflateRaw(new Uint8Array(MAX_INFLATED_BYTES + 1));
    expect((await inflateRawBounded(atLimit)).ok).toBe(true);
    expect(await inflateRawBounded(overLimit)).toEqual({ ok: false, reason: 'too_large' });
    expect(await inflateRawBounded(atLimit, 1000)).toEqual({ ok: false, reason: 'too_large' });
  });

  it.each([
    ['empty input', new Uint8Array()],
    ['garbage', new Uint8Array([0xff, 0xfe, 0xfd])],
  ])('refuses %s', async (_name, input) => {
    expect(await inflateRawBounded(input)).toEqual({ ok: false, reason: 'bad_deflate' });
  });

  it('refuses a truncated stream and data after the end of the stream', async () => {
    const stream = await deflateRaw(new TextEncoder().encode('hello hello hello world'));
    expect(await inflateRawBounded(stream.subarray(0, -1))).toEqual({ ok: false, reason: 'bad_deflate' });
    expect(await inflateRawBounded(new Uint8Array([...stream, 0]))).toEqual({
      ok: false,
      reason: 'bad_deflate',
    });
    expect(await inflateRawBounded(new Uint8Array([...stream, ...stream]))).toEqual({
      ok: false,
      reason: 'bad_deflate',
    });
  });
});
