/**
 * A saved web page -> its article: title, byline, date, outlet, address and main text.
 * The page is parsed by linkedom (a real HTML parser) and its main text found by Mozilla's
 * Readability (the Firefox reader view's extractor): scripts, navigation, sidebars and footers
 * are dropped by it. What is written by hand here is only the mapping of Readability's result
 * to lines (block elements become lines, link-dense blocks are dropped as link lists) and the
 * head's metadata, which Chinese news sites spell in many ways.
 */
import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHTML } from 'linkedom';
import { parseDateValue } from './date.ts';
import { type DigestLine, digestMarkdown, isDigestTitle } from './digest-title.ts';
import type { PageMeta } from './index.ts';
import { safeUrl } from './sources.ts';

/**
 * linkedom and Readability are loaded on the first web page, not with the module: loading
 * linkedom costs 0.1–0.2 CPU-s, a fixed cost every ingest of plain text or Markdown paid for
 * nothing (docs/benchmarks.md, eighth round). Both ship CommonJS builds, so a synchronous
 * require keeps `readWebPage` synchronous.
 */
let parsers: { parseHTML: typeof ParseHTML; Readability: typeof ReadabilityClass } | undefined;
function htmlParsers() {
  if (parsers) return parsers;
  const require = createRequire(import.meta.url);
  return (parsers = {
    parseHTML: (require('linkedom') as { parseHTML: typeof ParseHTML }).parseHTML,
    Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityClass })
      .Readability,
  });
}

export interface WebPage {
  /** Main text, one block per line. */
  text: string;
  meta: PageMeta;
  /** A day's digest on one page (titled as one, with headlines): as Markdown, one `##` per story. */
  digest?: string;
}

const DATE_META = [
  'article:published_time',
  'og:release_date',
  'publishdate',
  'pubdate',
  'publish_date',
  'publishtime',
  'datepublished',
  'date',
  'dc.date',
  'dc.date.issued',
];

export function readWebPage(html: string): WebPage {
  const { document } = htmlParsers().parseHTML(html);
  const metaContent = (names: string[]): string | undefined => {
    for (const el of document.querySelectorAll('meta')) {
      const name = (
        el.getAttribute('property') ??
        el.getAttribute('name') ??
        el.getAttribute('itemprop') ??
        ''
      ).toLowerCase();
      const content = el.getAttribute('content')?.trim();
      if (content && names.includes(name)) return content;
    }
    return undefined;
  };
  const title =
    metaContent(['og:title', 'articletitle']) ??
    document.querySelector('h1')?.textContent?.trim() ??
    document.querySelector('title')?.textContent?.trim();
  const url = safeUrl(
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
      metaContent(['og:url']),
  );
  let outlet = metaContent(['og:site_name', 'application-name', 'publisher', 'source']);
  let date =
    parseDateValue(metaContent(DATE_META)) ??
    parseDateValue(document.querySelector('time[datetime]')?.getAttribute('datetime') ?? '');
  // The article's info bar, outside the main text: "2026-05-04 10:00 来源：新华社", or
  // elements named for it (class/id pubtime, post-date, source, where…).
  const info = infoBar(document);
  date ??= info.date;
  outlet ??= info.outlet;
  const article = new (htmlParsers().Readability)(document as unknown as Document, {
    charThreshold: 80,
  }).parse();
  const blocks = article?.content ? blocksToLines(article.content) : fallbackLines(html);
  const text = blocks.map((b) => b.text).join('\n');
  const byline = [article?.byline, metaContent(['author', 'article:author']), info.byline]
    .map((b) => b?.trim())
    // a person's byline has Han characters or several words; "chinanews" is a site's name
    .find((b) => b && (/\p{Script=Han}/u.test(b) || /\s/.test(b)));
  const pageTitle = (title || article?.title || '').trim() || undefined;
  const digest = isDigestTitle(pageTitle) ? digestMarkdown(pageTitle!, blocks) : undefined;
  return {
    text,
    ...(digest ? { digest } : {}),
    meta: {
      title: pageTitle,
      url,
      outlet: outlet ?? article?.siteName ?? undefined,
      date: date ?? parseDateValue(article?.publishedTime ?? ''),
      byline: byline && byline.length <= 60 ? byline : undefined,
    },
  };
}

