/**
 * Bytes -> text. UTF-8 (with or without BOM) is tried first, strictly; then GB18030 (a superset
 * of GBK and GB2312), for a web page also when its head declares GBK/GB2312 (`<meta charset>`
 * or `http-equiv` content-type) even if the text is not mostly Han. Anything else is refused
 * with a reason instead of producing mojibake.
 */
import { IngestError } from '../errors.ts';

export type Encoding = 'utf-8' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

export function decodeBytes(bytes: Uint8Array, name = 'input', html = false): Decoded {
  if (bytes.length === 0) throw new IngestError(`${name}: empty file`);
  if (looksBinary(bytes)) throw new IngestError(`${name}: binary file (NUL bytes), not text`);
  if (isUtf16Bom(bytes))
    throw new IngestError(`${name}: UTF-16 text is not supported; save it as UTF-8 or GB18030`);
  const asUtf8 = tryDecode(utf8, bytes);
  if (asUtf8 !== null) return { text: asUtf8, encoding: 'utf-8' };
  // Valid UTF-8 wins even over a declared GBK: saved pages are often re-encoded without
  // their <meta> being updated, and GBK Chinese text is practically never valid UTF-8.
  const declared = html ? declaredCharset(bytes) : undefined;
  const asGb = tryDecode(gb18030, bytes);
  if (asGb !== null && (declared === 'gb18030' || mostlyHan(asGb)))
    return { text: asGb, encoding: 'gb18030' };
  throw new IngestError(`${name}: unknown encoding (neither UTF-8 nor GB18030/GBK Chinese text)`);
}

function tryDecode(decoder: TextDecoder, bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return !isUtf16Bom(bytes);
  return false;
}

/** The charset a page declares in its head (the first 4 KB, as ASCII): HTML's prescan, simplified. */
export function declaredCharset(bytes: Uint8Array): Encoding | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]*charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  if (!m) return undefined;
  const label = m[1]!.toLowerCase();
  if (/^(gbk|gb2312|gb18030|x-gbk|cp936|euc-cn|gb_2312-80)$/.test(label)) return 'gb18030';
  if (/^utf-?8$/.test(label)) return 'utf-8';
  return undefined;
}

function isUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * Latin-1 or random bytes often decode as valid GB18030 too; real Chinese text is mostly Han
 * characters and common punctuation, so require that among the non-ASCII characters.
 */
function mostlyHan(text: string): boolean {
  let nonAscii = 0;
  let han = 0;
  for (const ch of text.slice(0, 20000)) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    nonAscii++;
    if (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef)
    )
      han++;
  }
  return nonAscii > 0 && han / nonAscii > 0.8;
}
