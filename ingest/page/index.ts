/**
 * A page (one file) -> stories. Pages hold several stories, headings, captions, bylines and
 * lines broken where a printed column ended; see ./lines.ts for how lines are classified.
 */
import { normalizeText } from '../text/normalize.ts';
import { classifyLine, isOpenLine, stripListBullet, type PageLine } from './lines.ts';
import { splitFrontMatter, stripMarkdownLine } from './markdown.ts';
import { labelledDate, parseDateValue, textDate } from './date.ts';

export interface Story {
  title: string;
  /** Paragraphs joined by "\n"; headings and captions included as their own paragraphs. */
  text: string;
  date?: string;
}

export interface PageMeta {
  date?: string;
  title?: string;
}

export function splitPage(raw: string, isMarkdown: boolean, meta: PageMeta = {}): Story[] {
  const { body, fields } = splitFrontMatter(normalizeText(raw));
  const pageDate = parseDateValue(meta.date) ?? parseDateValue(fields.date) ?? labelledDate(body);
  const lines = readLines(body, isMarkdown);
  const stories = groupStories(repairBrokenLines(lines));
  return stories
    .map((group) => toStory(group, meta.title ?? fields.title, pageDate))
    .filter((s): s is Story => s !== null);
}

function readLines(body: string, isMarkdown: boolean): PageLine[] {
  const out: PageLine[] = [];
  let inRelated = false;
  for (const rawLine of body.split('\n')) {
    const markdown = isMarkdown && !/^#{1,6}\s/.test(rawLine);
    const text = stripListBullet(markdown ? stripMarkdownLine(rawLine) : rawLine);
    if (!text) continue;
    const line = classifyLine(text, out.length === 0);
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
  metaTitle: string | undefined,
  pageDate?: string,
): Story | null {
  const text = group.lines.map((l) => l.text).join('\n');
  const title = group.titleHint ?? storyTitle(group.lines) ?? metaTitle ?? text.slice(0, 30);
  return { title, text, date: pageDate ?? textDate(text) };
}

function storyTitle(lines: PageLine[]): string | undefined {
  const headings = lines.filter((l) => l.kind === 'heading');
  if (headings.length === 0) return undefined;
  const top = headings.reduce((min, h) => Math.min(min, h.level ?? 7), 7);
  return headings.find((h) => (h.level ?? 7) === top)!.text;
}
