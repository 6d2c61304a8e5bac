/**
 * ingest: articles (plain text or Markdown, UTF-8 or GB18030) -> a typed, evidenced tupu graph.
 * Files that cannot be read are reported and skipped; the rest is ingested.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, relative } from 'node:path';
import type { TupuGraph } from '../graph/json/index.ts';
import { buildGraph, type ArticleRecord, type BuildOptions } from './build.ts';
import { IngestError } from './errors.ts';
import { extractStory } from './extract/index.ts';
import { listArticleFiles, MAX_FILE_BYTES, type Skipped } from './files.ts';
import { splitPage, type PageMeta } from './page/index.ts';
import { decodeBytes } from './text/decode.ts';

export { IngestError } from './errors.ts';
export type { Skipped } from './files.ts';

export interface IngestOptions extends BuildOptions {
  /** Called after each file: files done, files in all, the file. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Paths in article records are made relative to this folder (default: the working directory). */
  root?: string;
}

export interface IngestReport {
  files: number;
  articles: number;
  skipped: Skipped[];
  nodesByType: Record<string, number>;
  edgesByType: Record<string, number>;
}

export async function ingestPaths(
  paths: string[],
  options: IngestOptions = {},
): Promise<{ graph: TupuGraph; report: IngestReport }> {
  const { files, skipped } = await listArticleFiles(paths);
  const articles: ArticleRecord[] = [];
  const root = options.root ?? process.cwd();
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
      const records = articlesFromPage(page, root);
      if (options.articleText === false) for (const r of records) r.text = '';
      for (const r of records) articles.push(r); // no spread: a page may hold 1e5 stories
    } catch (e) {
      if (!(e instanceof IngestError)) throw e;
      skipped.push({ path: file, reason: e.message.replace(/^ingest: [^:]*: /, '') });
    }
    options.onProgress?.(i + 1, files.length, file);
  }
  const graph = buildGraph(articles, options);
  return { graph, report: summarize(graph, files.length, articles.length, skipped) };
}

/** Files read ahead of the one being extracted (bounded: each holds its bytes). */
const READ_AHEAD = 8;

/** A file's bytes and sidecar metadata, or the reason it cannot be read. */
interface Page {
  file: string;
  bytes?: Buffer;
  meta?: PageMeta;
  error?: unknown;
}

async function readPage(file: string): Promise<Page> {
  try {
    const info = await stat(file);
    if (info.size > MAX_FILE_BYTES)
      throw new IngestError(
        `${file}: ${(info.size / 1e6).toFixed(0)} MB is above the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for one article file; split it`,
      );
    const [bytes, meta] = await Promise.all([readFile(file), readSidecar(file)]);
    return { file, bytes, meta };
  } catch (error) {
    return { file, error };
  }
}

/** One file -> its stories, each with extracted facts. */
function articlesFromPage(page: Page, root: string): ArticleRecord[] {
  if (page.error !== undefined) throw page.error;
  const { file } = page;
  const { text } = decodeBytes(page.bytes!, file);
  const rel = relative(root, file) || basename(file);
  return articlesFromText(text, rel, extname(file).toLowerCase() !== '.txt', page.meta);
}

export function articlesFromText(
  text: string,
  file: string,
  isMarkdown: boolean,
  meta: PageMeta = {},
): ArticleRecord[] {
  const stories = splitPage(text, isMarkdown, meta);
  if (stories.length === 0) throw new IngestError(`${file}: no article text found`);
  const id = file.replace(/\\/g, '/').replace(/\.(txt|md|markdown)$/i, '');
  return stories.map((s, i) => ({
    key: `article:${id}#${i + 1}`,
    title: s.title,
    file,
    date: s.date,
    chars: s.text.length,
    text: s.text,
    facts: extractStory(s.text),
  }));
}

async function readSidecar(file: string): Promise<PageMeta> {
  let raw: string;
  try {
    raw = await readFile(`${file}.meta.json`, 'utf8');
  } catch {
    return {};
  }
  try {
    const meta = JSON.parse(raw) as PageMeta;
    return {
      date: typeof meta.date === 'string' ? meta.date : undefined,
      title: typeof meta.title === 'string' ? meta.title : undefined,
    };
  } catch {
    throw new IngestError(`${file}.meta.json: not valid JSON`);
  }
}

function summarize(
  graph: TupuGraph,
  files: number,
  articles: number,
  skipped: Skipped[],
): IngestReport {
  const nodesByType: Record<string, number> = {};
  const edgesByType: Record<string, number> = {};
  graph.forEachNode((_, a) => (nodesByType[a.type] = (nodesByType[a.type] ?? 0) + 1));
  graph.forEachEdge((_, a) => (edgesByType[a.type] = (edgesByType[a.type] ?? 0) + 1));
  return { files, articles, skipped, nodesByType, edgesByType };
}
