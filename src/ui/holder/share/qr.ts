import { encode } from 'uqr';

/**
 * Phones scan QR codes from a screen reliably up to about version 25, which holds 1,273 bytes
 * at error correction level L (DESIGN.md, known pitfalls). Larger codes are not offered.
 */
export const QR_MAX_VERSION = 25;
export const QR_MAX_BYTES = 1273;

export interface QrMatrix {
  size: number;
  version: number;
  /** One SVG path of all dark modules, one unit per module. */
  path: string;
}

export function makeQr(text: string): QrMatrix | null {
  if (new TextEncoder().encode(text).length > QR_MAX_BYTES) return null;
  try {
    const qr = encode(text, { ecc: 'L', maxVersion: QR_MAX_VERSION, border: 2 });
    let path = '';
    qr.data.forEach((row, y) => {
      row.forEach((dark, x) => {
        if (dark) path += `M${x} ${y}h1v1h-1z`;
      });
    });
    return { size: qr.size, version: qr.version, path };
  } catch {
    return null;
  }
}
