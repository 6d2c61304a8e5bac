/**
 * Names seen without a title beside them (via 'sight') that the sentence around them shows to be
 * words (issue 11, from the people the national news prints): written by hand from general rules
 * of Chinese syntax, no names listed.
 * - a quantifier or a number right before it (各商超, 17位残奥运动员): people are not counted so;
 * - a place word after it (杨柳青古镇), a route (某某至某某铁路), or a place it is joined to by 和
 *   (某某和某某地区);
 * - a list of things (荔枝、樱桃、杨梅等): a neighbouring item is one dictionary word that is no name;
 * - a parallel run (学史明理、学史增信; 边斗争、边备战、边建设): the items open alike and are words;
 * - a dictionary word crossing its edge (苗绣非|遗, 死于新冠|肺炎): the "name" is cut out of words;
 * - a noun and a place or thing character (白桦林, 陈列室, 古柏中): jieba's nr tag is wrong there;
 * - a prize or a water work (某鹿奖, 某凤堰): its last character is no given name's;
 * - a term (termBySight, from false-names.ts): quoted alone, inside a work's title, provinces'
 *   short names, a list of places, a dictionary word ending like a place or a thing.
 */
import { levelClass, GOVERNMENT_LEVELS } from '../text/level-words.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { isHanAt } from '../text/normalize.ts';
import { isCommonWord, plainWordCount, segment, tag } from '../text/segmenter.ts';
import { surnameAt } from './names.ts';
import { ADDRESS_AFTER_NAME, followedByNameWord, NOT_GIVEN_NAME } from './name-frame.ts';
import { givenCount } from './person-roles.ts';
import { isForeignCharAt, NAME_DOT } from './name-stats.ts';
import { isSureSurname } from './names-by-role.ts';
import type { Found } from './story-names.ts';
import { SOUNDS } from './foreign-names.ts';
import { oneOf, without, WORD_OPENERS } from '../text/function-words.ts';

/** Quantifiers, demonstratives, counts of land or plants (该企业, 第一片杨树林: cctv34a): no name's. */
const COUNTED = /[各每该诸这0-9０-９]/;
const COUNT_OF_THINGS = /[一二两三四五六七八九十几数][片棵株亩]$/;
/**
 * Prepositions and verbs whose object is the Party in political prose (对党, 为党, 听党话, 跟党走),
 * and 我们党 / 不忘党恩 (people18: 们 and 忘 before 党 on cctv22u, cctv22e).
 */
const PARTY_AFTER = /[对为听跟爱向入兴强护忘们]/;
/**
 * Place words after a place's name (古镇, 景区), beside false-names' PLACE_AFTER; landforms too
 * (某某沙地, 某某沙漠, 某某戈壁, 某某高原), a crossing's or a sea's (某某通道, 某某大桥, 某某海域: things23),
 * and a housing estate's (某某安置小区: blocal-k).
 */
const PLACE_WORD =
  /^(古镇|古城|古村|镇|(?:安置)?小区|景区|湿地|草原|林场|遗址|盆地|平原|半岛|水库|湖畔|峡谷|(?:历史文化)?街区|老街|沙地|沙漠|戈壁|高原|山脉|通道|大桥|隧道|航道|公海|海域|海峡)/;
/** A route from one place to another: 某某至某某铁路 (高铁, 公路, 高速, 航线). */
const ROUTE = /^至\p{Script=Han}{1,6}?(铁路|高铁|公路|高速|航线|管道|运河)/u;
/** Joined to a region by a conjunction: 某某和某某地区, 某某、某某等地. */
const JOINED_PLACE = /^[和与及、]\p{Script=Han}{1,6}?(地区|州|等地)(?![长委])/u;
/** Characters of places, rooms and trees after a noun (白桦|林, 陈列|室, 李子|树, 古柏|中). */
const THING_END = /[林室树厅库舱屋中里内间松柏]$/;
/**
 * Characters of historic sites, buildings and trees (某帝陵, 某王阁, 杨柳树): a three-character
 * dictionary word ending in one is the site or the tree, not a person.
 */
