/** Tiny image readers for "is it blank?" checks: 8-bit PNG (Chromium screenshots) and PPM (pdftoppm). */
import { inflateSync } from 'node:zlib';

export interface Pixels {
  width: number;
  height: number;
  /** Grey levels 0..255, one per pixel. */
  grey: Uint8Array;
}

export function decodePng(buf: Uint8Array): Pixels {
  const view = Buffer.from(buf);
  let pos = 8;
  let width = 0,
    height = 0,
    colorType = 0;
  const idat: Buffer[] = [];
  while (pos < view.length) {
    const len = view.readUInt32BE(pos);
    const type = view.toString('latin1', pos + 4, pos + 8);
    const data = view.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[12] !== 0) throw new Error('pixels: only 8-bit non-interlaced PNG');
      colorType = data[9]!;
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const bpp = { 0: 1, 2: 3, 4: 2, 6: 4 }[colorType as 0 | 2 | 4 | 6];
  if (!bpp) throw new Error(`pixels: PNG colour type ${colorType} not supported`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) unfilter(raw, out, y, stride, bpp);
  const grey = new Uint8Array(width * height);
  for (let i = 0; i < width * height; i++) {
    const p = i * bpp;
    grey[i] =
      bpp >= 3 ? Math.round(0.299 * out[p]! + 0.587 * out[p + 1]! + 0.114 * out[p + 2]!) : out[p]!;
  }
  return { width, height, grey };
}

function unfilter(raw: Buffer, out: Uint8Array, y: number, stride: number, bpp: number): void {
  const filter = raw[y * (stride + 1)]!;
  const src = y * (stride + 1) + 1;
  const row = y * stride;
  for (let x = 0; x < stride; x++) {
    const a = x >= bpp ? out[row + x - bpp]! : 0;
    const b = y > 0 ? out[row - stride + x]! : 0;
    const c = x >= bpp && y > 0 ? out[row - stride + x - bpp]! : 0;
    const v = raw[src + x]!;
    const pred =
      filter === 0
        ? 0
        : filter === 1
          ? a
          : filter === 2
            ? b
            : filter === 3
              ? (a + b) >> 1
              : paeth(a, b, c);
    out[row + x] = (v + pred) & 0xff;
  }
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Binary PPM (P6) as written by pdftoppm. */
export function decodePpm(buf: Uint8Array): Pixels {
  const text = Buffer.from(buf.subarray(0, 64)).toString('latin1');
  const m = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(text);
  if (!m) throw new Error('pixels: not a P6 PPM');
  const [width, height] = [Number(m[1]), Number(m[2])];
  const data = buf.subarray(m[0].length);
  const grey = new Uint8Array(width * height);
  for (let i = 0; i < grey.length; i++)
    grey[i] = Math.round(
      0.299 * data[3 * i]! + 0.587 * data[3 * i + 1]! + 0.114 * data[3 * i + 2]!,
    );
  return { width, height, grey };
}

export function stats(p: Pixels): { stddev: number; inked: number } {
  let sum = 0,
    sq = 0,
    inked = 0;
  for (const g of p.grey) {
    sum += g;
    sq += g * g;
    if (g < 200) inked++;
  }
  const n = p.grey.length || 1;
  const mean = sum / n;
  return { stddev: Math.sqrt(Math.max(0, sq / n - mean * mean)), inked: inked / n };
}
