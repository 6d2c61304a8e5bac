/** Classifying the lines of a newspaper page turned into text. */
import { PERSON_NAME_SHAPE } from '../extract/names.ts';
import { isMenuLine, isNotice } from './boilerplate.ts';
import type { StorySource } from './sources.ts';

export type LineKind =
  | 'heading'
  | 'lead'
  | 'byline-end'
  | 'credit'
  | 'names'
  | 'caption'
  | 'boilerplate'
  | 'related-start'
  | 'source'
  | 'body';

export interface PageLine {
  text: string;
  kind: LineKind;
  /** Markdown heading level (1-6); plain-text headings get 7. */
  level?: number;
  /** A source line's URL, outlet and date (kind 'source': layout, not text). */
  source?: StorySource;
}

const LEAD = /^(本报讯|□|■|◆)/;
const BYLINE_END =
  /^(本组稿件由|本版稿件由|(新重庆-)?重庆日报(首席)?记者 [\p{Script=Han} ]+$|(记者|通讯员) [\p{Script=Han} ]{2,}(?<!摄)$)/u;
const CAPTION =
  /(^(本版|本组)图片由|摄\/|\/?视觉重庆|(^| )摄$|[(（][^()（）]*供图[)）]|供图$|^图为|^图：|^资料图)/;
/** Editors' lines that are not a credit of the story (see EDITOR_CREDIT); notices in ./boilerplate.ts. */
const EDITOR_LINE = /(责任编辑|编辑[:：])/;
/**
 * A credit line: labels and their names only (责任编辑：甲; a station's 编辑：甲 摄像：乙, where the
 * editor's label alone made the line boilerplate and the camera operator was lost with it).
 */
const CREDIT_LABEL =
  '(?:责任编辑|编辑|责编|记者|摄像|摄影|通讯员|主持人|主播|审核(?:领导)?|校对|监制|编导|剪辑|图文|编审|作者|撰稿|终审)';
/**
 * A local site's credit may name the writer's unit before the name (图文：某某街道甲) and pad a
 * two-character name to three (编辑：郭  驰): local46.
 */
const CREDIT_UNIT = '(?:\\p{Script=Han}{2,10}?(?:街道|社区|镇|乡|村|中心|办|站|所|局))?';
const CREDIT_NAME = '\\p{Script=Han}(?:[ \\u3000]{1,2}\\p{Script=Han}|\\p{Script=Han}{1,3})';
const EDITOR_CREDIT = new RegExp(
  // 【责任编辑:甲】: a news site's square brackets too (lpairs52-l), and ASCII ones ([責任編輯:甲]
  // of a big5 copy, read on its simplified reading: ltrad57-l p06); 编辑/甲 审核/乙: a slash for
  // the colon (blocal-i).
  `^[（(【[]?(本版|本期)?(?:${CREDIT_LABEL}[:：/／]\\s*${CREDIT_UNIT}${CREDIT_NAME}(?:[、 ]${CREDIT_NAME})*\\s*)+[）)】\\]]?$`,
  'u',
);
/**
 * Credits printed with a slash and nothing else on the line, as county papers and media centres
 * close a story (lpeople56): 文/甲 图/乙, （记者 甲/文 乙/图）, 文/图 甲, 文字/甲 乙. Short and
 * unpunctuated, such a line read as a heading and started a story of its own, losing its people.
 * Every token is a label with its slash, a name with its slash, or a name after them; one slash at
 * least.
 */
const SLASH_TOKEN =
  /^(?:记者|(?:文字|图片|视频|撰文|文|图)[/／:：]\p{Script=Han}{2,4}|\p{Script=Han}{2,4}[/／](?:文|图|摄)|文[/／]图[:：]?(?:\p{Script=Han}{2,4})?|\p{Script=Han}{2,4})$/u;
function isSlashCredit(text: string): boolean {
  const inner = text.replace(/^[（(]\s*/, '').replace(/\s*[）)]$/, '');
  if (inner.length > 40 || !/[/／]/.test(inner)) return false;
  const tokens = inner.split(/[ \u3000]+/);
  // the first token carries the slash or the role: a bare name first is a headline's word
  return /[/／]|^记者$/.test(tokens[0]!) && tokens.every((t) => SLASH_TOKEN.test(t));
}
/** 甲摄影报道, 甲 乙 摄影报道: the pictures' credit on a line of its own (a county paper's photo news). */
const PHOTO_REPORT = /^[（(]?(?:\p{Script=Han}{2,4}[ \u3000、]*){1,3}摄影报道[）)]?$/u;
/**
 * 某某县融媒体中心 甲 乙: a media centre, then its reporters' names, alone on a line (a county
 * station's closing credit; the names are read by ../extract/credit-forms.ts).
 */
const CENTRE_NAMES =
  /^[（(]?\p{Script=Han}{2,12}?(?:融媒体中心|融媒|新闻中心|广播电视台|电视台)(?:[ \u3000]+\p{Script=Han}{2,3}){1,4}[）)]?$/u;
/**
 * A page head's meta line: its date and time, labels and names, a read count (2021-12-29 16:00:51
 * 编辑: 甲 审核人:乙 阅读次数:2287 |). The labels and names are a credit; the rest is layout.
 */
