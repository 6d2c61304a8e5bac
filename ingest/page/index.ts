/**
 * A page (one file) -> stories. Pages hold several stories, headings, captions, bylines and
 * lines broken where a printed column ended; see ./lines.ts for how lines are classified.
 */
import { normalizeText } from '../text/normalize.ts';
import { isMostlyTraditional, sameLengthSimplified } from '../text/traditional.ts';
import { headlineKey, isLinkLine } from './boilerplate.ts';
import { joinHardWrapped } from './hard-wrap.ts';
import {
  classifyLine,
  isOpenLine,
  stripListBullet,
  stripProductionTag,
  type PageLine,
} from './lines.ts';
import { splitFrontMatter, stripMarkdownLine } from './markdown.ts';
import { compactDate, parseDateValue, textDate } from './date.ts';
import { digestMarkdown, isDigestTitle } from './digest-title.ts';
import { parseMarkdown, storyLevel, storySections } from './sections.ts';
import {
  creditsAfterSource,
  datelineOutlet,
  mergeSourceList,
  mergeSources,
  safeUrl,
  sourceLine,
  type StorySource,
} from './sources.ts';

export interface Story {
  title: string;
  /** Paragraphs joined by "\n"; headings and captions included as their own paragraphs. */
  text: string;
  date?: string;
  /** The story's original address (http/https only). */
  url?: string;
  /** Who published it: 新华社, 央视网, a site's name. */
  outlet?: string;
  /** A web page's byline, as printed. */
  byline?: string;
}

/** What is known about a page from outside its text (a sidecar, a web page's head). */
export interface PageMeta {
  date?: string;
  title?: string;
  url?: string;
  outlet?: string;
  byline?: string;
}

export interface PageOptions {
  format?: 'text' | 'markdown';
  meta?: PageMeta;
  /** Lines repeated across many files of the run (./boilerplate.ts RepeatedLines). */
  furniture?: ReadonlySet<string>;
  /** The page is one article (a web page's main text): never split at leads and bylines. */
  oneStory?: boolean;
}

export interface PageStories {
  stories: Story[];
  /** Story sections that held only a headline and furniture (a failed scrape): no article. */
  emptySections: number;
  /** A Markdown or digest page's own `#` title (重庆新闻联播文字稿…). */
  pageTitle?: string;
}

export function splitPage(raw: string, isMarkdown: boolean, meta: PageMeta = {}): Story[] {
  return readStories(raw, { format: isMarkdown ? 'markdown' : 'text', meta }).stories;
}

export function readStories(raw: string, options: PageOptions = {}): PageStories {
  const meta = options.meta ?? {};
  const isMarkdown = options.format === 'markdown';
  const { body: printed, fields } = splitFrontMatter(normalizeText(raw));
  const body = joinHardWrapped(printed);
  const textDigest = isMarkdown || options.oneStory ? undefined : plainDigest(body);
  const md = isMarkdown ? parseMarkdown(body) : textDigest ? parseMarkdown(textDigest) : undefined;
  const pageSource = mergeSources(
    {
      url: safeUrl(meta.url),
      outlet: meta.outlet,
      date: parseDateValue(meta.date),
    },
    {
      url: safeUrl(fields.url ?? fields.link ?? fields.source_url ?? fields.original),
      outlet:
        fields.outlet ??
        fields.publisher ??
        fields.site ??
        fields.site_name ??
        outletField(fields.source),
      date: parseDateValue(fields.date ?? fields.published ?? fields.pubdate ?? fields.time),
    },
    { date: compactDate(md?.title ?? '') ?? textDate(md?.title ?? '') },
  );
  // A page printed in traditional characters: its furniture (來源, 責任編輯, 相關新聞, 版權所有) is
  // told on the simplified reading of each line, which the patterns are written in (tail58).
  const traditional = isMostlyTraditional(body);
  const context: LineContext = {
    isMarkdown: md !== undefined,
    furniture: options.furniture,
    headlines: headlineKeys(read(textDigest ?? body, traditional)),
    traditional,
  };
  const level = md ? storyLevel(md) : undefined;
  if (md && level !== undefined) {
    let emptySections = 0;
    const stories: Story[] = [];
    for (const section of storySections(md, level)) {
      // A contents list (most lines repeat headlines of the page) is the digest's own front.
      const lines = isContentsList(section.lines, context.headlines)
        ? []
        : repairBrokenLines(readLines(section.lines.join('\n'), context));
      const title = stripMarkdownLine(section.title) || section.title;
      const story = hasStoryText(lines)
        ? toStory({ lines, titleHint: title }, meta, pageSource)
        : null;
      if (story) stories.push(story);
      else emptySections++;
    }
    return { stories, emptySections, ...(md.title ? { pageTitle: md.title } : {}) };
  }
  const lines = repairBrokenLines(readLines(body, context));
  // A page's one publication line (发布时间：…) dates every story on it, as before.
  const pageDated = mergeSources(pageSource, {
    date: lines.find((l) => l.source?.date)?.source?.date,
  });
  let groups = options.oneStory ? [{ lines }] : groupStories(lines);
  // A short text of one or two lines (a news flash) has no body line by the page's rules: it is
  // still an article, not a headline of nothing. A Markdown heading alone is not.
  if (
    groups.length === 0 &&
    lines.some((l) => l.kind !== 'source' && l.level !== undefined && l.level === 7)
  )
    groups = [{ lines }];
  if (options.oneStory && !hasText(lines)) groups = [];
  const stories = groups
    .map((group) => toStory(group, meta, pageDated, fields.title))
    .filter((s): s is Story => s !== null);
  return { stories, emptySections: 0 };
}

