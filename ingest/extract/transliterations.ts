/**
 * Transliterated foreign and minority names (克林顿, 内塔尼亚胡, 司马义·艾买提): a run of
 * characters of transliterations (name-stats.json, from jieba's nrt entries), dot-joined parts
 * kept together. The same characters spell foreign places (莫斯科, 阿根廷), so a run is a person
 * only where the text says so: parts joined by a middle dot, a title before it (总统克林顿), or a
 * speech verb or a title after it (克林顿说, 克林顿总统).
 */
import { gazetteer } from '../gazetteer/index.ts';
import { dictionaryFrequency, segment, tag, wordStartingAt } from '../text/segmenter.ts';
import { ORDINARY_WORD_COUNT } from './frequency-thresholds.ts';
import { isForeignCharAt, NAME_DOT } from './name-stats.ts';
import { roleEndingAt } from './posts.ts';
import {
  endsClearly,
  innerSoundAt,
  lastSoundAt,
  regnalAt,
  isSoundCharAt,
  endsAfterRole,
  titledPair,
} from './foreign-names.ts';
import { countryAcross, isCountry, isForeignPlace } from './countries.ts';
import { addressTitleAt } from './address-titles.ts';
import { tibetanSubjectAt } from './tibetan-names.ts';
import { turkicNameAt } from './turkic-names.ts';
import { mongolianNameAt } from './mongolian-names.ts';
import {
  LEFT_OFFICE,
  soundRunAfterCountryTitle,
  soundRunAfterLeaving,
} from './titled-sound-runs.ts';
import { onlyAroundNames } from './person-roles.ts';
import { personByClause } from './clause-persons.ts';
import type { KnownPlaces } from './facts.ts';

export { isForeignPlace };

const DOTS = NAME_DOT;
export const MAX_PART = 6;
const SPEECH = gazetteer().lexicon.speechVerbs;
const AFTER = new RegExp(
  `^(${[
    ...SPEECH,
    '总统',
    '总理',
    '首相',
    '国王',
    '主席',
    '国务卿',
    '外长',
    '先生',
    '女士',
    '夫人',
    '教练',
    '一行',
    '同志',
    '会见',
    '会晤',
    '访问',
    '访华',
    '抵达',
    '率领',
    // 某某政府: a head's administration names its head (countries and places are refused below).
    '政府',
  ]
    .sort((a, b) => b.length - a.length)
    // 某某等人被…: 等人 (and others) counts people; 等人员, 等人士 count a kind.
    .join('|')}|等人(?![员士口群才民]))`,
);
/**
 * Titles a foreign name follows; the role list has the Chinese posts. A consort's or heir's title
 * (王后, 王太后, 王妃, 王子, 公主) is no post but says a royal follows (王后某某某某; people61).
 */
const BEFORE =
  /(总统|总理|首相|国王|女王|王后|王太后|王妃|王子|公主|国务卿|外长|外交部长|部长|大使|秘书长|主席|议长|教练|球星|选手|先生|博士|教授|作家|导演|总裁|董事长|夫人)$/;

/** Units spelt with the same characters (吉瓦时, 兆瓦). */
const UNIT = /^(吉|兆|千|太)(瓦|焦)/;

export const isForeign = isForeignCharAt;
export const isSound = (text: string, k: number) =>
  isForeign(text, k) || isSoundCharAt(text, k) || innerSoundAt(text, k);

/**
 * Where the parts of a foreign name at i end: runs of sounds (at most MAX_PART each, at least
 * `minPart`) joined by `joiner` before a character of transliterations; undefined when a part is
 * shorter. Past its first two characters a run takes the sounds of Xinhua's tables too (多梅|内克).
 * Dotted names (here) and hyphened double surnames (hyphen-names.ts) walk their parts alike.
 */
export function nameParts(
  text: string,
  i: number,
  joiner: RegExp,
  minPart: number,
): { end: number; parts: number } | undefined {
  let end = i;
  let parts = 0;
  for (;;) {
    const start = end;
    while (end < text.length && end - start < MAX_PART && isSound(text, end)) end++;
    if (end - start < minPart) return undefined;
    parts++;
    if (!joiner.test(text[end] ?? '') || !isForeign(text, end + 1)) break;
    end++;
  }
  return { end, parts };
}
/**
 * 代表西班牙: 代表 is the verb there, not the role; 副代表, 特别代表, 常驻联合国代表 are the
 * envoy's title (a verb takes no 副 or 常驻 before it).
 */
const ENVOY = /(副|特别|首席|全权|贸易|常驻\p{Script=Han}{0,8})代表$/u;
export const roleBefore = (text: string, i: number) => {
  const role = roleEndingAt(text, i);
  if (role === '代表') return ENVOY.test(text.slice(Math.max(0, i - 14), i));
  return role !== undefined || REPORTER_ABROAD.test(text.slice(Math.max(0, i - 8), i));
};
/**
 * 美国记者某某, 美国调查记者某某: a reporter of a foreign country is no credit of the programme's
 * own (记者 is no role word: 记者某某 opens a byline), so the run of sounds after it is their name.
 */
