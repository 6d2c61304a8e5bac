/**
 * Contexts only things take, never a person's name read by sight:
 * - 这些古柏中, 那些麦田里: a plural or kind demonstrative (这些, 那些, 这种, 这类) counts or
 *   sorts things; a name never follows it directly (one names a person, not "these Zhangs").
 * - 在核心舱的高微柜中完成实验: inside 在…的…中/里/内, a place where something is done; a person is
 *   not a place one does a thing "in".
 * - 机型为庞巴迪CRJ-900: a Latin model code glued to the "name" makes it a maker's brand.
 * - 南方包汤圆, 开展了包汤圆、猜灯谜: a "surname" jieba reads as a verb standing alone (包), then a
 *   word its dictionary counts often (汤圆), is a verb and its object.
 * - 黄河某口段冰凌, 甲地至乙地段达速…: 段 after a place is the section of a river or a line, no
 *   surname; 谁审批谁监管: 谁 before a verb is the pronoun; 高水平: a "name" that is itself a
 *   dictionary word, its "given name" a word counted very often (水平), is that word (junk17).
 * - 某某·某某医院, 某某·某某万大学: a hospital, school, foundation or other place right after the
 *   name, or after one or two characters of it the segmenter cut off, names that place.
 * - 某某高科号卫星: a name by sight ending in 号 is a ship's, a satellite's or a train's.
 * - 某士基航运集团, 迎来游客高峰: a firm's name and a noun after an occupation (noun-phrases.ts).
 * - 孔雀蓝釉色: a "name" opening with a word jieba counts often (孔雀) and glued to a noun that is
 *   no title (釉色) modifies that noun; a person's name is not printed as an attribute so.
 * - 万株郁金香, 天鹅、白鹤等候鸟: plants, animals and crafts (living-things.ts).
 * - 国王登基以来: a word of a monarch's reign after his title (reign-words.ts).
 * - 管根本、管方向、管长远: an item of a run of parallel phrases (parallel-phrases.ts).
 * - 贺新春, 欢乐春节·丝路欢歌: greetings and events of a festival (festival-words.ts).
 * - 某某电气 of 某某电气集团, 某某表演艺术中心, 文博工作者, 森林: firms, venues, fields (thing-heads.ts).
 * - 迎春座|谈会, 曾任某…市长, 江铁海联运: names glued out of the words around them (glued-words.ts).
 * - 陶马16匹, 某国某党领袖, 在某国某地进行, 国务院 in a list: things-named-like-people.ts.
 * - 烟火与宋韵共鸣, 骁马颂文、福马传韵: coordinated things and phrases (coordinated-words.ts).
 * - 乐教善教, a verse line (病树前头万木春), 某家巷: verse-and-clan-places.ts.
 */
import { waterOrIslandAfterPlacePreposition } from './landform-names.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { dictionaryFrequency, isCommonWord, tag } from '../text/segmenter.ts';
import { COMMON_WORD_COUNT, OBJECT_COUNT, OPENING_WORD_COUNT } from './frequency-thresholds.ts';
import type { Found } from './story-names.ts';
import { isForeignCharAt } from './name-stats.ts';
import {
  beforeFirmHead,
  billOrCase,
  countedAsThing,
  genreBeforeWork,
  nounAfterOccupation,
  placeInStory,
} from './noun-phrases.ts';
import { insideSetPhrase } from './set-phrases.ts';
import { livingOrMadeThing } from './living-things.ts';
import { festivalPhrase } from './festival-words.ts';
import { thingByHead } from './thing-heads.ts';
import { gluedOutOfWords } from './glued-words.ts';
import { verbAfterTitle } from './title-verbs.ts';
import { fragmentOfWords } from './word-fragments.ts';
import { reignWord } from './reign-words.ts';
import { parallelPhraseItem } from './parallel-phrases.ts';
import { namedThing } from './things-named-like-people.ts';
import { coordinatedWord } from './coordinated-words.ts';
import { verseOrClanPlace } from './verse-and-clan-places.ts';
import { ENDS_IN_FEATURE } from './names-between-names.ts';

