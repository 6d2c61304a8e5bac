/**
 * Phrases of running news text that the name rules read as people (issue 11, round fp9, on the
 * unseen days of cctv26e and cctv25e and the kinds the lead listed from a held-out set): what a
 * visit or a scope word opens (总统此访, 全国新发现), a word of a work's title (《给某某的信》), a road
 * named by its two ends (某海高速), a term after a quantity (首批某某某基地), an adverb and a verb
 * after a subject (两国都崇尚), a list of similes (白如雪、轻如燕), a historic quarter (来到某阳里: 里 reads as a given name's end, 街 and 坊 do not),
 * the first characters of a place (代表齐聚成都), the opening of a thing held up as a
 * representative (某锦织造技艺是…的重要代表), a character of a drama or a novel (剧中，少女某某一家), a verse quoted as a speaker
 * (古诗云：), a prize's dotted name (某某奖·某某表演奖), a list of 全X (全系统、全要素), a surname and a title (某站长), and a verb or 等 glued to a name's end (某某致
 * 慰问电, 某某等参加会见, 总理某某监誓。). Written by hand: general rules of Chinese news style, no
 * names listed.
 */
import { isHanAt } from '../text/normalize.ts';
import { isCommonWord, segment, tag } from '../text/segmenter.ts';
import { isSureSurname } from './names-by-role.ts';
import { surnameAt } from './names.ts';
import { roleEndingAt } from './posts.ts';
import { NAME_DOT } from './name-stats.ts';
import type { Found } from './story-names.ts';

/** 此访, 该次, 这位: a demonstrative opens a noun phrase, never a name. */
const DEMONSTRATIVE = /^[此该这]/;
/** 访法时, 访华期间: 访 (to visit) and a country's short form is the visit, not a name. */
const VISIT = /^访[\p{Script=Han}]/u;
/** 全国, 全省, 全球, 全体: "the whole" of a body or an area, not the surname 全 and a given name. */
const WHOLE = /^全[国省市县区镇乡村球体党军民场网域连营团班排队厂校家]/;
/** 某某奖·某某, 某某杯·某某: the dot joins a prize's name and its section, not a person's names. */
const AWARD_DOT = /[奖杯][·・•‧∙]/;
/** A road, a canal or a line named by the places at its ends (某海高速, 某某铁路). */
const ROUTE_AFTER = /^(高速|高铁|铁路|公路|运河|干线|航线|大桥|隧道)/;
/**
 * 首批, 一批, 多项, 3个, 十万亩, 上千株: a number and a measure word count things, land or plants,
 * not a person (no 位/名).
 */
const QUANTITY_BEFORE =
  /(首|[一二两三四五六七八九十百千万亿几多数每余]|[0-9０-９]+)[批项个座种类条家套亩株棵朵盆]$/;
const wholeDictionaryName = (name: string) => {
  const words = segment(name, false);
  return words.length === 1 && /^nr/.test(words[0]!.tag);
};
/** One-character adverbs that open a predicate after its subject (两国都崇尚, 双方也希望). */
const ADVERB = /^[都也还更就才又再均皆亦]/;
/** The middle character of a simile (白如雪, 轻似燕). */
const SIMILE = /^[如似若]$/;
/** Verbs of going to or being in a place, before a quarter named 某某里 (来到某阳里). */
const GOING_TO = /(来到|走进|走入|步入|漫步|位于|游览|打卡|逛逛?|在)$/;

/** 是…的重要代表: what a thing is held up as (the subject before it is a craft, a dish, a style). */
const REPRESENTATIVE = /^是[^，。；！？\n]{0,16}代表/;
/** What may stand between a person's name and 是 (某某同志是…, 某某本人是…). */
const PERSON_WORD = /^(同志|先生|女士|院士|教授|老师|师傅|本人|夫妇|一家)/;

/**
 * 宋锦织造技艺是丝绸文化的重要代表: a name by sight, then words, then 是…代表: the name opens the
 * subject, a thing (某某是青年的杰出代表, the name right before 是, stays a person).
 */
function opensThingSubject(text: string, f: Found): boolean {
  const rest = text.slice(f.end, f.end + 12);
  const is = rest.search(/[是，。；！？\n]/);
  if (is < 2 || rest[is] !== '是' || PERSON_WORD.test(rest)) return false;
  return REPRESENTATIVE.test(text.slice(f.end + is, f.end + is + 20));
}

/**
 * A work of fiction told in the sentence before the name (剧中, 该剧讲述, 小说里): the name is a
 * character, not a person of the news. Only names by sight: an actor or a director carries a
 * title (主演, 导演) or a speech verb; a work named without telling (武侠小说泰斗某某, 电影界的导演
 * 某某) says nothing of the name (CLUENER dev's writers and directors).
 */
