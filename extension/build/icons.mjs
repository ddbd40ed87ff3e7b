/**
 * Draws the extension icons (a shield with a keyhole) into PNG files:
 * `node extension/build/icons.mjs`. The PNGs are committed; this script is
 * how they were made and how to change them.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC = (() => {
  const t = new Int32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[i] = c;
  }
  return t;
})();
const crc = (buf) => {
  let c = -1;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc(body));
  return Buffer.concat([len, body, sum]);
};

/** Coverage of a pixel by the shield, supersampled 4×4. */
function shade(size, x, y) {
  let inside = 0;
  let hole = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const u = (x + (sx + 0.5) / 4) / size; // 0..1
      const v = (y + (sy + 0.5) / 4) / size;
      const half = Math.abs(u - 0.5);
      // Shield: flat top at 0.08, sides down to 0.55, then a curve to the point at 0.95.
      const top = v >= 0.08 && half <= 0.4;
      const body = v <= 0.55 ? top : half <= 0.4 * Math.sqrt(Math.max(0, 1 - ((v - 0.55) / 0.4) ** 2));
      if (body && v <= 0.95) {
        inside++;
        const keyhole = (Math.hypot(u - 0.5, v - 0.42) < 0.09) || (half < 0.04 && v > 0.42 && v < 0.66);
        if (keyhole) hole++;
      }
    }
  }
  return [inside / 16, hole / 16];
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const [a, hole] = shade(size, x, y);
      const i = 1 + x * 4;
      // Blue shield, white keyhole.
      const mix = hole / Math.max(a, 1e-9);
      row[i] = Math.round(31 + (255 - 31) * mix);
      row[i + 1] = Math.round(95 + (255 - 95) * mix);
      row[i + 2] = Math.round(214 + (255 - 214) * mix);
      row[i + 3] = Math.round(255 * a);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) {
  writeFileSync(new URL(`../icons/icon-${size}.png`, import.meta.url), png(size));
}
