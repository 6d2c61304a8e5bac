/**
 * Where a story comes from: its URL, outlet and publication date, read from the lines that say
 * so (`原文: <url>`, `来源：新华社`, `[查看原文](https://…)`, `发布时间：2026-05-04 10:00`) and
 * from its dateline (`新华社北京5月4日电`, `央视网消息`). Source lines are layout: they are kept
 * out of the story's text, so a URL is never glued to the paragraph after it.
 */
import { labelledDate } from './date.ts';

export interface StorySource {
  url?: string;
  outlet?: string;
  date?: string;
}

/** Only http(s) URLs are kept: anything else (javascript:, file:) is not a source. */
export function safeUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim().replace(/^<|>$/g, '');
  if (!/^https?:\/\/[^\s<>"]+$/i.test(v)) return undefined;
  try {
    return new URL(v).href;
  } catch {
    return undefined;
  }
}

const URL_IN = /https?:\/\/[^\s<>"'）)\]】]+/i;
/** Labels of a source line: 原文, 原文链接, 查看原文, 阅读原文, 来源, 稿源, 出处, Source, URL. */
const LABEL =
  /^[-*+]?\s*(?:\*\*)?(原文链接|原文地址|查看原文|阅读原文|原文|来源|稿源|出处|文章来源|新闻来源|链接|source|url|link)(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(.*)$/i;
/** A Markdown link alone on its line whose text names the original: [查看原文](https://…). */
const LINK_LINE =
  /^[-*+]?\s*\[(原文链接|原文|查看原文|阅读原文|来源|原文地址|source|link|[^\]]*)\]\((\S+?)\)\s*$/i;
const PUBLISHED = /^(发布时间|发布日期|发稿时间|更新时间|时间|日期)\s*[:：]/;

/**
 * A line that only gives a story's source (and may carry an outlet and a time on the same line:
 * `2026-05-04 10:00 来源：新华社`), or undefined for a line of text.
 */
export function sourceLine(raw: string): StorySource | undefined {
  const line = raw.trim();
  if (!line) return undefined;
  const link = LINK_LINE.exec(line);
  if (link) {
    const url = safeUrl(link[2]);
    const text = link[1]!.trim();
    // Only a link whose text is a source label or the address itself: a headline link is not.
    if (
      url &&
      (/^(原文|查看原文|阅读原文|来源|原文链接|原文地址|source|link)$/i.test(text) ||
        URL_IN.test(text))
    )
      return { url };
    return undefined;
  }
  const bare = /^[-*+]?\s*<?(https?:\/\/\S+?)>?$/i.exec(line);
  if (bare) return safeUrl(bare[1]) ? { url: safeUrl(bare[1]) } : {};
  if (line.length > 160) return undefined;
  const labelled = LABEL.exec(line);
  if (labelled) {
    const value = labelled[2]!.trim();
    // The outlet before its credits (来源:某网 作者:甲 编辑:乙 <time>) is measured alone.
    const own = value.slice(0, CREDIT_TAIL.exec(value)?.index ?? value.length);
    // "来源：市统计局数据显示，全市…。" is a sentence of the story, not its source line
    if (!URL_IN.test(value) && (own.length > 30 || /[。！？，,；]/.test(own))) return undefined;
    return valueSource(value, /来源|稿源|出处|source/i.test(labelled[1]!));
  }
  if (PUBLISHED.test(line) && !/[。！？，；]/.test(line)) {
    const date = labelledDate(line);
    if (!date) return undefined;
    const outlet = /来源\s*[:：]\s*([^\s|｜]{2,20})/.exec(line)?.[1];
    return { date, ...(outlet ? { outlet: cleanOutlet(outlet) } : {}) };
  }
  // "2026-05-04 10:00  来源：新华社": an article's info line on a web page.
  const info =
    /^(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:来源\s*[:：]\s*(\S{2,20}))?$/.exec(
      line,
    );
  if (info) {
    const date = labelledDate(`日期:${info[1]}`);
    if (date) return { date, ...(info[2] ? { outlet: cleanOutlet(info[2]) } : {}) };
  }
  // "（《新闻联播》 20260728 19:00）": a programme's stamp, a name with a date and time.
  const stamp =
    /^[（(]\s*(?:《([^》]{2,20})》)?\s*((?:\d{8})|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)\s*(?:\d{1,2}:\d{2})?\s*[）)]$/.exec(
      line,
    );
  if (stamp) {
    const d = stamp[2]!;
    const date = /^\d{8}$/.test(d)
      ? labelledDate(`日期:${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}`)
      : labelledDate(`日期:${d}`);
    return { ...(date ? { date } : {}), ...(stamp[1] ? { outlet: stamp[1] } : {}) };
  }
  return undefined;
}

/**
 * 来源：某区融媒体中心 作者：甲 编辑：乙, a local site's meta line: the source goes to the story's
 * source, and the credits after it stay text, for the byline rules to read (their people wrote
 * the story). The tail from the first credit label on, or undefined.
 */
const CREDIT_TAIL =
  /[ \u3000（(]((?:作者|记者|编辑|责任编辑|责编|通讯员|摄影|摄像|审核|校对)[:：][ \u3000]*\p{Script=Han}.*)$/u;
/**
 * 来源:某网(责任编辑:甲), 来源:某网 作者:甲 编辑:乙 2017-03-29 09:28:22 (lpairs52-l): the bracket
 * closing the credit and the page's time after it are no part of the names.
 */
const TAIL_AFTER_CREDIT =
  /\s*[）)]?\s*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)?\s*$/u;
/**
 * 时间: 2012-08-14      甲      来源: 《某报》 (blocal-l): a name standing alone between a page's date
 * field and its source field is the story's author (a reprint's meta line with no 作者 label). The
 * page reader has folded runs of spaces to one by now.
 */
const DATE_AUTHOR_SOURCE =
  /^(?:时间|日期)[:：][ \u3000]*[0-9][0-9年月日\-./: ]*?[ \u3000]+(\p{Script=Han}{2,4})[ \u3000]+(?:来源|出处)[:：]/u;
export function creditsAfterSource(raw: string): string | undefined {
  const author = DATE_AUTHOR_SOURCE.exec(raw.trim())?.[1];
  if (author) return `作者: ${author}`;
  if (!LABEL.test(raw.trim())) return undefined;
  return CREDIT_TAIL.exec(raw.trim())?.[1]?.replace(TAIL_AFTER_CREDIT, '');
}

/** The value of a 原文:/来源: line: a URL, an outlet, or both ("新华社 https://…"). */
function valueSource(value: string, namesOutlet: boolean): StorySource {
  const md = /\[([^\]]*)\]\((\S+?)\)/.exec(value);
  const url = safeUrl(md?.[2] ?? URL_IN.exec(value)?.[0]);
  const rest = (md ? value.replace(md[0], md[1]!) : value).replace(URL_IN, '').trim();
  const outlet = namesOutlet && rest && !/^[a-z]+:/i.test(rest) ? cleanOutlet(rest) : undefined;
  return { ...(url ? { url } : {}), ...(outlet ? { outlet } : {}) };
}