const FICTION =
  /(剧中|该剧|此剧|本剧|(电视剧|网剧|短剧|话剧|舞剧|小说|影片|电影|动画片?|漫画|绘本)(中|里|讲述|讲的是|描写|描绘|刻画))/;
function fictionCharacter(text: string, f: Found): boolean {
  const before = text.slice(0, f.start);
  const sentence = before.slice(
    Math.max(...['。', '！', '？', '\n'].map((c) => before.lastIndexOf(c))) + 1,
  );
  return FICTION.test(sentence);
}

/**
 * 施站长带领大家: a surname and a title of the role lists is a form of address, not a printed name
 * (the golds name people only as printed in full).
 */
function surnameAndTitle(text: string, f: Found): boolean {
  const surname = surnameAt(f.name, 0);
  if (!surname || NAME_DOT.test(f.name) || amongListedNames(text, f)) return false;
  const role = roleEndingAt(text, f.end);
  return !!role && role.length >= 2 && role.length === f.name.length - surname.length;
}

/**
 * 县领导甲、乙、程明星、丙等: an inner item of a list whose neighbours are plain names of two or three
 * characters (no role ending them) is a name too, whatever role its given name spells (明星).
 */
function amongListedNames(text: string, f: Found): boolean {
  if (text[f.start - 1] !== '、' || text[f.end] !== '、') return false;
  const before = /(?:^|[、，：:\s])(\p{Script=Han}{2,3})$/u.exec(
    text.slice(Math.max(0, f.start - 5), f.start - 1),
  );
  // The item after ends at the next 、, a pause, 等 closing the list or 和 before its last item.
  const after = /^(\p{Script=Han}{2,3})(?:[、，。等和\s]|$)/u.exec(
    text.slice(f.end + 1, f.end + 5),
  );
  const plain = (name: string | undefined, end: number) =>
    !!name && !!surnameAt(name, 0) && !roleEndingAt(text, end);
  return (
    plain(before?.[1], f.start - 1) && plain(after?.[1], f.end + 1 + (after?.[1]?.length ?? 0))
  );
}

/** The name sits inside 《…》 on its line: a word of a book's, a film's or a show's title. */
function insideWorkTitle(text: string, f: Found): boolean {
  const before = text.slice(0, f.start);
  const open = before.lastIndexOf('《');
  if (open < 0 || open < before.lastIndexOf('》') || before.slice(open).includes('\n'))
    return false;
  const after = text.slice(f.end);
  const close = after.indexOf('》');
  return (
    close >= 0 && !after.slice(0, close).includes('《') && !after.slice(0, close).includes('\n')
  );
}

/** 白如雪、轻如燕: the next or the last 、 item is a simile of the same shape. */
function simileList(text: string, f: Found): boolean {
  if (f.name.length !== 3 || !SIMILE.test(f.name[1]!)) return false;
  const same = (at: number) =>
    isHanAt(text, at) && isHanAt(text, at + 2) && text[at + 1] === f.name[1];
  return (
    (text[f.end] === '、' && same(f.end + 1)) || (text[f.start - 1] === '、' && same(f.start - 4))
  );
}

/** 代表齐聚成都: a place the segmenter reads starts inside the name and runs past its end. */
function placeRunsOn(text: string, f: Found): boolean {
  if (NAME_DOT.test(f.name) || !isHanAt(text, f.end)) return false;
  let at = f.start;
  for (const w of segment(text.slice(f.start, f.end + 3), false)) {
    if (at > f.start && at < f.end && at + w.word.length > f.end) return /^ns/.test(w.tag);
    at += w.word.length;
    if (at >= f.end) return false;
  }
  return false;
}

/**
 * A finding that is a phrase of the text, not a person. Demonstratives, visits, scope words and
 * places running on hold whatever rule found the name; the rest only for names by sight (no
 * title, speech verb or caption vouches for them).
 */
