/**
 * Which files to read: files and folders (recursively), sorted for determinism, each with the
 * identity its articles are keyed by.
 *
 * Identity rule (docs/ingest.md): a file's id is its path relative to the folder that holds
 * what was named on the command line, with `/` separators and without the extension:
 * `tupu ingest data/news` and `tupu ingest ../news` (from another folder) both give
 * `news/2026/0427` for news/2026/0427.md; a file named directly gives its own name (`0427`).
 * It never depends on the working directory or on how the path was typed. One canonical path
 * (realpath) per file: a file named three ways, or reached through a symbolic link, is read once.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';

export const TEXT_EXTENSIONS = new Set(['.txt']);
export const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);
export const HTML_EXTENSIONS = new Set(['.html', '.htm', '.shtml', '.xhtml']);
export const ARTICLE_EXTENSIONS = new Set([
  ...TEXT_EXTENSIONS,
  ...MARKDOWN_EXTENSIONS,
  ...HTML_EXTENSIONS,
]);
/** Files above this are refused: a page is kilobytes; 32 MB of text is not an article. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

export type PageFormat = 'text' | 'markdown' | 'html';

export interface Skipped {
  path: string;
  reason: string;
}

export interface ArticleFile {
  /** The path as reached from the command line (what messages name). */
  path: string;
  /** The canonical path (realpath): what is read, and what makes a file unique. */
  real: string;
  /** Key path of its articles (see the rule above). */
  id: string;
  /** Shown on article nodes: the id with the file's extension. */
  name: string;
  format: PageFormat;
}

export function formatOf(path: string): PageFormat {
  const ext = extname(path).toLowerCase();
  if (HTML_EXTENSIONS.has(ext)) return 'html';
  return MARKDOWN_EXTENSIONS.has(ext) ? 'markdown' : 'text';
}

/** A failed file system call as a short reason (no stack trace, no errno jargon only). */
export function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'ELOOP') return 'symbolic link loop';
  return code ? `cannot be read (${code})` : String((e as Error)?.message ?? e);
}

/**
 * @param root when given, ids are relative to this folder instead (library callers that want
 * keys relative to a repository root).
 */
export async function listArticleFiles(
  paths: string[],
  root?: string,
): Promise<{ files: ArticleFile[]; skipped: Skipped[] }> {
  const found: { path: string; rel: string }[] = [];
  const skipped: Skipped[] = [];
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch (e) {
      skipped.push({ path: p, reason: fsReason(e) });
      continue;
    }
    const base = root ? resolve(root) : dirname(resolve(p));
    const rel = (q: string) => relative(base, resolve(q)).split(sep).join('/');
    if (info.isDirectory()) {
      for (const f of await walk(p, skipped)) found.push({ path: f, rel: rel(f) });
    } else if (info.isFile()) found.push({ path: p, rel: rel(p) });
    else skipped.push({ path: p, reason: 'not a regular file' });
  }
  const resolved: { path: string; rel: string; real: string }[] = [];
  for (const f of found) {
    try {
      resolved.push({ ...f, real: await realpath(f.path) });
    } catch (e) {
      skipped.push({ path: f.path, reason: fsReason(e) });
    }
  }
  // One entry per real file. Which name gives its id does not depend on the order paths were
  // named in: its own name (not a link's) first, then the shortest, then the smallest.
  const rank = (f: { path: string; rel: string; real: string }) =>
    basename(f.path) === basename(f.real) ? 0 : 1;
  resolved.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.rel.length - b.rel.length ||
      (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0),
  );
  const byReal = new Map<string, { path: string; rel: string; real: string }>();
  for (const f of resolved) if (!byReal.has(f.real)) byReal.set(f.real, f);
  const files = withIds([...byReal.values()]);
  files.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.name < b.name ? -1 : 1));
  return { files, skipped };
}

/** Ids drop the extension unless two files differ only by it (a.md and a.html). */
function withIds(files: { path: string; rel: string; real: string }[]): ArticleFile[] {
  const stem = (rel: string) => rel.replace(/\.[^./]+$/, '');
  const stems = new Map<string, number>();
  for (const f of files) stems.set(stem(f.rel), (stems.get(stem(f.rel)) ?? 0) + 1);
  return files.map((f) => ({
    path: f.path,
    real: f.real,
    name: f.rel,
    id: stems.get(stem(f.rel))! > 1 ? f.rel : stem(f.rel),
    format: formatOf(f.path),
  }));
}

/** Folders that cannot be read are named and skipped; the rest of the tree is still read. */
async function walk(dir: string, skipped: Skipped[]): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    skipped.push({ path: dir, reason: fsReason(e) });
    return out;
  }
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full, skipped)));
    else if (!ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase())) continue;
    else if (e.isFile()) out.push(full);
    else if (e.isSymbolicLink()) {
      // A linked file is read (once, by its real path); a linked folder is not followed (loops).
      const info = await stat(full).catch(() => undefined);
      if (info?.isFile()) out.push(full);
    }
  }
  return out;
}