const REPORTER_ABROAD = /(国|西方)\p{Script=Han}{0,2}记者$/u;

/** Verbs ending in 达, a sound of the tables too (转达某某国王的问候: the name starts after 达). */
const VERB_IN_DA = /^(转达|表达|传达|到达|抵达|下达|送达|直达)$/;
/** The transliterated name starting at i, if the context makes it a person. */
export function foreignNameAt(
  text: string,
  i: number,
  knownPlaces: KnownPlaces,
): string | undefined {
  // ，洛桑某某见证…: a Tibetan name opening a clause before its verb (tibetan-names.ts).
  // 库尔班江每天…, 见到阿依古丽时: an undotted Uyghur or Kazakh name (turkic-names.ts).
  const named = tibetanSubjectAt(text, i) ?? turkicNameAt(text, i) ?? mongolianNameAt(text, i);
  if (named) return named;
  const leaving = soundRunAfterLeaving(text, i, isSound, endsClearly);
  if (leaving && !knownPlaces(leaving) && !isCountry(leaving)) return leaving;
  // ，苏莱马尼等人…: a sound of the tables that the statistics read as a surname (苏, 马) opens a
  // run at a clause's start; the run must then be three sounds or more (checked below).
  const foreignHere = isForeign(text, i);
  const opensRun =
    !foreignHere && isSoundCharAt(text, i) && (i === 0 || CLAUSE_START.test(text[i - 1]!));
  // Tested first: most characters open no run, and the role look-up below is the costly part.
  if (!foreignHere && !opensRun) return soundRunAfterCountryTitle(text, i, isSound);
  // 观察员曼苏尔: after a role the second character may be a sound of the tables only.
  const second =
    isForeign(text, i + 1) ||
    titledPair(text, i) ||
    roleBefore(text, i) ||
    (foreignHere && speakerRun(text, i));
  if (!second || !isSound(text, i + 1)) return undefined;
  if (i > 0 && isForeign(text, i - 1)) return undefined;
  // 转达|查某某三世国王的问候: 达 closes the verb before it (转达, 表达, 抵达), it opens no name.
  if (text[i] === '达' && VERB_IN_DA.test(text.slice(Math.max(0, i - 1), i + 1))) return undefined;
  const walked = nameParts(text, i, DOTS, 1);
  if (!walked) return undefined;
  const { parts } = walked;
  let { end } = walked;
  if (end < text.length && isSound(text, end)) return undefined; // longer than a name part
  if (parts === 1 && lastSoundAt(text, end, end - i)) end++;
  end += regnalAt(text, end);
  // 特朗普威胁: the run's last character opens the next word (威胁), it is not the name's.
  if (parts === 1 && end - i > 2 && joinsNext(text, end - 1)) end--;
  // 某某克夫人: 夫人 (Mrs) after the name, not its last sound.
  if (text[end - 1] === '夫' && text[end] === '人') end--;
  const name = text.slice(i, end);
  if (opensRun && (parts > 1 || name.length < 3)) return undefined;
  if (
    parts === 1 &&
    (name.length < 2 ||
      UNIT.test(name) ||
      knownPlaces(name) ||
      isCountry(name) ||
      countryAcross(text, i) ||
      ordinaryWord(name))
  )
    return undefined;
  if (parts > 1) return name;
  // 主帅加斯佩里尼, 前锋萨莫拉, 画家塞尚: any role or occupation of the gazetteers before the run.
  // 某某将军称, 某某探长表示, 某某公爵的… (address-titles.ts).
  return AFTER.test(text.slice(end, end + 3)) ||
    addressTitleAt(text, end) ||
    BEFORE.test(text.slice(Math.max(0, i - 5), i)) ||
    (roleBefore(text, i) &&
      name[0] !== name[1] &&
      // 将领某某的回应: after a role, 的 and 等 close the name as punctuation does.
      (endsAfterRole(text, end) ||
        DATED.test(text.slice(end, end + 3)) ||
        /^[的等]/.test(text[end] ?? ''))) ||
    appointed(text, i, end) ||
    LEFT_OFFICE.test(text.slice(Math.max(0, i - 4), i)) ||
    personByClause(text, i, end) || // 接替某某出任, 与某某进行沟通, 某国队的某某获得
    PLAYER_STATUS.test(text.slice(end, end + 8)) ||
    playersCounted(text, end) ||
    // 这位叫某某，, 四十多岁的某某突发急症: who is called so, or of an age, is a person (not a
    // kinship word's doubled sound: 19岁的哥哥某某).
    (/(?:叫|岁的)$/.test(text.slice(Math.max(0, i - 2), i)) && name[0] !== name[1]) ||
    asSubject(text, i, name)
    ? name
    : undefined;
}

