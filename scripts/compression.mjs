// Compression as a good static host does it, shared by the build (which writes a .br and a .gz
// beside every text file of dist/) and the local server (which sends the one the browser takes).

import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Files worth compressing: text. Images (PNG) are compressed already. */
export const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|webmanifest|svg|txt)$/;

/** Smaller than this, a compressed copy saves less than its headers cost. */
export const MIN_BYTES = 256;

/** Best first: brotli is about a fifth smaller than gzip on our JavaScript and JSON. */
export const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
];

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The compressed copies of a file's bytes, at the highest settings (done once, at build time). */
export async function compressAll(bytes) {
  const [br, gz] = await Promise.all([
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
    gzipAsync(bytes, { level: 9 }),
  ]);
  return { br, gzip: gz };
}

/**
 * The content codings an Accept-Encoding header accepts (RFC 9110 §12.5.3): names with a
 * q-value above 0; `*` stands for any coding not named. Lower-cased; a malformed part is skipped.
 */
export function acceptedEncodings(header) {
  const accepted = new Set();
  const refused = new Set();
  let any = false;
  for (const part of String(header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!/^[a-z0-9*-]+$/.test(name)) continue;
    const qParam = params.find((p) => /^\s*q\s*=/.test(p));
    const q = qParam === undefined ? undefined : /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/.exec(qParam);
    if (q === null) continue;
    const weight = q ? Number(q[1]) : 1;
    if (name === '*') any = weight > 0;
    else if (weight > 0) accepted.add(name);
    else refused.add(name);
  }
  return (name) => accepted.has(name) || (any && !refused.has(name));
}
