// Reads the QR code the app drew under a test id, as a phone's camera would: a screenshot of that
// part of the page (with a margin of page around it), decoded by jsQR, a decoder written apart
// from the encoder the app uses. Returns the decoded text, or null when nothing decodes.
import jsQR from 'jsqr';
import { rect } from './browser.mjs';
import { decodePng } from './png.mjs';

export async function readQrCode(page, testId) {
  const r = await rect(page, testId);
  const margin = 12;
  const clip = { x: Math.max(0, r.x - margin), y: Math.max(0, r.y - margin), width: r.w + 2 * margin, height: r.h + 2 * margin };
  const image = decodePng(await page.screenshot({ clip }));
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const [red, green, blue] = image.pixel(x, y);
      const at = (y * image.width + x) * 4;
      rgba[at] = red;
      rgba[at + 1] = green;
      rgba[at + 2] = blue;
      rgba[at + 3] = 255;
    }
  }
  const found = jsQR(rgba, image.width, image.height, { inversionAttempts: 'dontInvert' });
  return found ? found.data : null;
}