/** A plain text whose first line is a digest's title, as a Markdown digest (./digest-title.ts). */
function plainDigest(body: string): string | undefined {
  const lines = body
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (!isDigestTitle(lines[0])) return undefined;
  const rest = lines.slice(1).map((text) => ({
    text,
    headline: !sourceLine(text) && classifyLine(text, false).kind === 'heading',
  }));
  return digestMarkdown(lines[0]!, rest);
}

/** 来源 in front matter is an outlet unless it is an address. */
function outletField(value: string | undefined): string | undefined {
  return value && !/^https?:/i.test(value) ? value : undefined;
}

interface LineContext {
  isMarkdown: boolean;
  /** The page is printed in traditional characters: lines are told on their simplified reading. */
  traditional?: boolean;
  furniture?: ReadonlySet<string>;
  /** Headlines of the page (headings and whole-line bold), one per line. */
  headlines: string;
}

function headlineKeys(body: string): string {
  const keys: string[] = [];
  for (const line of body.split('\n')) {
    const h = /^#{1,6}\s+(.*)$/.exec(line) ?? /^\*\*([^*]+)\*\*$/.exec(line);
    if (h) keys.push(headlineKey(h[1]!));
  }
  return keys.length ? `\n${keys.join('\n')}\n` : '';
}

function isContentsList(lines: string[], headlines: string): boolean {
  let text = 0;
  let contents = 0;
  for (const raw of lines) {
    const line = stripMarkdownLine(raw);
    // whole-line bold is a flash item's own headline, not an entry of a list
    if (!line || sourceLine(raw) || /^\*\*[^*]+\*\*$/.test(raw.trim())) continue;
    text++;
    if (isContentsLine(line.replace(/[。.]$/, ''), headlines)) contents++;
  }
  return text > 0 && contents / text >= 0.5;
}

/**
 * A line of a contents list: it repeats a headline of the same page, whole or (when a long
 * headline is wrapped over two list lines) as a piece of at least four characters.
 */
function isContentsLine(text: string, headlines: string): boolean {
  if (!headlines || /[。！？!?]$/.test(text)) return false;
  const key = headlineKey(text);
  if (key.length < 4) return headlines.includes(`\n${key}\n`);
  return headlines.includes(key);
}

/** The text as the line patterns read it: its simplified reading on a traditional page. */
function read(text: string, traditional: boolean | undefined): string {
  return traditional ? sameLengthSimplified(text) : text;
}

function readLines(body: string, context: LineContext): PageLine[] {
  const out: PageLine[] = [];
  let inRelated = false;
  const readBody = read(body, context.traditional).split('\n');
  const printedBody = body.split('\n');
  for (let n = 0; n < printedBody.length; n++) {
    const printed = printedBody[n]!;
    const rawLine = readBody[n] ?? printed;
    if (!rawLine) continue;
    // What a line keeps of the reading is kept as printed (same offsets, one character for one).
    const asPrinted = (line: PageLine): PageLine => {
      if (printed === rawLine) return line;
      const at = rawLine.indexOf(line.text);
      return at < 0 ? line : { ...line, text: printed.slice(at, at + line.text.length) };
    };
    const isHeading = /^#{1,6}\s/.test(rawLine);
    const source = isHeading ? undefined : sourceLine(rawLine);
    if (source) {
      out.push({ text: printed, kind: 'source', source });
      const credits = creditsAfterSource(rawLine);
      if (credits) out.push(asPrinted(classifyLine(credits, false)));
      continue;
    }
    if (context.furniture?.has(printed)) continue;
    if (context.isMarkdown && isLinkLine(rawLine)) continue;
    const markdown = context.isMarkdown && !isHeading;
    const text = stripProductionTag(
      stripListBullet(markdown ? stripMarkdownLine(rawLine) : rawLine),
    );
    if (!text) continue;
    // A line repeating a headline of the page, not being that headline: a contents list.
    if (!isHeading && !/^\*\*/.test(rawLine) && isContentsLine(text, context.headlines)) continue;
    const line = asPrinted(classifyLine(text, out.length === 0));
    // A related-links list runs to the end of its block of short lines.
    if (line.kind === 'related-start') inRelated = true;
    else if (inRelated && line.kind === 'body' && text.length > 60) inRelated = false;
    else if (line.kind === 'credit') inRelated = false; // the page's credits follow its links
    if (inRelated || line.kind === 'boilerplate' || line.kind === 'related-start') continue;
    out.push(line);
  }
  return out;
}

