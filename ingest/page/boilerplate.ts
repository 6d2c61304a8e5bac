/**
 * Site furniture, recognised by general signals rather than one site's strings:
 * - menus and breadcrumbs: a line of short items separated by |, >, », / or many spaces;
 * - link lines: a Markdown line made only of links (相关推荐 lists, headline lists, channel bars);
 * - contents lists: a line that repeats a heading of the same page ("3.某某会议举行；");
 * - notices: copyright, disclaimer, reprint and share notices (see NOTICE);
 * - short fragments repeated across many files of one run (a site's footer, a programme's fixed
 *   phrases); never a sentence, so a story reprinted in many files keeps its text.
 */

const NOTICE =
  /(版权所有|版权声明|Copyright|©|All Rights Reserved|免责声明|未经(授权|许可|书面)|不得转载|禁止转载|转载请注明|本文(仅)?代表作者|不代表本(站|网|平台)|仅供参考|如有侵权|侵权.{0,6}删除|扫一扫|扫码|分享到|返回顶部|打印本页|关闭窗口|上一篇|下一篇|点击进入|ICP备|公网安备|网站地图|联系我们|举报电话|违法和不良信息|用户协议|隐私政策|手机看|下载客户端|客户端下载|关注我们|微信公众号)/i;

/** A short line carrying a site notice (a long one is a sentence that happens to quote one). */
export function isNotice(line: string): boolean {
  return line.length < 120 && NOTICE.test(line);
}

/** 首页 > 新闻 > 正文, 首页 | 要闻 | 经济 | 社会, or a bar of seven or more short words. */
export function isMenuLine(line: string): boolean {
  if (/[。！？；，,]/.test(line)) return false;
  const items = line.split(/\s*[|｜>»›/]\s*|\s{2,}|\u3000+/).filter(Boolean);
  const words = (t: string) => /\p{L}/u.test(t);
  const short = items.length >= 3 && items.every((t) => t.length <= 8);
  if (short && items.filter(words).length >= 3 && /[|｜>»›/]/.test(line)) return true;
  const bar = line.split(/\s+/).filter(Boolean);
  return bar.length >= 7 && bar.every((t) => t.length <= 6);
}

const MD_LINK = /!?\[[^\]]*\]\([^)]*\)/g;

/** A Markdown line that is only links (and bullets, separators): navigation, not text. */
export function isLinkLine(raw: string): boolean {
  if (!raw.includes('](')) return false;
  const rest = raw.replace(MD_LINK, '').replace(/^[-*+]\s+|^\d+[.)]\s+/, '');
  return rest.replace(/[\s|｜·•/、,，;；]/g, '').length === 0;
}

/** The text a contents-list line and a heading share: no numbering, no closing punctuation. */
export function headlineKey(line: string): string {
  return line
    .replace(/^\s*(?:[-*+]\s+)?(?:\d+[.、．)]|[（(]\d+[)）]|[一二三四五六七八九十]+、)\s*/, '')
    .replace(/[；;。：:，,\s]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where a repeated line was seen: in how many files, and how often its neighbours changed. */
interface Seen {
  files: number;
  next: number;
  /** Occurrences whose following line differs from the first occurrence's. */
  nextChanged: number;
}

/**
 * Lines seen in many files of one run. Counted in a first pass over the run (one entry per
 * distinct short fragment, so memory follows the sites' furniture, not the corpus).
 *
 * A story reprinted in many files repeats too, but its lines are followed by the same text
 * every time (even when each site puts its own header before the headline), while furniture
 * introduces text that changes (本期节目主要内容： before a different list each day). So a
 * repeated line is furniture only when the line after it differs in at least half of its
 * occurrences. (Footers, which end a page, are left to the notice and menu signals.)
 */
export class RepeatedLines {
  private readonly seen = new Map<string, Seen>();
  private files = 0;

  /** Short lines only: a repeated long line is a quoted sentence, not furniture. */
  static readonly MAX_CHARS = 60;
  /**
   * At least this many files, and this share of them, must carry a line: a site's furniture is
   * on most of its pages, a newspaper's recurring column heading (重报圆桌会) on a few.
   */
  static readonly MIN_FILES = 3;
  static readonly MIN_SHARE = 0.25;

  addFile(text: string): void {
    this.files++;
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const inFile = new Set<string>();
    // The first line is the page's title: a reprinted story keeps it.
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      if (inFile.has(line) || !RepeatedLines.mayBeFurniture(line)) continue;
      inFile.add(line);
      const next = hash(lines[i + 1] ?? '');
      const s = this.seen.get(line);
      if (!s) this.seen.set(line, { files: 1, next, nextChanged: 0 });
      else {
        s.files++;
        if (s.next !== next) s.nextChanged++;
      }
    }
  }

  /**
   * Only short fragments can be furniture: a sentence or clause (。！？；，) repeated across
   * files is a reprinted story (the same wire copy in many files), and is kept; so is a label
   * that introduces what follows (主持人：, 央视网消息：), which the page reader relies on.
   */
  static mayBeFurniture(line: string): boolean {
    return (
      line.length >= 2 &&
      line.length <= RepeatedLines.MAX_CHARS &&
      !/^#{1,6}\s/.test(line) &&
      !/[。！？!?；;，,]/.test(line) &&
      !/[:：]$/.test(line)
    );
  }

  /** Done counting: keep only the lines that are furniture. */
  freeze(): Set<string> {
    const min = Math.max(RepeatedLines.MIN_FILES, Math.ceil(this.files * RepeatedLines.MIN_SHARE));
    const out = new Set<string>();
    for (const [line, s] of this.seen) {
      if (s.files >= min && s.nextChanged >= (s.files - 1) / 2) out.add(line);
    }
    this.seen.clear();
    return out;
  }
}

/** FNV-1a, 32 bits: following lines are compared, not kept. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