/** Any of the contexts below: what a name read by sight there is is a thing. */
export const inThingContext = (text: string, f: Found): boolean =>
  afterDemonstrative(text, f) ||
  insideLocativeFrame(text, f) ||
  beforeModelCode(text, f) ||
  verbAndObject(text, f) ||
  modifiesNoun(text, f) ||
  sectionOfPlace(text, f) ||
  (f.via === 'sight' && institutionAfter(text, f.end)) ||
  craftName(text, f) ||
  pronounOrWord(f) ||
  reignWord(f) ||
  parallelPhraseItem(text, f) ||
  beforeFirmHead(text, f) ||
  nounAfterOccupation(text, f) ||
  placeInStory(text, f) ||
  countedAsThing(text, f) ||
  genreBeforeWork(text, f) ||
  billOrCase(text, f) ||
  insideSetPhrase(text, f) ||
  livingOrMadeThing(text, f) ||
  thingByHead(text, f) ||
  gluedOutOfWords(text, f) ||
  verbAfterTitle(text, f) ||
  fragmentOfWords(text, f) ||
  festivalPhrase(f) ||
  namedThing(text, f) ||
  waterOrIslandAfterPlacePreposition(text, f) ||
  coordinatedWord(text, f) ||
  verseOrClanPlace(text, f);

/**
 * Institutions and places a person's name is given to (某某医院, 某某机场, 某某广场), and the
 * power plants named after a place (某某嘎风电场, prog56-a). Not
 * story-names.ts BODY_END: that one drops a dotted name of most routes right before a body, firms
 * included; here only names by sight, also a character or two before the word, and firms are
 * FIRM_HEAD's (noun-phrases.ts), which reads the trade words before 公司 and 集团 too.
 */
const INSTITUTIONS =
  '医院|大学|学院|中学|小学|研究所|研究院|研究中心|基金会|博物馆|图书馆|体育场|体育馆|清真寺|教堂|机场|港口|大桥|广场|难民营|' +
  // 某某嘎风电场, 某某水电站, 某某岗农场: plants and farms are named after places, never after a
  // person's bare name.
  '风电场|电站|电厂|农场|林场|牧场';
const INSTITUTION = new RegExp(`^(?:${INSTITUTIONS})`);
const INSTITUTION_END = new RegExp(`(?:${INSTITUTIONS})$`);
/** 约翰·霍普金斯大学: the segmenter may read the place's word into the name's last part. */
export const endsInInstitution = (name: string) => INSTITUTION_END.test(name);
/** The longest word of INSTITUTIONS: what a test at one place needs to read of the text. */
const INSTITUTION_LENGTH = 4;

/** The name ends where a place it names begins, directly or after one or two non-verb characters. */
export function institutionAfter(text: string, end: number): boolean {
  for (let gap = 0; gap <= 2; gap++) {
    if (!INSTITUTION.test(text.slice(end + gap, end + gap + INSTITUTION_LENGTH))) continue;
    const between = text.slice(end, end + gap);
    return (
      /^\p{Script=Han}*$/u.test(between) &&
      // 的, 在, 是, a conjunction or a verb of going between them opens a clause or a phrase:
      // the name does not end where the institution's begins.
      !/[的在是和与及到去]/.test(between) &&
      tag(between).every((t) => !/^[vpdcu]/.test(t.tag))
    );
  }
  return false;
}

/**
 * 张江某科号卫星, 某某号科考船: 号 closes the name of a craft (a ship, a satellite, a train); given
 * names hardly end in it. 某某号称…: not before 称 (a person's claim).
 */
const craftName = (text: string, f: Found): boolean =>
  f.via === 'sight' &&
  f.end - f.start >= 3 &&
  f.name.endsWith('号') &&
  text[f.end] !== '称' &&
  !/[·・]/.test(f.name);

const DEMONSTRATIVE = /(这些|那些|这种|那种|这类|那类|这批|那批|各种|各类)$/;

