/**
 * Markdown digests: a file that carries several stories as `##` (or deeper) sections, each
 * with its own headline and its own source (`原文: <url>`, `[查看原文](…)`) or dateline
 * (央视网消息, 新华社…电, 本报讯), or sections separated by `---` rules.
 *
 * A Markdown article that only uses `##` for sub-heads (核心提示, 一、…) has neither mark on two
 * sections, and stays one article (./index.ts reads it as before).
 */
import { isDigestTitle } from './digest-title.ts';
import { datelineOutlet, sourceLine } from './sources.ts';

export interface Section {
  level: number;
  title: string;
  /** Raw lines under the heading, up to the next heading of any level. */
  lines: string[];
}

export interface ParsedMarkdown {
  /** The `#` heading, when the file has one (a digest's name, or an article's title). */
  title?: string;
  /** Lines before the first `##`-or-deeper heading (under the `#` title). */
  preamble: string[];
  sections: Section[];
  /** `---` rules between sections. */
  rules: number;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*$/;

export function parseMarkdown(body: string): ParsedMarkdown {
  const out: ParsedMarkdown = { preamble: [], sections: [], rules: 0 };
  let fence = false;
  for (const line of body.split('\n')) {
    if (/^(```|~~~)/.test(line)) fence = !fence;
    const h = fence ? null : HEADING.exec(line);
    const current = out.sections.at(-1);
    if (h && h[1]!.length === 1 && out.title === undefined && !current) {
      out.title = h[2]!;
    } else if (h) {
      out.sections.push({ level: h[1]!.length, title: h[2]!, lines: [] });
    } else if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      if (current) out.rules++;
    } else (current ? current.lines : out.preamble).push(line);
  }
  return out;
}

/** A section that names its own source or opens with a dateline is a story of its own. */
export function isMarked(section: Section): boolean {
  let first = true;
  for (const raw of section.lines) {
    const line = raw.trim();
    if (!line) continue;
    const src = sourceLine(line);
    if (src?.url || src?.outlet) return true;
    if (first) {
      const plain = line.replace(/[*_`]/g, '');
      if (/^(本报讯|本台消息|新华社|[(（]记者)/.test(plain) || datelineOutlet(plain)) return true;
      first = false;
    }
  }
  return false;
}

/**
 * The heading level of the stories, when the file is a digest: the level most marked sections
 * sit at (a digest's own front, such as a 新闻摘要 list, may carry a mark one level up).
 */
export function storyLevel(md: ParsedMarkdown): number | undefined {
  const byLevel = new Map<number, number>();
  for (const s of md.sections)
    if (isMarked(s)) byLevel.set(s.level, (byLevel.get(s.level) ?? 0) + 1);
  let best: number | undefined;
  for (const [level, n] of byLevel)
    if (
      n >= 2 &&
      (best === undefined || n > byLevel.get(best)! || (n === byLevel.get(best)! && level < best))
    )
      best = level;
  if (best !== undefined) return best;
  // Stories separated by rules, or under a digest's title (新闻联播文字稿), without sources: the
  // shallowest level of sections with text.
  if ((md.rules >= 2 || isDigestTitle(md.title)) && md.sections.length >= 2) {
    const withText = md.sections.filter((s) => s.lines.some((l) => l.trim()));
    if (withText.length >= 2) return Math.min(...withText.map((s) => s.level));
  }
  return undefined;
}

export interface StorySection {
  title: string;
  /** The section's lines with its deeper sub-sections (their headings kept as Markdown). */
  lines: string[];
}

/**
 * Sections at the story level, each with its sub-sections. Shallower sections are the digest's
 * own frame (a 详细新闻 container): skipped, unless marked as a story themselves (a 新闻摘要
 * contents list with its own link is returned, and gives no story once its furniture is out).
 */
export function storySections(md: ParsedMarkdown, level: number): StorySection[] {
  const out: StorySection[] = [];
  let current: StorySection | undefined;
  for (const s of md.sections) {
    if (s.level < level) {
      current = undefined;
      if (isMarked(s)) out.push((current = { title: s.title, lines: [...s.lines] }));
    } else if (s.level === level) {
      out.push((current = { title: s.title, lines: [...s.lines] }));
    } else if (current) {
      current.lines.push(`${'#'.repeat(Math.min(s.level, 6))} ${s.title}`, ...s.lines);
    }
  }
  return out;
}