/**
 * 维尤金强调: a run of three sounds or more opening a clause, right before a verb of speech of two
 * characters or more, may have a second sound of the wider tables only (尤): places and clubs say
 * nothing, and countries are refused below.
 */
const speechWords = gazetteer().speechVerbIndex;
function speakerRun(text: string, i: number): boolean {
  if (i > 0 && !CLAUSE_START.test(text[i - 1]!)) return false;
  let end = i;
  while (end < text.length && end - i < MAX_PART && isSound(text, end)) end++;
  const verb = speechWords.longestAt(text, end);
  return end - i >= 3 && verb !== undefined && verb.length >= 2;
}

/**
 * 付出的辛劳表示肯定: two sounds that jieba's dictionary holds as one ordinary word (a noun, verb or
 * adjective; not a place, 普京/ns, nor a name) are that word, whatever verb of speech follows; so
 * is one it tags as a name but HanLP's counts see only around names (宁肯/nr, would rather: L1).
 */
const ORDINARY_TAG = /^(n|nz|v|vn|a|ad|an|d)$/;
function ordinaryWord(name: string): boolean {
  if (name.length !== 2) return false;
  const tokens = segment(name, false);
  // Often enough in jieba's counts (辛劳 117) to be the word; rare entries (基罗 2) are names too.
  return (
    tokens.length === 1 &&
    (ORDINARY_TAG.test(tokens[0]!.tag) || onlyAroundNames(name)) &&
    dictionaryFrequency(name) >= ORDINARY_WORD_COUNT
  );
}

const STROKES =
  '梅开二度|帽子戏法|头球|助攻|远射|抽射|推射|补射|吊射|挑射|倒钩|任意球|首开纪录|首开记录|射入|扑救|扑出';
/**
 * 某某停赛, 某某伤愈复出, 某某再度因伤缺阵, 某某的复出: the one injured, suspended, back from
 * injury or in the starting line-up is a player. A club or a city, spelt with the same sounds and
 * the subject of match reports too (asSubject refuses runs there), is none of these; its 伤病 and
 * 首发 (the side's injuries, its line-up) follow 的, so 的 opens only a player's own state. So do
 * the strokes only a player makes (某某头球破门, 某某梅开二度, 某某的远射); a side 打进, 扳平 or
 * 破门 as well, so those stay out.
 */
const PLAYER_STATUS = new RegExp(
  `^((也|将|再度|刚刚|继续|已经|已|仍|均|两人|都)?(可能)?(因伤|伤愈|痊愈|停赛|缺阵|复出|受伤|首发|背部|膝|${STROKES})|的(复出|受伤|伤势|停赛|缺阵|伤愈|${STROKES}))`,
);

/**
 * 某某和某某两名主力中场, 某某等球星: people counted in 名 or closed by 等, then a word for players,
 * are players (clubs are counted in 支 and are 球队). The list's other items follow (listNeighbours).
 */
const PLAYERS_COUNTED =
  /^(等|[两二三四五六七八九十几]名)(主力|替补|首发|核心|大牌|外籍|年轻)?(球员|球星|名将|前锋|中场|后卫|门将|外援|队员|国脚|射手|大将|新援|替补)/;

function playersCounted(text: string, end: number): boolean {
  let at = end;
  // 某某和某某两名…: over the list's other items, runs of sounds.
  for (let n = 0; n < 4 && /[、和及与]/.test(text[at] ?? '') && isSound(text, at + 1); n++) {
    at++;
    while (at < text.length && isSound(text, at)) at++;
  }
  return PLAYERS_COUNTED.test(text.slice(at, at + 8));
}

/**
 * 候选人某某8日同…: a day of the month after the name; 秘书某某此前一天称: 此前/此后 (before, after
 * that), which jieba splits from a following time (此|前一天), so endsClearly misses it.
 */
const DATED = /^(?:[0-9０-９]{1,2}日|此前|此后)/;
/** 任命某某为…, 免去某某…职务: the one appointed is a person. */
const APPOINTING = /(任命|提名|免去|任免|推选|选举)$/;
function appointed(text: string, i: number, end: number): boolean {
  return (
    APPOINTING.test(text.slice(Math.max(0, i - 2), i)) &&
    /^(为|担任)/.test(text.slice(end, end + 2))
  );
}

/** Words a clause's subject is followed by: 某某是应邀…, 某某在宣读…, 某某也因伤休息. */
const SUBJECT_FOLLOWER = /^(在|对|也|则|还|曾|已|将|是|率|早已|均|都|又|却|正|并未|明确)/;
/** What a clause's subject may follow: punctuation, a conjunction, a preposition of the partner,
 * the agent or the object, or a verb of saying or calling (和某某…, 被某某…, 称某某…). */
