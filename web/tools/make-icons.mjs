// Draws Fieldbook's app icons (a rising bar chart on the brand blue) and writes them as PNG:
// icon-192.png, icon-512.png, icon-maskable-512.png (content inside the 80 % safe zone),
// apple-touch-icon.png (180) and favicon-32.png. Usage: node make-icons.mjs OUT_DIR
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const BLUE = [37, 99, 235];
const WHITE = [255, 255, 255];

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Coverage of a rounded rectangle at pixel (x, y), 4×4 supersampled.
function roundedRectCoverage(x, y, r) {
  let hits = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const px = x + (sx + 0.5) / 4, py = y + (sy + 0.5) / 4;
      const cx = Math.min(Math.max(px, r.x0 + r.rad), r.x1 - r.rad);
      const cy = Math.min(Math.max(py, r.y0 + r.rad), r.y1 - r.rad);
      if (px >= r.x0 && px <= r.x1 && py >= r.y0 && py <= r.y1 && (px - cx) ** 2 + (py - cy) ** 2 <= r.rad ** 2) hits++;
    }
  }
  return hits / 16;
}

function draw(size, { maskable = false, rounded = true } = {}) {
  const rgba = Buffer.alloc(size * size * 4);
  const bg = maskable ? { x0: 0, y0: 0, x1: size, y1: size, rad: 0.0001 } : { x0: 0, y0: 0, x1: size, y1: size, rad: rounded ? size * 0.22 : 0.0001 };
  // Three rising bars, kept inside the maskable safe zone (a centred circle of 80 % diameter).
  const s = maskable ? 0.62 : 0.78;
  const left = size * (1 - s) / 2, bottom = size * (1 + s) / 2 - size * 0.04, width = size * s;
  const barW = width / 4.2, gap = (width - 3 * barW) / 2;
  const heights = [0.38, 0.62, 0.9];
  const bars = heights.map((h, i) => ({
    x0: left + i * (barW + gap), x1: left + i * (barW + gap) + barW, y0: bottom - h * width * 0.85, y1: bottom, rad: barW * 0.18,
  }));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const a = roundedRectCoverage(x, y, bg);
      let w = 0;
      for (const b of bars) w = Math.max(w, roundedRectCoverage(x, y, b));
      const o = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(BLUE[c] * (1 - w) + WHITE[c] * w);
      rgba[o + 3] = Math.round(255 * a);
    }
  }
  return encodePng(size, rgba);
}

const out = process.argv[2];
if (!out) {
  console.error('usage: node make-icons.mjs OUT_DIR');
  process.exit(2);
}
fs.mkdirSync(out, { recursive: true });
const files = {
  'icon-192.png': draw(192),
  'icon-512.png': draw(512),
  'icon-maskable-512.png': draw(512, { maskable: true }),
  'apple-touch-icon.png': draw(180, { rounded: false }),
  'favicon-32.png': draw(32),
};
for (const [name, data] of Object.entries(files)) fs.writeFileSync(path.join(out, name), data);
