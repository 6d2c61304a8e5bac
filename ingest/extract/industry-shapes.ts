/**
 * Shapes of a phrase that names no trade, read on the independent annotations' junk (things34):
 * the rest of extract/industries.ts decides where a sector is printed, these say what cannot be one.
 */
import { isHanAt } from '../text/normalize.ts';
import { dictionaryFrequency, tag } from '../text/segmenter.ts';
import { GLUED_SECTOR_WORD, WORD_BEFORE } from './frequency-thresholds.ts';
import { canonical } from '../resolve/sector-vocabulary.ts';

/**
 * 农村环境整治, 卫星研制, 职场技能培训, 消防救援: a list of fields closed by 领域 may hold work
 * done (putting right, developing, training, rescuing), which no firm sells as its trade. Junk in
 * the cctv20, cctv24f, cctv25l and cctv25w annotations; no annotation keeps a sector ending so.
 */
const ACTIVITY = /(整治|研制|培训|治理|探测|观测|监测|防控|救援|执法|监管|研究|攻关)$/;

/** Whether a sector's name ends in work done rather than in a trade (not for the gazetteer's). */
export const namesActivity = (name: string, known: readonly string[]): boolean =>
  ACTIVITY.test(name) && !known.includes(name);

/**
 * What a sector's name never holds (lthings44-a, local news): a bracket (中国（某市）国际农产品
 * 加工产业园 cut inside the park's name), the chain around a sector (光伏产业上下游: the sector is
 * printed before it). Before 产业园 only a known
 * sector, one word or a trade's ending names a sector (科技智造产业园: the park's name, no trade).
 */
export function namesPlaceOrPark(
  text: string,
  m: { name: string; end: number },
  known: readonly string[],
): boolean {
  if (/[()（）]/.test(m.name) || /(上下游|上游|下游)$/.test(m.name)) return true;
  if (known.includes(m.name)) return false;
  const words = tag(m.name);
  // One word (互联网产业园) is the trade itself; words joined (科技+智造) name the park.
  if (/^园/.test(text.slice(m.end, m.end + 1)) && words.length > 1 && !TRADE_END.test(m.name))
    return true;
  // lstrat61: 蓝谷产业综合体一期项目: a complex's own name before 产业综合体, no trade the gazetteer
  // knows (文旅产业综合体 is the trade's).
  return text.startsWith('综合体', m.end) && !TRADE_END.test(m.name);
}
const TRADE_END = /(业|制造|加工|食品|材料|装备|医药|能源|信息|物流|旅游|电子|汽车|设备)$/;

/**
 * “土特产富”全产业链: a quoted slogan closed by what it wishes (富, 强, 美, 兴, 旺: rich, strong…)
 * names no trade; the quoted chain of trades (“芯屏器核网”) ends in a thing.
 */
export const isSloganQuote = (quoted: string): boolean =>
  quoted.length >= 3 && /[富强美兴旺]$/.test(quoted);

/** The phrase would start inside a word (…新能源汽车 cut to 能源汽车). */
export function startsMidWord(text: string, at: number): boolean {
  if (at <= 0 || !isHanAt(text, at - 1)) return false;
  const tokens = tag(text.slice(Math.max(0, at - 4), at + 4));
  let pos = Math.max(0, at - 4);
  for (const t of tokens) {
    if (pos === at) return false;
    if (pos > at) return true;
    pos += t.word.length;
  }
  return true;
}

/**
 * 渔业水产业: the 产 of 产业 glued to the character before it into a word (水产, 矿产, 特产,
 * 资产) makes 水产业 one word, so the phrase before 水 names no sector (日韩渔业水; things34,
 * junk in the cctv23f annotation), where the segmenter reads the word across 产 too.
 */
export function sectorWordGlued(text: string, at: number, known: readonly string[]): boolean {
  if (at < 1 || dictionaryFrequency(text.slice(at - 1, at + 1)) < GLUED_SECTOR_WORD) return false;
  // 房地产业, 节水产业: a gazetteer sector ending in 产 (房地产, 矿产), or ending right before 产业
  // (节水), is read whole.
  const whole = (k: string) =>
    k.length >= 2 &&
    ((k.endsWith('产') && text.startsWith(k, at + 1 - k.length)) ||
      text.startsWith(k, at - k.length));
  if (known.some(whole)) return false;
  // 节水产业: the character before 产 ends a word of its own (节水), the segmenter's 水产业 aside.
  if (dictionaryFrequency(text.slice(at - 2, at)) >= WORD_BEFORE) return false;
  // 渔业水产业: and the segmenter reads one word across 产 (水产业).
  const from = Math.max(0, at - 3);
  let pos = from;
  for (const t of tag(text.slice(from, at + 2))) {
    if (pos < at && pos + t.word.length > at) return true;
    pos += t.word.length;
  }
  return false;
}

/**
 * 以光电子信息产业: a sector read across a word's start (光电子|信息 holds 电子信息) is no mention of
 * it (things34, junk in the cctv23a annotation); one read inside a single word (化工 of 石油化工, a
 * kind of that trade) stays.
 */
export function crossesWordStart(
  text: string,
  start: number,
  end: number,
  words = wordsAround(text, start, end),
): boolean {
  if (start <= 0 || !isHanAt(text, start - 1)) return false;
  for (const { word, pos } of words) {
    const next = pos + word.length;
    if (pos < start && next > start) return next < end;
    if (next > start) return false;
  }
  return false;
}

/** The words jieba reads around text[start, end) (four characters either side), each with where it
 * starts in `text`: read once for both tests of a gazetteer hit (crossesWordStart, wordAround). */
function wordsAround(text: string, start: number, end: number): { word: string; pos: number }[] {
  let pos = Math.max(0, start - 4);
  return tag(text.slice(pos, end + 4)).map((t) => {
    const at = pos;
    pos += t.word.length;
    return { word: t.word, pos: at };
  });
}

/** A gazetteer hit as a sector reads it: none across a word's start, else the word around it. */
export function sectorWordAt(
  text: string,
  start: number,
  surface: string,
): { surface: string; start: number } | undefined {
  const words = wordsAround(text, start, start + surface.length);
  if (crossesWordStart(text, start, start + surface.length, words)) return undefined;
  return wordAround(text, start, surface, words) ?? { surface, start };
}

/**
 * 洱海流域产业转移, 沿海地区产业: a river basin, a region or a coast before 产业 says where the
 * sectors move or grow, no trade (lthings52-l, junk 洱海流域 of a local page).
 */
export const namesRegion = (name: string): boolean =>
  /(流域|地区|区域|沿海|沿江|沿边|片区|一带|腹地|山区|库区|湖区|周边)$/.test(name);

/**
 * 电动汽车、高端装备出口 (ind59-a): a gazetteer sector read inside one word (汽车 of 电动汽车) that
 * the sector vocabulary knows as a printed form of its own sector (电动汽车 → 新能源汽车) is that
 * word, not the shorter sector in it (which would name the whole motor trade). A word the
 * vocabulary does not list (石油化工) keeps the sector read inside it.
 */
export function wordAround(
  text: string,
  start: number,
  surface: string,
  words = wordsAround(text, start, start + surface.length),
): { surface: string; start: number } | undefined {
  for (const { word, pos } of words) {
    const next = pos + word.length;
    if (pos <= start && next >= start + surface.length) {
      const whole = word !== surface && canonical.get(word);
      return whole && whole !== canonical.get(surface) ? { surface: word, start: pos } : undefined;
    }
    if (next > start) return undefined;
  }
  return undefined;
}