const SITE_END = /[陵阁楼寺庙塔亭宫殿祠观树]$/;
/**
 * Last characters of prizes and water works (某鹿奖, 某凤堰, 某某坝): a three-character name by sight
 * ending in one is the award or the weir, unless a title or a speech verb follows it.
 */
const PRIZE_OR_WORKS_END = /[奖堰坝渠闸]$/;
const LIST_MARK = /[、，]/;
/**
 * Particles, prepositions and verbs after which a name may start (的, 在, 同, 说…): the shared
 * set without 叫, as this rule has read it since it was written (no set measured it with 叫).
 */
const OPENS = oneOf(without(WORD_OPENERS, '叫'));
/** Titles after a name (同比亚总统) vouch for it. */
const TITLE = /^(总统|首相|国王|女王|总理|主席|同志|先生|女士|委员|代表|院士|教授)/;
/** 某某代市长: the acting head's title after a name, which jieba reads across (陈某明代 → 明代). */
const ACTING_HEAD_AFTER = new RegExp(`^代(?:副)?${levelClass(GOVERNMENT_LEVELS)}长`);
/** A firm's or a command's word glued after it (某某公司的仓库, 某某中央司令部发言人): the body's. */
const BODY_AFTER = /^(?:中央)?(公司|集团|银行|司令部|指挥部)/;
/** A clause ends a list item. */
const ITEM_END = /[、，。；：！？\n等和及（）()“”]/;

/** `found`: where the story's names start; `ends`: where they end. */
export function wordBySight(
  text: string,
  f: Found,
  found: ReadonlySet<number>,
  ends: ReadonlySet<number>,
): boolean {
  if (COUNTED.test(text[f.start - 1] ?? '')) return true;
  if (COUNT_OF_THINGS.test(text.slice(Math.max(0, f.start - 2), f.start))) return true;
  // 对党忠诚, 为党献策, 跟党走: after these one-character verbs and prepositions 党 is the Party.
  if (text[f.start] === '党' && PARTY_AFTER.test(text[f.start - 1] ?? '')) return true;
  const after = text.slice(f.end, f.end + 12);
  if (PLACE_WORD.test(after) || ROUTE.test(after) || JOINED_PLACE.test(after)) return true;
  // 北冰洋某科奇海的: sounds before a lone 海 name a sea (things23), not a person.
  const sounds = [...f.name].filter((_, k) => isForeignCharAt(f.name, k)).length;
  if (/^海[的，。、；]/.test(after) && sounds >= 2 && isForeignCharAt(f.name, f.name.length - 1))
    return true;
  if (cutFromQuotedPhrase(text, f)) return true;
  if (BODY_AFTER.test(after) || itemGoesOn(text, f)) return true;
  if (kindsList(text, f)) return true;
  if (thingList(text, f, found) || parallelRun(text, f)) return true;
  // 甲乙丙丁: in names printed without separators the words across them mean nothing.
  if (!ends.has(f.start) && crossedByWord(text, f)) return true;
  if (nounAndThing(f.name) || siteOrTree(f.name) || pairedPhrase(text, f)) return true;
  if (f.name.length === 3 && PRIZE_OR_WORKS_END.test(f.name) && !followedByNameWord(text, f.end))
    return true;
  // 校史陈列室, 冬残奥会吉祥物: glued to a word before it, not opened by a particle or a pause.
  const glued = isHanAt(text, f.start - 1) && !OPENS.test(text[f.start - 1]!);
  // 钢铁企业安赛|米塔尔: glued to a word before it and running into three sounds of the tables,
  // the "name" is the head of a longer foreign name (a firm's), cut.
  if (glued && [0, 1, 2].every((k) => SOUNDS.has(text[f.end + k] ?? ''))) return true;
  // 参谋长傅全有上将: an address or a person's title after it vouches for the name, not a word.
  if (ADDRESS_AFTER_NAME.test(after)) return false;
  return glued && !listedWithNames(text, f, found) && wordWithoutNameCharacters(f.name);
}

