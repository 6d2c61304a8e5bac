/**
 * ingest: articles (plain text, Markdown or saved web pages; UTF-8 or GB18030) -> a typed,
 * evidenced tupu graph. Files that cannot be read (permissions, vanished, changed while read,
 * bad bytes) are named and skipped; the rest is ingested.
 */
import { open, readFile } from 'node:fs/promises';
import type { TupuGraph } from '../graph/json/index.ts';
import { countsByType, type TypeCounts } from '../graph/stats.ts';
import { buildGraph, type ArticleRecord, type BuildOptions } from './build.ts';
import { IngestError } from './errors.ts';
import { extractStory } from './extract/index.ts';
import {
  fsReason,
  listArticleFiles,
  MAX_FILE_BYTES,
  type ArticleFile,
  type PageFormat,
  type Skipped,
} from './files.ts';
import { RepeatedLines } from './page/boilerplate.ts';
import { readWebPage } from './page/html.ts';
import { readStories, type PageMeta } from './page/index.ts';
import { outletHome } from './resolve/organizations.ts';
import { decodeBytes } from './text/decode.ts';
import { normalizeText } from './text/normalize.ts';

export { IngestError } from './errors.ts';
export type { Skipped } from './files.ts';

export interface IngestOptions extends BuildOptions {
  /** Called after each file: files done, files in all, the file. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** The first pass (lines repeated across files): files counted, files to count. */
  onScan?: (done: number, total: number) => void;
  /**
   * Article ids relative to this folder. Default (and the CLI): relative to the folder holding
   * each named path, so ids never depend on the working directory (ingest/files.ts).
   */
  root?: string;
}

export interface IngestReport extends TypeCounts {
  files: number;
  articles: number;
  skipped: Skipped[];
  /** Story sections with a headline but no text (failed scrapes): no article. */
  emptySections: number;
}

export async function ingestPaths(
  paths: string[],
  options: IngestOptions = {},
): Promise<{ graph: TupuGraph; report: IngestReport }> {
  const { files, skipped } = await listArticleFiles(paths, options.root);
  const furniture = await repeatedLines(files, options.onScan);
  const articles: ArticleRecord[] = [];
  let emptySections = 0;
  // Files ahead are read while this one is extracted, so the segmenter never waits on disk. A
  // read takes several event-loop turns (stat, open, read, sidecar) and the loop only turns
  // between files, so one file ahead left most of each read unhidden: keep a few in flight.
  const ahead: Promise<Page>[] = [];
  let queued = 0;
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    while (queued < files.length && ahead.length < READ_AHEAD)
      ahead.push(readPage(files[queued++]!));
    const page = await ahead.shift()!;
    try {
      const { records, empty } = articlesFromPage(page, furniture);
      // Text is kept until the build even without --no-text's article text: the build reads it
      // across stories (bare-title-holds.ts), and a graph's facts must not depend on the flag.
      for (const r of records) articles.push(r); // no spread: a page may hold 1e5 stories
      emptySections += empty;
    } catch (e) {
      skipped.push({ path: file.path, reason: reasonOf(e) });
    }
    options.onProgress?.(i + 1, files.length, file.path);
  }
  const graph = buildGraph(articles, options);
  return {
    graph,
    report: summarize(graph, files.length, articles.length, skipped, emptySections),
  };
}

/** A per-file fault as one line: the module's message, or the file system's reason. */
function reasonOf(e: unknown): string {
  if (e instanceof IngestError) return e.message.replace(/^ingest: [^:]*: /, '');
  if ((e as NodeJS.ErrnoException)?.code) return fsReason(e);
  return `cannot be read: ${(e as Error)?.message ?? String(e)}`;
}

/** Files read ahead of the one being extracted (bounded: each holds its bytes). */
const READ_AHEAD = 8;

/**
 * First pass: lines repeated across many text and Markdown files of the run are site
 * furniture. Web pages are left out (Readability already keeps their furniture out). A file
 * that cannot be read here is reported by the second pass.
 */
async function repeatedLines(
  files: ArticleFile[],
  onScan?: (done: number, total: number) => void,
): Promise<Set<string>> {
  const counted = files.filter((f) => f.format !== 'html');
  if (counted.length < RepeatedLines.MIN_FILES) return new Set();
  const repeated = new RepeatedLines();
  const count = async (file: ArticleFile) => {
    try {
      const bytes = await readFile(file.real);
      if (bytes.length <= MAX_FILE_BYTES)
        repeated.addFile(normalizeText(decodeBytes(bytes, file.path).text));
    } catch {
      // reported by the second pass
    }
    onScan?.(++done, counted.length);
  };
  // A few reads in flight, as in the second pass; counts do not depend on the order.
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < counted.length) await count(counted[next++]!);
  };
  await Promise.all(Array.from({ length: READ_AHEAD }, worker));
  return repeated.freeze();
}

/** A file's bytes and sidecar metadata, or the reason it cannot be read. */
interface Page {
  file: ArticleFile;
  bytes?: Buffer;
  meta?: PageMeta;
  error?: unknown;
}

