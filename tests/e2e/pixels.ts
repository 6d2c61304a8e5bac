/** Is a PNG screenshot blank? Decoded by the browser itself (no PNG library needed). */
import type { Page } from 'playwright-core';

export interface PixelStats {
  width: number;
  height: number;
  /** Share of pixels that are not (near) white. */
  inkRatio: number;
  /** Distinct colours, quantised to 4 bits per channel. */
  colors: number;
}

export async function pngStats(page: Page, png: Buffer): Promise<PixelStats> {
  const dataUrl = `data:image/png;base64,${png.toString('base64')}`;
  return page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let ink = 0;
    const colors = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i]!,
        g = data[i + 1]!,
        b = data[i + 2]!;
      if (r < 235 || g < 235 || b < 235) ink++;
      colors.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
    }
    return {
      width: img.width,
      height: img.height,
      inkRatio: ink / (data.length / 4),
      colors: colors.size,
    };
  }, dataUrl);
}
