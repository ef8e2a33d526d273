// Reads a PNG into pixels (8-bit grey, RGB or RGBA, not interlaced: what Chromium writes for a
// canvas and for page.screenshot), so a test can look at what a picture shows.
import zlib from 'node:zlib';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const CHANNELS = { 0: 1, 2: 3, 4: 2, 6: 4 };

// {width, height, pixel(x, y) -> [r, g, b]} (device pixels).
export function decodePng(buffer) {
  if (!SIGNATURE.every((b, i) => buffer[i] === b)) throw new Error('not a PNG file');
  let width = 0, height = 0, channels = 0;
  const idat = [];
  for (let at = 8; at < buffer.length;) {
    const length = buffer.readUInt32BE(at);
    const type = buffer.toString('latin1', at + 4, at + 8);
    const data = buffer.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [depth, colorType, , , interlace] = data.subarray(8, 13);
      channels = CHANNELS[colorType];
      if (depth !== 8 || !channels || interlace !== 0) throw new Error(`unsupported PNG: depth ${depth}, colour type ${colorType}, interlace ${interlace}`);
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      break;
    }
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  // Undo each row's filter (PNG spec, section 9): None, Sub, Up, Average, Paeth.
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = pixels.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : null;
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? out[i - channels] : 0;
      const b = prev ? prev[i] : 0;
      const c = prev && i >= channels ? prev[i - channels] : 0;
      let v = row[i];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[i] = v & 0xff;
    }
  }
  const pixel = (x, y) => {
    const i = y * stride + x * channels;
    return channels >= 3 ? [pixels[i], pixels[i + 1], pixels[i + 2]] : [pixels[i], pixels[i], pixels[i]];
  };
  return { width, height, pixel };
}

// How many pixels of `image` inside the CSS-px rectangle `r` (scaled by `dpr`) satisfy `test`.
export function countPixels(image, r, dpr, test) {
  let n = 0;
  const x0 = Math.max(0, Math.round(r.x * dpr)), x1 = Math.min(image.width, Math.round((r.x + r.w) * dpr));
  const y0 = Math.max(0, Math.round(r.y * dpr)), y1 = Math.min(image.height, Math.round((r.y + r.h) * dpr));
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (test(image.pixel(x, y))) n++;
  return n;
}

export const sameColor = (rgb, tolerance = 2) => (p) => p.every((v, i) => Math.abs(v - rgb[i]) <= tolerance);

// The width of a data line of colour `rgb` inside `plot` (CSS px rectangle), in device pixels,
// measured across the line: in each sampled column (x in CSS px) the line's coverage summed down
// the column (anti-aliased edge pixels count in part), times the cosine of the line's slope
// there. A pixel's coverage is how far its blueness (b - r) went from the background's (white,
// or the light fill under the line) to the line's own. Returns the median over the columns.
export function lineWidth(image, plot, dpr, rgb, columns) {
  const lineD = rgb[2] - rgb[0];
  const y0 = Math.max(0, Math.round(plot.y * dpr)), y1 = Math.min(image.height, Math.round((plot.y + plot.h) * dpr));
  const across = (x) => {
    const d = [];
    for (let y = y0; y < y1; y++) { const p = image.pixel(x, y); d.push(p[2] - p[0]); }
    let peak = 0;
    for (let i = 1; i < d.length; i++) if (d[i] > d[peak]) peak = i;
    if (d[peak] < lineD * 0.6) return null;  // no line in this column
    // The run around the peak that is bluer than what lies a few pixels beyond it.
    let top = peak, bottom = peak;
    while (top > 0 && d[top - 1] > d[Math.max(0, top - 6)] + 4) top--;
    while (bottom < d.length - 1 && d[bottom + 1] > d[Math.min(d.length - 1, bottom + 6)] + 4) bottom++;
    const above = d[Math.max(0, top - 2)], below = d[Math.min(d.length - 1, bottom + 2)];
    let coverage = 0, moment = 0;
    for (let i = top; i <= bottom; i++) {
      const bg = i <= peak ? above : below;
      const a = Math.min(1, Math.max(0, (d[i] - bg) / (lineD - bg)));
      coverage += a;
      moment += a * i;
    }
    return { coverage, y: moment / coverage };
  };
  const widths = [];
  for (const cssX of columns) {
    const x = Math.round(cssX * dpr);
    const here = across(x), left = across(x - 3), right = across(x + 3);
    if (!here || !left || !right) continue;
    const slope = (right.y - left.y) / 6;
    widths.push(here.coverage * Math.cos(Math.atan(slope)));
  }
  widths.sort((a, b) => a - b);
  return widths.length ? widths[Math.floor(widths.length / 2)] : null;
}