/**
 * 从“沙进人退”到“绿进沙退”: a "name" that is part of a quoted phrase of four characters or fewer
 * (a slogan or an idiom) is cut out of its words; a name quoted alone is termBySight's.
 */
function cutFromQuotedPhrase(text: string, f: Found): boolean {
  const open = text.lastIndexOf('“', f.start - 1);
  const close = text.indexOf('”', f.end);
  if (open < 0 || close < 0 || text.slice(open + 1, close).length > 4) return false;
  return close - open - 1 > f.name.length && !/[“”]/.test(text.slice(open + 1, close));
}

/**
 * “某某”、汪铁海联运、…: a list item that opens with the "name" and goes on with one dictionary
 * word (no title: 某某同志、 stays) is a thing; names in a list end their items.
 */
function itemGoesOn(text: string, f: Found): boolean {
  // The item must go on to another 、: the last item's next word is the list's predicate
  // (甲、乙参加。).
  if (!/^\p{Script=Han}{2,4}、/u.test(text.slice(f.end))) return false;
  const item = itemAround(text, f.start);
  if (item.start !== f.start || !item.whole || text[item.end] !== '、') return false;
  const rest = text.slice(f.end, item.end);
  // 某某总经理、某某先生: a role of the gazetteers closing the item is the name's, as a title is.
  if (TITLE.test(rest) || gazetteer().roleWords.has(rest.replace(/^(常务)?副/, ''))) return false;
  const words = segment(rest, false);
  return words.length === 1 && /^(n|vn|v)$/.test(words[0]!.tag);
}

/** 等十多种, 等一系列, 等三类: a count of kinds after 等 (people are counted in 人, 名, 位). */
const KINDS_AFTER_DENG = /^等(?:一系列|[0-9０-９一二三四五六七八九十百几多余]+)[种类项款批]?/u;
const KINDS = /(种|类|项|款|系列)$/;

/**
 * 甲、乙、丙等十多种鲜花, 反恐维稳、重大活动安保等一系列任务: a 、-list closed by 等 and a count
 * of kinds lists things, so an item read as a name by sight is none. The list is followed from
 * the name over Han characters and 、 only, up to 30 characters.
 */
function kindsList(text: string, f: Found): boolean {
  let at = f.end;
  let marks = text[itemAround(text, f.start).start - 1] === '、' ? 1 : 0;
  while (at < text.length && at - f.end < 30 && (isHanAt(text, at) || text[at] === '、')) {
    if (text[at] === '等') break;
    if (text[at] === '、') marks++;
    at++;
  }
  if (marks === 0 || text[at] !== '等') return false;
  const m = KINDS_AFTER_DENG.exec(text.slice(at, at + 8));
  return !!m && KINDS.test(m[0]);
}

/** 甲、乙: a neighbouring item of a list is a name found, so this one is a name too (辜胜阻). */
function listedWithNames(text: string, f: Found, found: ReadonlySet<number>): boolean {
  if (text[f.end] === '、' && found.has(f.end + 1)) return true;
  return text[f.start - 1] === '、' && found.has(itemAround(text, f.start - 2).start);
}

/** Whether another item of the 、-list around `f` is a name found (up to ten items each way). */
function listHasName(text: string, f: Found, found: ReadonlySet<number>): boolean {
  // An item may carry words before its name (像某某、…): any name starting inside it counts.
  const named = ({ start, end }: { start: number; end: number }) => {
    for (let k = start; k < end; k++) if (found.has(k)) return true;
    return false;
  };
  for (let at = f.start, n = 0; n < 10 && text[at - 1] === '、'; n++) {
    const it = itemAround(text, at - 2);
    if (named(it)) return true;
    at = it.start;
  }
  for (let at = f.end, n = 0; n < 10 && text[at] === '、'; n++) {
    const it = itemAround(text, at + 1);
    if (named(it)) return true;
    at = it.end;
  }
  return false;
}

