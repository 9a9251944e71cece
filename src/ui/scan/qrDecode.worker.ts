/// <reference lib="webworker" />
import decodeQR from '@paulmillr/qr/decode.js';

/**
 * Decodes one camera frame (RGBA) off the page's thread and answers with the text of the QR
 * code in it, or null. A frame without a code is the normal case, not an error.
 */
self.onmessage = ({ data }: MessageEvent<{ width: number; height: number; data: Uint8ClampedArray }>) => {
  let text: string | null = null;
  try {
    text = decodeQR({ width: data.width, height: data.height, data: data.data });
  } catch {
    text = null;
  }
  (self as unknown as Worker).postMessage(text);
};