function cleanOutlet(value: string): string | undefined {
  const v = value
    .replace(/[*_`]/g, '')
    .replace(/\s*(作者|编辑|责任编辑|记者)\s*[:：].*$/, '')
    .replace(/[。，,；;|｜（(].*$/, '')
    .trim();
  return v.length >= 2 && v.length <= 30 ? v : undefined;
}

/**
 * The outlet a story's opening names: 央视网消息, 新华社北京5月4日电, 人民网北京5月4日电,
 * 中新网5月4日电. (本报讯 names no outlet: the paper is the page's own.)
 */
export function datelineOutlet(text: string): string | undefined {
  const head = text.slice(0, 40);
  const m =
    /^[【\[(（]?\s*([\p{Script=Han}A-Za-z]{2,8}?(?:社|网|台|报|客户端|新闻))(?:消息|讯)/u.exec(
      head,
    ) ??
    /^[【\[(（]?\s*([\p{Script=Han}A-Za-z]{2,8}?(?:社|网|台|报|客户端|新闻))[\p{Script=Han}]{0,8}\d{1,2}月\d{1,2}日(?:电|讯)/u.exec(
      head,
    );
  return m?.[1];
}

/** Merge sources: the first that gives a field wins (the story's own before the page's). */
export function mergeSources(...sources: (StorySource | undefined)[]): StorySource {
  return mergeSourceList(sources);
}

/** mergeSources over a list of any length (a spread of a page's lines overflows the stack). */
export function mergeSourceList(sources: Iterable<StorySource | undefined>): StorySource {
  const out: StorySource = {};
  for (const s of sources) {
    if (!s) continue;
    out.url ??= s.url;
    out.outlet ??= s.outlet;
    out.date ??= s.date;
  }
  for (const k of Object.keys(out) as (keyof StorySource)[])
    if (out[k] === undefined) delete out[k];
  return out;
}