/** The list item around `at`: from the last list mark before it to the next one after it. */
function itemAround(text: string, at: number): { start: number; end: number; whole: boolean } {
  let start = at;
  while (start > 0 && at - start < 8 && !ITEM_END.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && end - at < 8 && !ITEM_END.test(text[end]!)) end++;
  const whole =
    (start === 0 || ITEM_END.test(text[start - 1]!)) &&
    (end === text.length || ITEM_END.test(text[end]!));
  return { start, end, whole };
}

/**
 * 樱桃、杨梅等: an item next to the name, itself no name found, that jieba reads as one word
 * tagged neither as a name nor as a new word (x), is a thing, and so is the name's item.
 */
function thingList(text: string, f: Found, found: ReadonlySet<number>): boolean {
  const neighbours: { start: number; end: number; whole: boolean }[] = [];
  // Only items right next to the mark: 甲（女，某地）、乙 has no item before 乙.
  if (text[f.start - 1] === '、' && !ITEM_END.test(text[f.start - 2] ?? '。'))
    neighbours.push(itemAround(text, f.start - 2));
  if (text[f.end] === '、' && !ITEM_END.test(text[f.end + 1] ?? '。'))
    neighbours.push(itemAround(text, f.end + 1));
  // 方力钧、展望、张晓刚: a list with a name found in it is a list of people (展望 is one too).
  if (neighbours.length === 0 || listHasName(text, f, found)) return false;
  return neighbours.some(({ start, end, whole }) => {
    const item = text.slice(start, end);
    if (!whole || item.length < 2 || found.has(start) || !/^\p{Script=Han}+$/u.test(item))
      return false;
    // 某某、展望、某某: an item under a surname HanLP's counts vouch for may be a name.
    if (isSureSurname(item[0]!)) return false;
    const words = segment(item, false);
    // A body (nt) may stand in a list of people; things, places and doings may not.
    return words.length === 1 && !/^(nr|x|nt)/.test(words[0]!.tag);
  });
}

/**
 * 学史明理、学史增信 / 边斗争、边备战: list items that open with the same characters are a
 * parallel run of phrases. The name starts inside its item after the shared opening, or at the
 * item's start with a given name that is a word in every item (斗争, 备战).
 */
function parallelRun(text: string, f: Found): boolean {
  const own = itemAround(text, f.start);
  const items: { start: number; end: number }[] = [];
  if (LIST_MARK.test(text[own.start - 1] ?? '') && !ITEM_END.test(text[own.start - 2] ?? '。'))
    items.push(itemAround(text, own.start - 2));
  if (LIST_MARK.test(text[own.end] ?? '') && !ITEM_END.test(text[own.end + 1] ?? '。'))
    items.push(itemAround(text, own.end + 1));
  const lead = text.slice(own.start, f.start);
  // The shared opening is words (学史), not a bracket or a mark (《…》、《…》).
  if (
    /^\p{Script=Han}+$/u.test(lead) &&
    items.some(
      (it) =>
        it.end - it.start >= lead.length + 2 &&
        text.startsWith(lead, it.start) &&
        it.start !== own.start,
    )
  )
    return true;
  const surname = surnameAt(f.name, 0)?.length ?? 1;
  // 坚持边学习、边对照: the item may open with words before the name.
  if (f.end !== own.end || !isCommonWord(f.name.slice(surname)) || f.name.length !== 3)
    return false;
  return items.some((it) => {
    const item = text.slice(it.start, it.end);
    return item.length === 3 && item[0] === f.name[0] && isCommonWord(item.slice(1));
  });
}

