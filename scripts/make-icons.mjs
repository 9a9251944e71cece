// Draws the app icons as PNG files without any image library: a blue square with a white
// "passport" card and a check mark. Run once; the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x / size, y / size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const BLUE = [29, 78, 137, 255];
const WHITE = [255, 255, 255, 255];
const GREEN = [46, 125, 50, 255];
const CLEAR = [0, 0, 0, 0];

// safe: fraction of the icon that the drawing may use (maskable icons keep to the inner 80 %).
function draw(safe, rounded) {
  return (u, v) => {
    const inCorner = (cx, cy) => (u - cx) ** 2 + (v - cy) ** 2 > 0.12 ** 2;
    if (rounded) {
      const r = 0.12;
      if ((u < r && v < r && inCorner(r, r)) || (u > 1 - r && v < r && inCorner(1 - r, r))) return CLEAR;
      if ((u < r && v > 1 - r && inCorner(r, 1 - r)) || (u > 1 - r && v > 1 - r && inCorner(1 - r, 1 - r)))
        return CLEAR;
    }
    const x = (u - 0.5) / safe + 0.5;
    const y = (v - 0.5) / safe + 0.5;
    const card = x > 0.22 && x < 0.78 && y > 0.14 && y < 0.86;
    if (!card) return BLUE;
    // check mark: two thick strokes
    const d1 = Math.abs(y - (x - 0.36) - 0.56) < 0.05 && x > 0.33 && x < 0.46;
    const d2 = Math.abs(y + (x - 0.46) * 1.3 - 0.66) < 0.05 && x > 0.44 && x < 0.68;
    if (d1 || d2) return GREEN;
    const lines =
      (y > 0.24 && y < 0.28 && x > 0.3 && x < 0.7) || (y > 0.33 && y < 0.36 && x > 0.3 && x < 0.6);
    return lines ? BLUE : WHITE;
  };
}

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon-192.png', png(192, draw(1, true)));
writeFileSync('public/icons/icon-512.png', png(512, draw(1, true)));
writeFileSync('public/icons/maskable-512.png', png(512, draw(0.78, false)));
writeFileSync('public/icons/apple-touch-icon.png', png(180, draw(0.9, false)));
