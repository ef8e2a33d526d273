// Rasterizes glyphs with the browser's fonts on a 2D canvas, for ImGui's atlas (see
// shell/platform/web/canvas_font_loader.h). Nothing is downloaded: the system's CJK font draws
// Chinese text.
const FONT_STACK = 'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", ' +
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Segoe UI", Roboto, sans-serif';
const PAD = 1;

export function createGlyphRasterizer() {
  const canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(64, 64) : document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  let currentPx = 0;
  const setSize = (px) => {
    if (px !== currentPx) {
      ctx.font = `${px}px ${FONT_STACK}`;
      currentPx = px;
    }
  };
  return {
    metrics(px) {
      setSize(px);
      // Metrics of the font box, the same for every glyph, so lines do not jump.
      const m = ctx.measureText('Mg国');
      const ascent = m.fontBoundingBoxAscent ?? m.actualBoundingBoxAscent;
      const descent = m.fontBoundingBoxDescent ?? m.actualBoundingBoxDescent;
      return { ascent, descent };
    },
    rasterize(codepoint, px) {
      setSize(px);
      const ch = String.fromCodePoint(codepoint);
      const m = ctx.measureText(ch);
      const left = Math.ceil(m.actualBoundingBoxLeft);
      const right = Math.ceil(m.actualBoundingBoxRight);
      const ascent = Math.ceil(m.actualBoundingBoxAscent);
      const descent = Math.ceil(m.actualBoundingBoxDescent);
      const width = left + right > 0 ? left + right + 2 * PAD : 0;
      const height = ascent + descent > 0 ? ascent + descent + 2 * PAD : 0;
      const glyph = { width, height, x: -left - PAD, y: -ascent - PAD, advance: m.width, alpha: null };
      if (width === 0 || height === 0 || /\s/.test(ch)) {
        glyph.width = glyph.height = 0;
        return glyph;
      }
      if (canvas.width < width || canvas.height < height) {
        canvas.width = Math.max(canvas.width, width);
        canvas.height = Math.max(canvas.height, height);
        ctx.font = `${px}px ${FONT_STACK}`;
      }
      ctx.clearRect(0, 0, width, height);
      ctx.fillStyle = '#fff';
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(ch, left + PAD, ascent + PAD);
      const rgba = ctx.getImageData(0, 0, width, height).data;
      const alpha = new Uint8Array(width * height);
      for (let i = 0, j = 3; i < alpha.length; i++, j += 4) alpha[i] = rgba[j];
      glyph.alpha = alpha;
      return glyph;
    },
  };
}
