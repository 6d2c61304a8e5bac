/**
 * "Names" that are a word of a noun phrase, not a person (people20, issue 11):
 * - 丹麦某士基航运集团表示: a name read by sight glued to a firm's head (航运集团, 公司, 银行…) is
 *   the firm's own name; a person is not printed as the first word of a company, nor before a
 *   firm's seat in brackets (某某(上海)咨询有限公司) or a people's masses (某某群众, 聚居区).
 * - 滑雪场迎来游客高峰。: after an occupation or a community role, a two-character word jieba's
 *   dictionary counts often (高峰 1,556, even though it tags it nr) closing the clause is what the
 *   occupation qualifies (the tourists' peak); a person's given name is seldom counted so often,
 *   and a person there is told by what follows (游客某峰说, a title, a verb).
 * - 挺进某达木无人区 … 某达木盆地: a name by sight the story prints anywhere right before a landform
 *   or a work (盆地, 群岛, 跨海通道) is the place, at every printing.
 * - 像一颗巨大的蓝宝石: a numeral and a classifier of things (颗, 块, 座, 首…) count no person; the
 *   "name" they count, with only modifiers and 的 between, is a thing.
 * - 特别创作的管弦乐《某某》: a word jieba's dictionary holds whole (tagged nr though it is a genre)
 *   ending in a common word (弦乐), right before a work's title, is the work's genre.
 * - 法官的任命案: a word and 案 name a bill or a case (things26).
 * Read by `inThingContext` (thing-contexts.ts).
 */
import { gazetteer } from '../gazetteer/index.ts';
import { dictionaryFrequency, isCommonWord, tag } from '../text/segmenter.ts';
import { NOUN_COUNT } from './frequency-thresholds.ts';
import { type Found, inStoryWhere } from './story-names.ts';
import { isForeignCharAt } from './name-stats.ts';
import { artsFigureAt } from './occupation-names.ts';
import { anyOf, FIRM_ENDINGS, LEGAL_FORMS } from './firm-words.ts';

/**
 * The head of a firm's name: trades (航运, 物流…), at most two, then its short ending or legal form
 * (集团, 公司, 有限公司…; firm-words.ts); a trade alone is no firm (某某证券时报记者 is a paper's reporter).
 */
export const FIRM_HEAD = new RegExp(
  `^(?:航运|海运|船务|物流|快递|航空|汽车|能源|石油|电气|电子|通信|制药|医药|化工|钢铁|矿业|证券|保险|投资|实业|科技){0,2}${anyOf([...FIRM_ENDINGS, ...LEGAL_FORMS])}`,
);

/** 某某(上海)企业咨询有限公司 (blocal-j): a firm's name, its seat in brackets, then its trade. */
const FIRM_AFTER_SEAT = new RegExp(
  `^[(（]\\p{Script=Han}{2,4}[)）]\\p{Script=Han}{0,8}?${anyOf(LEGAL_FORMS)}`,
  'u',
);
/** 白裤瑶群众, 某某聚居区: the masses or the home of a people, a group by its name (blocal-j). */
const GROUP_AFTER = /^(?:贫困|广大)?(?:群众|同胞|聚居区|聚居地)/;

export const beforeFirmHead = (text: string, f: Found): boolean =>
  f.via === 'sight' &&
  (FIRM_HEAD.test(text.slice(f.end, f.end + 6)) ||
    FIRM_AFTER_SEAT.test(text.slice(f.end, f.end + 20)) ||
    GROUP_AFTER.test(text.slice(f.end, f.end + 5)));

/** Where the clause closes after the "name": punctuation or the end (主教练某某的: a person's). */
const CLOSES = /^(?:$|[，。；、！？,.;!?）)”])/;

export function nounAfterOccupation(text: string, f: Found): boolean {
  if (f.end - f.start !== 2 || !CLOSES.test(text.slice(f.end, f.end + 1))) return false;
  // 球星贝某，: a name all in foreign sounds is a foreigner's, however often jieba counts it.
  if ([0, 1].every((k) => isForeignCharAt(text, f.start + k))) return false;
  // 爱国诗人屈原。: a figure of the arts named by a dictionary word (occupation-names.ts).
  if (artsFigureAt(text, f.name, f.start)) return false;
  const { occupations } = gazetteer();
  let role = false;
  for (let n = 2; n <= 4 && !role; n++) role = occupations.has(text.slice(f.start - n, f.start));
  return role && dictionaryFrequency(text.slice(f.start, f.end)) >= NOUN_COUNT;
}

/** Landforms and works after a place's name (beside sight-terms.ts PLACE_WORD). */
const LANDFORM =
  /^(?:盆地|群岛|列岛|半岛|山脉|高原|平原|海峡|海湾|峡谷|草原|沙漠|戈壁|湿地|无人区|跨海通道|跨江通道|大桥|隧道|水库|油田|气田|航道)/;

export function placeInStory(text: string, f: Found): boolean {
  if (f.via !== 'sight') return false;
  const name = text.slice(f.start, f.end);
  return inStoryWhere(text, name, (at) =>
    LANDFORM.test(text.slice(at + name.length, at + name.length + 4)),
  );
}

/**
 * 一颗…的, 两块…的: a numeral or a demonstrative, a classifier only things take, then modifiers
 * and 的. Without 的 the classifier counts a work the name made (这部某某导演的影片, 一部某某完成的).
 */
const THING_COUNT =
  /[一两几每这那半][颗块座条件幅首部台辆架艘棵株朵片张枚粒盏][^，。；：！？、\n]{0,6}的$/;

export function countedAsThing(text: string, f: Found): boolean {
  if (f.via !== 'sight') return false;
  const from = Math.max(0, f.start - 10);
  const counted = THING_COUNT.exec(text.slice(from, f.start));
  if (!counted) return false;
  // 夺得一枚金牌的某某: a verb before the count takes the thing as its object, and the clause
  // with 的 describes the person (the winner of a medal).
  // Not 是一座…的, 像一颗…的, 成为一座…的: being, likeness and becoming point at the thing.
  const at = from + counted.index;
  const verb = tag(text.slice(Math.max(0, at - 4), at)).at(-1);
  return verb?.tag !== 'v' || BEING_OR_LIKE.test(verb.word);
}
const BEING_OR_LIKE = /^(是|有|为|成|成为|变成|作为|化作|化为)$|[像如似若]$/;

/** The characters that end a stage genre's name (黄梅戏, 花鼓戏, 越剧, 小曲, 管弦乐). */
const GENRE_END = /[戏剧曲乐调腔]$/;

export function genreBeforeWork(text: string, f: Found): boolean {
  if (f.via !== 'sight' || text[f.end] !== '《' || f.end - f.start < 3) return false;
  const name = text.slice(f.start, f.end);
  // 黄梅戏《某某》: jieba holds the genre whole (tagged nr), its last two characters are no word.
  return dictionaryFrequency(name) > 0 && (isCommonWord(name.slice(-2)) || GENRE_END.test(name));
}

/**
 * 法官的任命案, 总统的弹劾案: a common word (任命, 弹劾) and 案 make a bill or a case, read by sight
 * as a surname (任) and a given name (命案), or as the name after a title (法官的任命案); a
 * person's given name is not a verb and 案.
 */
export function billOrCase(text: string, f: Found): boolean {
  const name = text.slice(f.start, f.end);
  return name.length === 3 && name.endsWith('案') && isCommonWord(name.slice(0, 2));
}