/**
 * 苗绣非|遗, 死于新冠|肺炎, 踏石留印: a dictionary word that is no name runs across the name's
 * start or end, so the name is made of pieces of words.
 */
function crossedByWord(text: string, f: Found): boolean {
  if (!isHanAt(text, f.end) && !isHanAt(text, f.start - 1)) return false;
  // 马克思主义 names its author on purpose (doctrineAuthors); 同比亚总统: a title vouches for it.
  const next = text.slice(f.end, f.end + 2);
  if (/^(理论|主义|思想)/.test(next) || TITLE.test(next) || followedByNameWord(text, f.end))
    return false;
  if (ACTING_HEAD_AFTER.test(text.slice(f.end, f.end + 4))) return false;
  const from = Math.max(0, f.start - 2);
  let at = from;
  for (const w of segment(text.slice(from, f.end + 2), false)) {
    const end = at + w.word.length;
    // A word that starts inside the name and runs past it, or ends inside it: a name that opens a
    // longer dictionary word (安徒生童话) or is one whole is not crossed.
    const crosses =
      (at < f.start && end > f.start && end < f.end) || (at > f.start && at < f.end && end > f.end);
    // Function words (以及, 并且) may start at a glued character that is cut later (某某以|及).
    if (crosses && w.word.length >= 2 && !/^(nr|x|[cpudrfmq])/.test(w.tag)) return true;
    at = end;
  }
  return false;
}

/** 白桦林, 陈列室, 古树林: a common two-character word and a place, room or tree character. */
function nounAndThing(name: string): boolean {
  return name.length === 3 && THING_END.test(name) && isCommonWord(name.slice(0, 2));
}

/** Below this count in HanLP's roles a character is not taken as a given name's (室 D1, 椒 E0). */
const MIN_GIVEN_ROLE = 5;
/**
 * 陈列室, 胡椒, 吉祥物: jieba's dictionary tags many words under a surname character nr; one whose
 * given characters HanLP's counts (People's Daily) almost never saw in names is the word.
 */
function wordWithoutNameCharacters(name: string): boolean {
  // A name in letters (董事Leo表示) has no Chinese given name to weigh: its characters are not
  // those the counts below know.
  if (!/^\p{Script=Han}/u.test(name)) return false;
  // Transliterations (萨哈夫) are read by other rules.
  if ([...name].filter((_, k) => isForeignCharAt(name, k)).length >= 2) return false;
  if (segment(name, false).length !== 1) return false;
  const given = name.slice(surnameAt(name, 0)?.length ?? 1);
  if (given.length === 1) return givenCount(given, 'E') < MIN_GIVEN_ROLE;
  if (given.length !== 2) return false;
  return givenCount(given[0]!, 'C') < MIN_GIVEN_ROLE || givenCount(given[1]!, 'D') < MIN_GIVEN_ROLE;
}

/** 黄帝陵, 滕王阁, 杨柳树: jieba's dictionary holds the three characters as one word, a site's. */
function siteOrTree(name: string): boolean {
  return name.length === 3 && SITE_END.test(name) && segment(name, false).length === 1;
}

/**
 * 师德师|风, 边学边|做: a four-character phrase of the form XYXZ (one character repeated in the
 * first and third place); no Chinese name repeats its surname as its last character.
 */
function pairedPhrase(text: string, f: Found): boolean {
  return (
    f.name.length === 3 &&
    f.name[0] === f.name[2] &&
    isHanAt(text, f.end) &&
    !followedByNameWord(text, f.end) &&
    !TITLE.test(text.slice(f.end, f.end + 2))
  );
}

/** How far a title's bracket or a clause is looked for around a name. */
const WINDOW = 200;
/** jieba's dictionary holds the string as one word, names included (博士后/nr). */
export const oneWord = (s: string) => plainWordCount(s) === 1;