const DATE_TIME =
  /(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?(?:[^\n]{0,30}?(?:来源|稿源)\s*[:：]\s*([\p{Script=Han}A-Za-z]{2,12}))?/u;
const OUTLET_NAME = /^(?:来源|稿源)?\s*[:：]?\s*([\p{Script=Han}A-Za-z]{2,16})$/u;

/** Date, outlet and byline from a page's info bar (text lines, then elements named for them). */
function infoBar(document: Document): { date?: string; outlet?: string; byline?: string } {
  const out: { date?: string; outlet?: string; byline?: string } = {};
  for (const raw of (document.body?.textContent ?? '').split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line.length > 120 || !/\d{1,2}:\d{2}|来源|发布/.test(line)) continue;
    const m = DATE_TIME.exec(line);
    const date = m && parseDateValue(m[1]);
    if (!date) continue;
    out.date = date;
    out.outlet = m[2];
    out.byline = /作者\s*[:：]\s*([\p{Script=Han}·]{2,8})/u.exec(line)?.[1];
    break;
  }
  for (const el of document.querySelectorAll('[class],[id]')) {
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > 40) continue;
    if (!out.date && /time|date/i.test(name)) out.date = parseDateValue(text);
    if (!out.outlet && /source|where|from|origin|laiyuan/i.test(name))
      out.outlet = OUTLET_NAME.exec(text)?.[1];
    if (out.date && out.outlet) break;
  }
  return out;
}

const BLOCK =
  /^(P|DIV|SECTION|ARTICLE|H[1-6]|LI|UL|OL|BLOCKQUOTE|PRE|TABLE|TR|TD|TH|FIGURE|FIGCAPTION|DL|DT|DD|HR|BR)$/;

/**
 * Readability's HTML -> lines: one per block; a block that is mostly link text is a link list.
 * A block is a headline when it is an `<h2>`…`<h6>` or all its text is bold (how transcripts
 * and digests set their stories' headlines).
 */
function blocksToLines(content: string): DigestLine[] {
  const { document } = htmlParsers().parseHTML(
    `<!doctype html><html><body>${content}</body></html>`,
  );
  const lines: DigestLine[] = [];
  let line = '';
  let linkChars = 0;
  let boldChars = 0;
  let inHeading = false;
  const flush = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    const chars = line.replace(/\s+/g, '').length;
    if (text && linkChars / text.length < 0.6)
      lines.push({ text, headline: inHeading || (chars > 0 && boldChars === chars) });
    line = '';
    linkChars = 0;
    boldChars = 0;
  };
  const walk = (node: Node, inLink: boolean, inBold: boolean): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        const t = child.textContent ?? '';
        line += t;
        if (inLink) linkChars += t.trim().length;
        if (inBold) boldChars += t.replace(/\s+/g, '').length;
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue;
        const block = BLOCK.test(tag);
        if (block) flush();
        const heading = /^H[2-6]$/.test(tag);
        if (heading) inHeading = true;
        walk(child, inLink || tag === 'A', inBold || tag === 'STRONG' || tag === 'B');
        if (block) flush();
        if (heading) inHeading = false;
      }
    }
  };
  walk(document.body, false, false);
  flush();
  return lines;
}

/** No main text found by Readability: the body's text without scripts, menus and footers. */
function fallbackLines(html: string): DigestLine[] {
  const { document } = htmlParsers().parseHTML(html);
  for (const el of document.querySelectorAll('script,style,noscript,nav,header,footer,aside,form'))
    el.remove();
  return blocksToLines(document.body?.innerHTML ?? '');
}
