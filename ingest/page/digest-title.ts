/**
 * A day's digest without marks: a page titled as a digest (重庆新闻联播文字稿, 要闻汇总, 新闻摘要…)
 * whose stories are only a headline and paragraphs, with no source line or dateline per story.
 * Broadcast transcripts come this way, as plain text or as one web page with bold or `<h2>`
 * headlines; read as one article, a day's ten stories became one story of everyone.
 *
 * The title is the signal because a single article's sub-heads look the same as a digest's
 * headlines; an article titled as a digest is a digest. Plain text and web pages are turned into
 * a Markdown digest (`# title`, `## headline`), which ./sections.ts splits like any other.
 */

/** Words that name a collection of stories, not one story (general broadcast and press forms). */
const DIGEST_TITLE =
  /(文字稿|文字版|新闻联播|新闻摘要|要闻(速览|简报|汇总|回顾|摘编)|新闻早班车|早知道|一周回顾|新闻简报|新闻速览|新闻汇总|晨间新闻|午间新闻|晚间新闻)/;

export function isDigestTitle(title: string | undefined): boolean {
  return !!title && title.length <= 60 && DIGEST_TITLE.test(title);
}

export interface DigestLine {
  text: string;
  /** A headline block: `<h2>`…`<h6>`, a paragraph all in bold, or a plain text heading line. */
  headline: boolean;
}

/**
 * A headline that opens a story. Not one: an enumerated sub-head (一、 （二） 3.), a credit line
 * (记者 某某, 主持人), or a line with a sentence's end.
 */
function opensStory(text: string): boolean {
  if (
    /^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]|第[一二三四五六七八九十]+)/.test(
      text,
    )
  )
    return false;
  if (/(记者|通讯员|编辑|摄影|摄像|主持人|主播|来源)/.test(text)) return false;
  return text.length <= 60 && !/[。！？!?]$/.test(text);
}

/**
 * The page as a Markdown digest, or undefined when it is not one: fewer than two headlines that
 * each open text of their own.
 */
export function digestMarkdown(title: string, lines: DigestLine[]): string | undefined {
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const next = lines[i + 1];
    // a credit line (记者 某某) may stand between a headline and its text
    const opens = (l: DigestLine | undefined) => !!l && l.headline && opensStory(l.text);
    if (opens(lines[i]) && next && !opens(next)) starts.push(i);
  }
  if (starts.length < 2) return undefined;
  const startSet = new Set(starts);
  const out = [`# ${title}`, ''];
  lines.forEach((line, i) => {
    if (line.text === title) return; // the page's own title repeated in its body
    out.push(startSet.has(i) ? `## ${line.text}` : line.text, '');
  });
  return out.join('\n');
}