/** Join a line broken mid-sentence with its continuation, moving captions in between after it. */
export function repairBrokenLines(lines: PageLine[]): PageLine[] {
  const out: PageLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    const held: PageLine[] = [];
    while (isOpenLine(line)) {
      let j = i + 1;
      while (j < lines.length && isInterjection(lines[j]!)) j++;
      const next = lines[j];
      if (!next || !isContinuation(next)) break;
      for (let k = i + 1; k < j; k++) held.push(lines[k]!); // no spread: a page may hold 1e6 lines
      line = { ...line, text: line.text + next.text };
      i = j;
    }
    out.push(line);
    for (const h of held) out.push(h);
  }
  return out;
}

function isInterjection(line: PageLine): boolean {
  return line.kind === 'caption' || (line.kind === 'names' && !line.text.includes(' '));
}

function isContinuation(line: PageLine): boolean {
  if (line.kind === 'body') return !/^(\d+|[一二三四五六七八九十]+)[、.．]/.test(line.text);
  // A short fragment that ends a sentence looks like a heading only because it is short.
  return line.kind === 'heading' && line.level === 7 && /[，。、；]/.test(line.text);
}

interface StoryLines {
  lines: PageLine[];
  titleHint?: string;
}

function groupStories(lines: PageLine[]): StoryLines[] {
  const stories: StoryLines[] = [{ lines: [] }];
  let current = stories[0]!;
  const startNew = (titleHint?: string): StoryLines => {
    current = { lines: [], titleHint };
    stories.push(current);
    return current;
  };
  let hostList = false;
  for (const line of lines) {
    // Under "主持人：" the lines name the hosts ("重庆日报记者 某某"): they do not close the story.
    if (/^(主持人|访谈嘉宾|嘉宾)[:：]/.test(line.text)) hostList = line.text.startsWith('主持人');
    else if (line.kind !== 'byline-end') hostList = false;
    if (hostList && line.kind === 'byline-end') {
      current.lines.push(line);
      continue;
    }
    if (line.kind === 'credit') {
      // after a closing byline the next story has begun: the credit belongs to the one before
      let owner = current; // the last story with a body: a look back, not a copy per credit
      for (let k = stories.length - 1; k >= 0; k--)
        if (hasBody(stories[k]!.lines)) {
          owner = stories[k]!;
          break;
        }
      owner.lines.push(line);
      continue;
    }
    if (line.kind === 'lead' && hasBody(current.lines)) {
      const headings = trailingHeadings(current.lines);
      current.lines.splice(current.lines.length - headings.length);
      const next = startNew(headings.at(-1)?.text).lines;
      for (const h of headings) next.push(h); // no spread: too many arguments for a long run
    }
    current.lines.push(line);
    if (line.kind === 'byline-end' && hasBody(current.lines)) startNew();
  }
  return stories.filter((s) => hasBody(s.lines));
}

function hasBody(lines: PageLine[]): boolean {
  return lines.some((l) => l.kind === 'body' || l.kind === 'lead');
}

function trailingHeadings(lines: PageLine[]): PageLine[] {
  let k = lines.length;
  while (k > 0 && lines[k - 1]!.kind === 'heading') k--;
  return lines.slice(k);
}

function toStory(
  group: StoryLines,
  meta: PageMeta,
  pageSource: StorySource,
  fieldTitle?: string,
): Story | null {
  const textLines = group.lines.filter((l) => l.kind !== 'source');
  if (textLines.length === 0) return null;
  const text = textLines.map((l) => l.text).join('\n');
  const own = mergeSourceList(group.lines.map((l) => l.source));
  const title =
    group.titleHint ?? storyTitle(textLines) ?? meta.title ?? fieldTitle ?? text.slice(0, 30);
  const src = mergeSources(own, { outlet: datelineOutlet(text) }, pageSource);
  const date = src.date ?? textDate(text);
  return {
    title,
    text,
    ...(date ? { date } : {}),
    ...(src.url ? { url: src.url } : {}),
    ...(src.outlet ? { outlet: src.outlet } : {}),
    ...(meta.byline ? { byline: meta.byline } : {}),
  };
}

/**
 * A digest section's text: a body line, or a short line of words that only looks like a heading
 * because it has no closing punctuation (a one-line flash). A placeholder such as
 * "CONTENT NOTFOUND" has no Han words and is no story.
 */
function hasStoryText(lines: PageLine[]): boolean {
  return (
    hasBody(lines) ||
    lines.some((l) => l.level === 7 && (l.text.match(/\p{Script=Han}/gu) ?? []).length >= 6)
  );
}

function hasText(lines: PageLine[]): boolean {
  return lines.some((l) => l.kind !== 'source');
}

function storyTitle(lines: PageLine[]): string | undefined {
  const headings = lines.filter((l) => l.kind === 'heading');
  if (headings.length === 0) return undefined;
  const top = headings.reduce((min, h) => Math.min(min, h.level ?? 7), 7);
  return headings.find((h) => (h.level ?? 7) === top)!.text;
}
