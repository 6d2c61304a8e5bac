/** Which files to read: files and folders (recursively), .txt and .md, sorted for determinism. */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);
/** Files above this are refused: a page is kilobytes; 32 MB of text is not an article. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

export interface Skipped {
  path: string;
  reason: string;
}

export async function listArticleFiles(
  paths: string[],
): Promise<{ files: string[]; skipped: Skipped[] }> {
  const files: string[] = [];
  const skipped: Skipped[] = [];
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      skipped.push({ path: p, reason: 'no such file or folder' });
      continue;
    }
    if (info.isDirectory()) files.push(...(await walk(p)));
    else if (info.isFile()) files.push(p);
    else skipped.push({ path: p, reason: 'not a regular file' });
  }
  return { files: [...new Set(files)].sort(), skipped };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile() && ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(full);
  }
  return out;
}