export function phraseNotName(text: string, f: Found & { via: string }): boolean {
  if (DEMONSTRATIVE.test(f.name) || VISIT.test(f.name) || WHOLE.test(f.name)) return true;
  // 全系统、全要素: "the whole" before a two-character word (the surname 全 is seldom one).
  if (f.name.length === 3 && f.name[0] === '全' && isCommonWord(f.name.slice(1))) return true;
  // 中国戏剧奖·梅花表演奖: a dotted "name" whose first part ends a prize's or a cup's name.
  if (AWARD_DOT.test(f.name)) return true;
  // 古诗云：: a verse or a saying quoted, not a speaker (孔子曰： is cut by withoutVerbEnd).
  if (classicalSpeaker(text, f) && isCommonWord(f.name.slice(0, -1))) return true;
  if (placeRunsOn(text, f) || surnameAndTitle(text, f)) return true;
  // 人员边清理废墟，边靠近: 边…边… does two things at once; 边 there is no surname.
  if (f.name[0] === '边' && /^[^。！？；]{0,16}?[，,]?边/.test(text.slice(f.end))) return true;
  if (f.via !== 'sight') return false;
  if (insideWorkTitle(text, f) || ROUTE_AFTER.test(text.slice(f.end, f.end + 2))) return true;
  // 一批鲁本斯技艺的追随者: a name jieba's dictionary holds whole as a person's stays (CLUENER dev).
  if (
    QUANTITY_BEFORE.test(text.slice(Math.max(0, f.start - 4), f.start)) &&
    !wholeDictionaryName(f.name)
  )
    return true;
  // 两国都崇尚: an adverb glued to its subject (a character, not a pause or a preposition).
  if (
    ADVERB.test(f.name) &&
    !isSureSurname(f.name[0]!) &&
    isHanAt(text, f.start - 1) &&
    !isCommonWord(text.slice(f.start - 1, f.start + 1))
  )
    return true;
  if (simileList(text, f) || opensThingSubject(text, f) || fictionCharacter(text, f)) return true;
  return (
    f.name.length === 3 &&
    f.name.endsWith('里') &&
    GOING_TO.test(text.slice(Math.max(0, f.start - 2), f.start))
  );
}

/**
 * 云 and 曰 (says) before a colon or a quote: 古诗云：, 俗话云， 孔子曰：. A name a post title
 * opens is that title's holder, whose given name may end in 云 (州长某凌云，州委副书记…).
 */
const CLASSICAL_SAYS = /[云曰]$/;
const QUOTE_OPENS = /^[：:，“"]/;
const classicalSpeaker = (text: string, f: Found) =>
  f.via !== 'post' &&
  f.name.length >= 3 &&
  CLASSICAL_SAYS.test(f.name) &&
  QUOTE_OPENS.test(text.slice(f.end));

/** What a name may send after 致 (某某致慰问电, 某某致贺信, 某某致以问候, 某某致辞). */
const SENT = /^(慰问|贺|唁|电|函|信|辞|以|谢|意)/;
/** Verbs of two leaders meeting or parting, never the end of a given name (话别, 会晤, 通话). */
const MEETS = /(?:话别|道别|辞行|会晤|会谈|会面|通话|握手|合影)$/;
/** A two-character verb after a name at the end of a clause (总理某某监誓。). */
const CLAUSE_END = /^($|[，。；！？\n])/;

/**
 * The name without a verb or 等 glued to its end, or undefined: 某某致 before what is sent, 某某等
 * before the predicate (某某等参加会见), and a four-character "name" whose first two or three
 * characters the story names alone and whose rest is a verb closing the clause (某某监誓。).
 */
export function withoutVerbEnd(
  text: string,
  f: Found,
  named: ReadonlySet<string>,
): string | undefined {
  if (NAME_DOT.test(f.name) || f.name.length < 3) return undefined;
  const short = f.name.slice(0, -1);
  if (f.name.endsWith('致') && SENT.test(text.slice(f.end))) return short;
  // 第一书记阿东致词: the verb of the speech (致词, the variant of 致辞) read into a foreign name.
  if (f.name.length >= 4 && /致[辞词]$/.test(f.name)) return f.name.slice(0, -2);
  if (f.name.endsWith('等') && isHanAt(text, f.end)) return short;
  // 某某由中队长被提升为大队长: 由 (from) after a name the story prints alone (张自由 keeps it).
  if (f.name.endsWith('由') && isHanAt(text, f.end) && named.has(short)) return short;
  // 王后卡米拉加冕 (cctv23y at stop 50's merge): a verb jieba reads whole after a name it knows.
  if (f.name.length >= 4) {
    const [name, verb, ...rest] = tag(f.name);
    if (!rest.length && verb?.tag === 'v' && verb.word.length === 2 && /^nr/.test(name!.tag))
      return name!.word.length >= 2 ? name!.word : undefined;
  }
  // 同某国总书记苏林话别。: a verb of meeting or parting (话别, 会晤) is the clause's predicate;
  // jieba may tag the name before it a place (苏林/ns), so the rule above misses it (people62).
  const parting = MEETS.exec(f.name)?.[0];
  if (parting && f.name.length - parting.length >= 2) return f.name.slice(0, -parting.length);
  if (classicalSpeaker(text, f)) return short;
  if (f.name.length === 4 && CLAUSE_END.test(text.slice(f.end))) {
    if (named.has(short)) return short;
    const two = f.name.slice(0, 2);
    // Printed once, and its first two characters are a name the story prints on its own.
    if (named.has(two) && text.indexOf(f.name) === text.lastIndexOf(f.name)) return two;
  }
  return undefined;
}
