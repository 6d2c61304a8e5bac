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
  // 【责任编辑:甲】: a news site's square brackets too (lpairs52-l).
  `^[（(【]?(本版|本期)?(?:${CREDIT_LABEL}[:：]\\s*${CREDIT_UNIT}${CREDIT_NAME}(?:[、 ]${CREDIT_NAME})*\\s*)+[）)】]?$`,
  'u',
);
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