const META_CREDIT = new RegExp(
  `^(?:\\d{4}-\\d{1,2}-\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s+)?((?:(?:${CREDIT_LABEL}|审核人)[:：]\\s*${CREDIT_NAME}\\s+)+)(?:阅读次数|点击数|浏览次数|阅读|点击)[:：]?\\s*\\d*\\s*[|｜]?$`,
  'u',
);
/**
 * 2018-05-06 18:40:26来源: 作者: 编辑: 甲 (blocal-h): a page head's date and time, an empty or short
 * source label, then the credit labels; the credits are kept for the byline rules, the rest is layout.
 */
const DATED_SOURCE_CREDITS =
  /^\d{4}-\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*来源[:：]\s*(?:[^\s:：]{2,20}\s+)?((?:作者|编辑|责任编辑|记者|通讯员)[:：].*\p{Script=Han})\s*$/u;
const RELATED =
  /^[【[]?(相关链接|相关新闻|相关阅读|延伸阅读|推荐阅读|相关推荐|热点推荐|热门推荐|精彩推荐|猜你喜欢|热门文章|最新文章|更多新闻|更多阅读|相关报道)[】\]]?[:：]?$/;
const SENTENCE_PUNCT = /[。！？；，!?;]/;

/** A list bullet (·遵义经开区…) is layout, not part of the first name on the line. */
export function stripListBullet(line: string): string {
  return line.replace(/^[·•●▪・]\s*(?=\S)/, '');
}

/**
 * A broadcast script's production tag (【导语】, 【同期】, （同期声）, 解说：) is layout: it says who
 * speaks on screen, not what is said. Left on the line it was read as the start of a post
 * (【同期】某区农业农村委主任).
 */
const PRODUCTION_TAG =
  /^(?:[【[［(（]\s*(?:导语|正文|同期声?|现场声?|解说词?|画外音|口播|串场|字幕)\s*[】\]］)）]|(?:导语|正文|同期声?|现场声?|解说词?|画外音|口播)[:：])\s*/;

export function stripProductionTag(line: string): string {
  return line.replace(PRODUCTION_TAG, '');
}

export function classifyLine(text: string, isFirst: boolean): PageLine {
  const md = /^(#{1,6})\s+(.*)$/.exec(text);
  if (md) return { text: md[2]!.trim(), kind: 'heading', level: md[1]!.length };
  if (RELATED.test(text)) return { text, kind: 'related-start' };
  // An editor's credit (责任编辑：甲) names a person: kept with the story it follows.
  if (EDITOR_CREDIT.test(text)) return { text, kind: 'credit' };
  if (isSlashCredit(text) || PHOTO_REPORT.test(text) || CENTRE_NAMES.test(text))
    return { text, kind: 'credit' };
  const meta = META_CREDIT.exec(text) ?? DATED_SOURCE_CREDITS.exec(text);
  if (meta) return { text: meta[1]!.trim(), kind: 'credit' };
  if (isNotice(text) || isMenuLine(text) || (text.length < 120 && EDITOR_LINE.test(text)))
    return { text, kind: 'boilerplate' };
  if (LEAD.test(text)) return { text, kind: 'lead' };
  if (BYLINE_END.test(text)) return { text, kind: 'byline-end' };
  if (CAPTION.test(text) && !/[。！？]$/.test(text)) return { text, kind: 'caption' };
  if (isNamesLine(text)) return { text, kind: 'names' };
  if (isHeadingLike(text, isFirst)) return { text, kind: 'heading', level: 7 };
  return { text, kind: 'body' };
}

/** A line of person-name-shaped tokens only: portrait captions, or a trailing byline. */
export function isNamesLine(text: string): boolean {
  if (text.length > NAMES_LINE_MAX && nonSpaceUnits(text, NAMES_LINE_MAX) > NAMES_LINE_MAX)
    return false;
  const tokens = text.split(' ').filter(Boolean);
  return tokens.length > 0 && tokens.length <= 6 && tokens.every((t) => PERSON_NAME_SHAPE.test(t));
}

/** Six names of at most 6 code units each (cheap test first: most lines are long). */
const NAMES_LINE_MAX = 36;

/** Units other than spaces, counted up to max + 1 (a long line is told without reading it all). */
function nonSpaceUnits(text: string, max = Infinity): number {
  let n = 0;
  for (let i = 0; i < text.length && n <= max; i++) if (text.charCodeAt(i) !== 0x20) n++;
  return n;
}

function isHeadingLike(text: string, isFirst: boolean): boolean {
  if (/[。！？!?]$/.test(text)) return false;
  // A quoted phrase can open a headline (“链”出发展新空间); a quote that is a sentence cannot.
  if (/^[“"「]/.test(text) && (text.length > 30 || /[，。！？]/.test(text))) return false;
  if (isFirst) return text.length <= 90 && !/。/.test(text);
  // "市政协委员某某: 推进数字乡村建设，跑出…": a headline naming its speaker.
  if (/^[^:：“”]{2,30}[:：]\s*[^“”。！？]{4,45}$/.test(text)) return true;
  return text.length <= 40 && !SENTENCE_PUNCT.test(text.replace(/^[^:：]{2,30}[:：]/, ''));
}

/** A body line that stops mid-sentence because a printed column ended. */
export function isOpenLine(line: PageLine): boolean {
  if (line.kind !== 'body' && line.kind !== 'lead') return false;
  const t = line.text;
  if (/[。！？!?；;：:…—”"’」』)）]$/.test(t)) return false;
  return SENTENCE_PUNCT.test(t) || t.length >= 25;
}