const afterDemonstrative = (text: string, f: Found): boolean =>
  f.via === 'sight' && DEMONSTRATIVE.test(text.slice(Math.max(0, f.start - 2), f.start));

/** 在…的X中: 在 opens the frame within the clause, 的 right before the name, 中/里/内 after it. */
function insideLocativeFrame(text: string, f: Found): boolean {
  if (f.via !== 'sight' || text[f.start - 1] !== '的' || !/[中里内]/.test(text[f.end] ?? ''))
    return false;
  const clause = text.slice(Math.max(0, f.start - 14), f.start - 1);
  return /在[^，。；！？、]*$/.test(clause);
}

/** A model code: Latin capitals or a letter then digits (CRJ-900, A320), right after the name. */
const MODEL_CODE = /^(?:[A-Z]{2,}|[A-Za-z]-?\d)/;
const beforeModelCode = (text: string, f: Found): boolean =>
  f.via === 'sight' && MODEL_CODE.test(text.slice(f.end, f.end + 3));

/**
 * A three-character name by sight not all in foreign sounds: what a verb and its object, or a word
 * and the noun it modifies, may be read as. 扎米尔在…: a name all in foreign sounds is neither
 * (扎|米尔, though jieba's 米尔 is a word).
 */
function threeCharactersNotForeign(text: string, f: Found): boolean {
  if (f.via !== 'sight' || f.end - f.start !== 3) return false;
  const name = text.slice(f.start, f.end);
  return ![...name].every((_, k) => isForeignCharAt(name, k));
}

function verbAndObject(text: string, f: Found): boolean {
  if (!threeCharactersNotForeign(text, f)) return false;
  const from = Math.max(0, f.start - 2);
  const tokens = tag(text.slice(from, f.end + 1));
  let at = from;
  let k = 0;
  while (k < tokens.length && at < f.start) at += tokens[k++]!.word.length;
  const [verb, object] = [tokens[k], tokens[k + 1]];
  return (
    at === f.start &&
    verb?.word.length === 1 &&
    verb.tag === 'v' &&
    object?.word === text.slice(f.start + 1, f.end) &&
    // 甲、饶金山、乙: an "object" jieba tags a name and ending in a feature of the land (金山/nr) is
    // the given name of a surname (饶/v); 包汤圆 (汤圆/nr) stays a verb and its object.
    !(object.tag === 'nr' && ENDS_IN_FEATURE.test(object.word)) &&
    dictionaryFrequency(object.word) >= OBJECT_COUNT
  );
}

const DOCTRINE = /^(主义|理论|思想|学说)/;
function modifiesNoun(text: string, f: Found): boolean {
  if (!threeCharactersNotForeign(text, f)) return false;
  if (dictionaryFrequency(text.slice(f.start, f.start + 2)) < OPENING_WORD_COUNT) return false;
  const next = tag(text.slice(f.end, f.end + 4))[0];
  if (!next || next.tag !== 'n' || next.word.length < 2) return false;
  const { roles, occupations } = gazetteer();
  // 马克思主义, 某某思想: a doctrine named after its author (doctrine-authors.ts) is a person's.
  return !roles.has(next.word) && !occupations.has(next.word) && !DOCTRINE.test(next.word);
}

/** 段 opening a "name" right after a place name (某口段, 乙地段): a section of a river or a line. */
function sectionOfPlace(text: string, f: Found): boolean {
  if (text[f.start] !== '段' || f.start < 2) return false;
  const before = tag(text.slice(Math.max(0, f.start - 4), f.start)).at(-1);
  return before?.tag === 'ns' && before.word.length >= 2;
}

/** 谁 + a word (谁监管) is the pronoun; a dictionary word whose tail is a very common word (高水平). */
function pronounOrWord(f: Found): boolean {
  const rest = f.name.slice(1);
  if (f.name[0] === '谁') return isCommonWord(rest);
  return (
    f.name.length === 3 &&
    dictionaryFrequency(f.name) >= OBJECT_COUNT &&
    isCommonWord(rest) &&
    dictionaryFrequency(rest) >= COMMON_WORD_COUNT
  );
}