const CLAUSE_START = /[，。！？；：:“”（(、\s和与及同向对让由被把称说]/;

/**
 * 曼利是应邀…, 扎加洛早已放言: a run at a clause's start followed by what follows a subject is a
 * person's name unless jieba knows it as a place, an organisation or a thing.
 */
function asSubject(text: string, i: number, name: string): boolean {
  if (i > 0 && !CLAUSE_START.test(text[i - 1]!)) return false;
  const end = i + name.length;
  if (name[0] === name[1]) return false;
  if (
    !SUBJECT_FOLLOWER.test(text.slice(end, end + 2)) &&
    !(name.length >= 3 && verbAfter(text, end))
  )
    return false;
  // 某某在主场…, 某某也是本赛季…: clubs are subjects of match reports just as players are.
  if (MATCH_WORDS.test(text.slice(Math.max(0, i - 40), end + 40))) return false;
  const tokens = tag(name);
  return !(tokens.length === 1 && /^(ns|nt|nz|n|v|a|d)$/.test(tokens[0]!.tag));
}
/**
 * Verbs whose subject is a person (general news usage): 某某当选…, 某某承认…, 某某出演…. Verbs any
 * subject takes (增强, 控制, 进行) say nothing: places and phenomena are spelt with the same sounds.
 */
const PERSON_VERBS =
  /^(当选|连任|出任|担任|就任|辞职|辞去|卸任|鼓励|承认|否认|希望|感到|觉得|坦言|坦承|宣称|声称|透露|指出|认为|出演|主演|执导|导演|加盟|退役|复出|签约|续约|去世|逝世|出生|毕业|访问|会见|商讨|回忆|笑称|抱怨|批评|赞扬|称赞|呼吁|警告|威胁|许诺|承诺|辩称|宣布|表态|拒绝|同意)/;
function verbAfter(text: string, end: number): boolean {
  return PERSON_VERBS.test(text.slice(end, end + 2));
}
const MATCH_WORDS =
  /(主场|客场|联赛|赛季|积分|排名|交手|战绩|比分|[胜平负]|球队|德比|英超|西甲|意甲|德甲|法甲|荷甲|土超|欧冠|联盟杯|盘)/;

/** Whether the segmenter, reading around k, starts a word of two or more characters at k (威|胁). */
export function joinsNext(text: string, k: number): boolean {
  if (!/\p{Script=Han}/u.test(text[k + 1] ?? '')) return false;
  return (wordStartingAt(text, k, 2, 3)?.length ?? 0) > 1;
}

/** What may close an item of a list of names (塞尚、莫奈等, 某某和某某也…). */
const ITEM_END = /^($|[、和及与，。；;）)\s等])/;
const ITEM_START = /[、：:，。；（(\s]/;
/** 包括甲、乙: a word that opens a list of examples, as punctuation does. */
export const LIST_OPENER = /(包括|例如|比如|诸如)$/;

/** A transliterated name as the list item after a separator at `at` (…、莫奈等), if any. */
export function foreignItemAfter(text: string, at: number): string | undefined {
  if (!isForeign(text, at) || !isForeign(text, at + 1)) return undefined;
  let end = at;
  while (end < text.length && end - at < MAX_PART && isSound(text, end)) end++;
  const name = text.slice(at, end);
  return (ITEM_END.test(text.slice(end, end + 1)) || endsClearly(text, end)) &&
    isListedForeign(name) &&
    !placeList(text, at)
    ? name
    : undefined;
}

/** A transliterated name as the list item ending before a separator at `end` (博纳佐利、…). */
export function foreignItemBefore(text: string, end: number): string | undefined {
  let at = end;
  while (at > 0 && end - at < MAX_PART && isSound(text, at - 1)) at--;
  // The run may follow a role (画家塞尚、…) or open the clause.
  while (at < end - 2 && !isForeign(text, at)) at++;
  if (
    at > 0 &&
    !ITEM_START.test(text[at - 1]!) &&
    !LIST_OPENER.test(text.slice(Math.max(0, at - 2), at)) &&
    roleEndingAt(text, at) === undefined
  )
    return undefined;
  const name = text.slice(at, end);
  return isForeign(text, at) && isListedForeign(name) && !placeList(text, at) ? name : undefined;
}

/** 在敖德萨、哈尔科夫等地: a list closed by 等地/等国/等方向 is of places. */
function placeList(text: string, at: number): boolean {
  const rest = /^[^，。；！？,;]*/.exec(text.slice(at, at + 40))![0];
  return /等(地|国|城|方向|地区|省|州|市|港|岛)/.test(rest);
}

function isListedForeign(name: string): boolean {
  return name.length >= 2 && name[0] !== name[1] && !UNIT.test(name) && !isCountry(name);
}