/** The one-character short names of China's provinces: 苏浙沪 is a region, not a person. */
const PROVINCES = /^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼港澳台]+$/;

/** 等地, 等国; 等多条高速, 等三条铁路: a list of places, or of roads and lines (京港澳、石太等). */
const PLACE_LIST_END =
  /等(地|城市|州|国|(?:多|[0-9一二三四五六七八九十几]+)?条(?:高速|公路|铁路|线路|干线|航线))/;

/**
 * A term, not a person, by sight: quoted alone (“某某”, “某某—某地”), inside a work's title
 * (《某某列传·某代诗人传》), a list of places (在某某、某某等地), provinces' short names (苏浙沪), or a
 * word jieba's dictionary holds whole that ends like a place or a thing (白宫, 白皮书).
 */
export function termBySight(text: string, f: Found, listed = false): boolean {
  if (text[f.start - 1] === '“' && /^[”—-]/.test(text[f.end] ?? '')) return true;
  // 《某某文选》 names its author; a dotted pair of words inside a title is the title's. Titles
  // and clauses are read within a window, so a page of 10⁵ names stays linear.
  if (NAME_DOT.test(f.name)) {
    const from = Math.max(0, f.start - WINDOW);
    const before = text.slice(from, f.start);
    const open = before.lastIndexOf('《');
    if (
      open >= 0 &&
      !before.slice(open).includes('》') &&
      text.slice(f.end, f.end + WINDOW).includes('》')
    )
      return true;
  }
  if (PROVINCES.test(f.name)) return true;
  const clause = /^[^，。！？；：\n]*/.exec(text.slice(f.end, f.end + WINDOW))![0];
  if (PLACE_LIST_END.test(clause) && /[、]/.test(text.slice(f.start - 1, f.end + 1))) return true;
  const surname = surnameAt(f.name, 0)?.length ?? 1;
  // 孙中山先生: no place or thing (中山 is a city) is called 先生 or 同志.
  if (ADDRESS_AFTER_NAME.test(text.slice(f.end, f.end + 2))) return false;
  // 某沪宁、王岐山等: between names of a list, a given name that is a place (岐山) is a name's.
  return !listed && oneWord(f.name) && NOT_GIVEN_NAME.test(f.name.slice(surname));
}

/**
 * A name of three characters or more in a 、 list next to a name found (钟山 of two is a place as
 * often); one of two between two names found in a roll after a title, where jieba holds it as a
 * person's name (nr) (people59-a: 大会执行主席甲、钟山、乙; 李明、金山、赵平 stays a place).
 */
export const listedWithName = (
  text: string,
  f: Found,
  starts: ReadonlySet<number>,
  ends: ReadonlySet<number>,
): boolean =>
  (f.name.length >= 3 &&
    ((text[f.start - 1] === '、' && ends.has(f.start - 1)) ||
      (text[f.end] === '、' && starts.has(f.end + 1)))) ||
  (f.name.length === 2 &&
    text[f.start - 1] === '、' &&
    ends.has(f.start - 1) &&
    text[f.end] === '、' &&
    starts.has(f.end + 1) &&
    tag(f.name).length === 1 &&
    tag(f.name)[0]!.tag === 'nr' &&
    titledRoll(text, f.start));
/** The items of a 、 roll before `at` follow a title (大会执行主席甲、乙、). */
function titledRoll(text: string, at: number): boolean {
  const before = /[^，。；：\n]*$/.exec(text.slice(Math.max(0, at - 60), at))![0];
  const roleEndsAt = (cut: number) =>
    [2, 3, 4, 5, 6].some((n) => cut >= n && gazetteer().roleWords.has(before.slice(cut - n, cut)));
  for (let cut = 2; cut < before.length; cut++)
    if (/^(?:[^、，。；：\n]{2,4}、)+$/.test(before.slice(cut)) && roleEndsAt(cut)) return true;
  return false;
}