/**
 * One read through one handle, checked: the size and modification time before and after the
 * read must agree (a file written to while read would give a torn article).
 */
export async function readPage(file: ArticleFile): Promise<Page> {
  try {
    const handle = await open(file.real, 'r').catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') throw new IngestError(`${file.path}: vanished since it was listed`);
      throw e;
    });
    try {
      const before = await handle.stat();
      if (before.size > MAX_FILE_BYTES)
        throw new IngestError(
          `${file.path}: ${(before.size / 1e6).toFixed(0)} MB is above the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for one article file; split it`,
        );
      const bytes = await handle.readFile();
      const after = await handle.stat();
      if (
        after.size !== before.size ||
        after.mtimeMs !== before.mtimeMs ||
        bytes.length !== after.size
      )
        throw new IngestError(
          `${file.path}: changed while being read; run again once it is written`,
        );
      const meta = await readSidecar(file.real, file.path);
      return { file, bytes, meta };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { file, error };
  }
}

/** One file -> its stories, each with extracted facts. */
function articlesFromPage(
  page: Page,
  furniture: ReadonlySet<string>,
): { records: ArticleRecord[]; empty: number } {
  if (page.error !== undefined) throw page.error;
  const { file } = page;
  const { text } = decodeBytes(page.bytes!, file.path, file.format === 'html');
  return articlesFromText(text, file.id, file.format, page.meta, { furniture, name: file.name });
}

export function articlesFromText(
  text: string,
  id: string,
  format: PageFormat | boolean,
  meta: PageMeta = {},
  options: { furniture?: ReadonlySet<string>; name?: string } = {},
): { records: ArticleRecord[]; empty: number } {
  const kind: PageFormat = typeof format === 'boolean' ? (format ? 'markdown' : 'text') : format;
  let body = text;
  let pageMeta = meta;
  let digest = false;
  if (kind === 'html') {
    const web = readWebPage(text);
    digest = web.digest !== undefined;
    body = web.digest ?? web.text;
    pageMeta = { ...web.meta, ...definedOnly(meta) };
  }
  const { stories, emptySections, pageTitle } = readStories(body, {
    format: kind === 'markdown' || digest ? 'markdown' : 'text',
    meta: pageMeta,
    furniture: options.furniture,
    // a web page is one article, unless it is a day's digest (./page/digest-title.ts)
    oneStory: kind === 'html' && !digest,
  });
  if (stories.length === 0) {
    const why = emptySections
      ? `only headlines without text (${emptySections})`
      : 'no article text found';
    throw new IngestError(`${options.name ?? id}: ${why}`);
  }
  // A story that does not say where it is (市委书记…) is at the home of the outlet or the
  // digest that printed it (重庆新闻联播文字稿): one story of a day's digest names no city.
  const pageHome = outletHome([pageTitle, pageMeta.title, pageMeta.outlet].join(' '));
  const key = id.replace(/\\/g, '/');
  const records = stories.map((s, i) => ({
    key: `article:${key}#${i + 1}`,
    title: s.title,
    file: options.name ?? id,
    date: s.date,
    ...(s.url ? { url: s.url } : {}),
    ...(s.outlet ? { outlet: s.outlet } : {}),
    ...(s.byline ? { byline: s.byline } : {}),
    chars: s.text.length,
    text: s.text,
    facts: extractStory(s.text, undefined, {
      home: outletHome(s.outlet ?? '') ?? pageHome,
      title: printedTitle(s),
    }),
  }));
  return { records, empty: emptySections };
}

/**
 * A page with no headline is titled by its text's first 30 characters (./page/index.ts), cut
 * anywhere (县长某某深入某镇调研现代农): no headline to read for people and places, whose words the
 * text reads whole anyway (things48-l).
 */
const printedTitle = (s: { title: string; text: string }): string | undefined =>
  s.text.length > 30 && s.title === s.text.slice(0, 30) ? undefined : s.title;

function definedOnly(meta: PageMeta): PageMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined));
}

/** `<file>.meta.json` next to a page: date, title, url, outlet, byline (strings). */
async function readSidecar(real: string, shown: string): Promise<PageMeta> {
  let raw: string;
  try {
    raw = await readFile(`${real}.meta.json`, 'utf8');
  } catch {
    return {};
  }
  let meta: Record<string, unknown>;
  try {
    meta = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    throw new IngestError(`${shown}.meta.json: not valid JSON`);
  }
  const str = (k: string) => (typeof meta?.[k] === 'string' ? (meta[k] as string) : undefined);
  return definedOnly({
    date: str('date'),
    title: str('title'),
    url: str('url'),
    outlet: str('outlet'),
    byline: str('byline'),
  });
}

function summarize(
  graph: TupuGraph,
  files: number,
  articles: number,
  skipped: Skipped[],
  emptySections: number,
): IngestReport {
  return { files, articles, skipped, emptySections, ...countsByType(graph) };
}
