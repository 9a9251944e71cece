import { fail, ok, type Result } from '../result.ts';

/** The most a link may inflate to (DESIGN: 256 KiB). */
export const MAX_INFLATED_BYTES = 262_144;

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  // A copy in a fresh ArrayBuffer: Blob wants ArrayBuffer-backed views, not SharedArrayBuffer.
  return new Blob([new Uint8Array(bytes)]).stream();
}

/** The web types say BufferSource in, which Uint8Array is; this only tells TypeScript so. */
function transform(
  stream: CompressionStream | DecompressionStream,
): ReadableWritablePair<Uint8Array, Uint8Array> {
  return stream as unknown as ReadableWritablePair<Uint8Array, Uint8Array>;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Raw DEFLATE (RFC 1951, no zlib or gzip wrapper). */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = streamOf(bytes).pipeThrough(transform(new CompressionStream('deflate-raw')));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

type InflateReason = 'too_large' | 'bad_deflate';

async function inflateCounting(
  bytes: Uint8Array,
  maxBytes: number,
): Promise<Result<Uint8Array, InflateReason>> {
  const reader = streamOf(bytes)
    .pipeThrough(transform(new DecompressionStream('deflate-raw')))
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      // Count and stop: a chunk may be large (16 KiB in Node), so one more read could
      // already be far past the limit; cancel as soon as the count passes it.
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return fail('too_large');
      }
      chunks.push(value);
    }
  } catch {
    return fail('bad_deflate');
  }
  return ok(concat(chunks, total));
}

let lenientRuntime: Promise<boolean> | undefined;

/**
 * Browsers refuse data after the end of a DEFLATE stream (Compression Streams spec); Node 20
 * ignores it. Probe once with an empty stream (03 00) plus one junk byte.
 */
function runtimeIgnoresTrailingData(): Promise<boolean> {
  lenientRuntime ??= inflateCounting(new Uint8Array([3, 0, 0]), 16).then((result) => result.ok);
  return lenientRuntime;
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The bits of the last byte after the end of the stream are padding that every inflater
 * ignores, and encoders write them as zeros. A set padding bit would be a second spelling of
 * the same link (one changed character that still verifies), so it is refused. Padding is the
 * high end of the byte (DEFLATE fills bytes from bit 0): when any padding bit is set, the
 * highest set bit is one, and clearing it inflates to the same bytes; one more inflate tells.
 */
async function hasSetPaddingBits(bytes: Uint8Array, inflated: Uint8Array, maxBytes: number) {
  const last = bytes[bytes.length - 1]!;
  if (last === 0) return false;
  const probe = new Uint8Array(bytes);
  probe[probe.length - 1] = last & ~(1 << (31 - Math.clz32(last)));
  const result = await inflateCounting(probe, maxBytes);
  return result.ok && sameBytes(result.value, inflated);
}

/**
 * Inflates at most `maxBytes`. Data after the end of the DEFLATE stream, and set padding bits
 * in its last byte, are refused, so that the viewer and the command line agree on every link
 * and each inflated text has one spelling per compressed stream.
 */
export async function inflateRawBounded(
  bytes: Uint8Array,
  maxBytes = MAX_INFLATED_BYTES,
): Promise<Result<Uint8Array, InflateReason>> {
  if (bytes.length === 0) return fail('bad_deflate');
  const result = await inflateCounting(bytes, maxBytes);
  if (!result.ok) return result;
  if (await hasSetPaddingBits(bytes, result.value, maxBytes)) return fail('bad_deflate');
  if (!(await runtimeIgnoresTrailingData())) return result;
  // Where the runtime is lenient (it also reports truncation): a complete stream ends in its
  // last byte, so without that byte it must fail to inflate.
  const shorter = await inflateCounting(bytes.subarray(0, -1), maxBytes);
  return shorter.ok ? fail('bad_deflate') : result;
}
