/**
 * Roll calls: "市领导甲、乙、丙参加", "市领导甲、乙等列席会议", "出席会议的还有省领导甲、乙". The
 * people are named as a body's leaders, with no post of their own printed, so none is recorded.
 */
import { levelClass, CITY_TO_TOWNSHIP } from '../text/level-words.ts';
import { hasSurnameAt, isNameInContext, surnameLengthOf } from './names.ts';
import { districtInfo } from './places.ts';

const BODY = '(?:市|省|区|县|州|自治区|盟|旗)?(?:委|政府)?领导(?:同志)?';
/** A name (five characters for a Mongolian one: 宝音满都呼), or a two-character one padded with a space to a column's width (李 明: spaced-names.ts). */
const ITEM = '(?:\\p{Script=Han}{2,5}|\\p{Script=Han}[ \\u3000]{1,2}\\p{Script=Han})';
const NAMES = `((?:${ITEM}、)*${ITEM})`;
/** Before a verb the last name is lazy: 丙等列席 names 丙, not 丙等. */
const NAMES_BEFORE_VERB = `((?:${ITEM}、)*\\p{Script=Han}{2,4}?)`;
/**
 * 省领导甲、乙，省军区司令员丙出席: a list of two or more leaders ended by a comma, where a titled
 * person joins the roll call before its verb.
 */
const LISTED = `((?:${ITEM}、)+\\p{Script=Han}{2,4})(?=[，,])`;
/**
 * 县领导甲、乙及相关部门同志一道…: the leaders' list ends where 及 (和, 与) joins a group of
 * unnamed people (相关部门, 有关单位负责人, 各乡镇…) or the level's offices (旗政府办、…局) to it
 * (lpairs52-l, blocal-i).
 */
const WITH_GROUP = `(?:以及|及|和|与)(?:相关|有关|部分|各|全体|其他|${levelClass(CITY_TO_TOWNSHIP + '旗')}(?:直|级|委|政府|人大|政协))`;
/**
 * 县领导甲、乙、丙等到某园区调研: 等 then a visit's verb closes the roll too (lpeople56); only after
 * 等, which ends the list, so that a name's last character is never read as the verb's.
 */
const VISIT = '等(?:同志)?(?:到|赴|前往|深入|来到|走进|调研|视察|察看|检查|看望|慰问|督导)';
const ROLL_CALL = new RegExp(
  `${BODY}${NAMES_BEFORE_VERB}(?:(?:等(?:同志)?)?(?:参加|出席|列席|陪同|参会|到会|一同)|${VISIT}|(?:等(?:同志)?)?(?=${WITH_GROUP}))|(?:出席|参加|列席)(?:会议|活动|仪式|调研)?的(?:还)?有${BODY}${NAMES}|(?:出席|参加|列席)(?:会议|活动|仪式|调研)?的${BODY}(?:还)?有${NAMES}|${BODY}${LISTED}`,
  'gu',
);

/**
 * 区领导甲，区级有关部门负责人随同; 市领导甲及乙一行到… (local44): one leader ended by a comma, or two
 * joined by 及/和/与 before 一行, 等 or a pause or verb.
 */
const SHORT_CALL = new RegExp(
  `${BODY}(\\p{Script=Han}{2,3}?)(?:(?:及|和|与)(\\p{Script=Han}{2,3}?))?(?=[，,]|一行|等|参加|出席|陪同|参会)`,
  'gu',
);

/**
 * An item of a roll that the name model refuses as words: a one-character surname and a given name
 * of one or two characters, no place's name, no character that closes a body or a list (局, 委, 等).
 */
const rollName = (name: string) =>
  /^\p{Script=Han}{2,3}$/u.test(name) &&
  surnameLengthOf(name) === 1 &&
  !districtInfo(name, true) &&
  !/[等及和与的县市区镇乡村局委办部厅处科队所站]/u.test(name.slice(1));

/** A person named in a roll call, as people.ts records it (typed here: people.ts imports this file). */
export interface RollCallName {
  name: string;
  start: number;
  end: number;
  posts: never[];
  via: 'roll-call';
}

/** `known`: where people already found are named (a roll call does not name them twice). */
export function rollCalls(
  text: string,
  known: readonly { start: number }[],
  /** Filled with where a known name of a roll stands, and the name (程明星). */
  vouched?: Map<number, string>,
): RollCallName[] {
  if (!text.includes('领导')) return [];
  const out: RollCallName[] = [];
  const taken = new Set(known.map((p) => p.start));
  // A name padded with a space (李 明) is read without it; its span is the printed one.
  const add = (printed: string, at: number, inRoll = false) => {
    const name = printed.replace(/[ \u3000]/g, '');
    const named = isNameInContext(name) || (inRoll && rollName(name));
    // found already by a rule: in a roll the roll's reading is kept (a later filter read the
    // name's words, 程明星's 明星, and dropped it: blocal-f)
    if (inRoll && hasSurnameAt(name, 0) && named && taken.has(at)) vouched?.set(at, name);
    if (hasSurnameAt(name, 0) && named && !taken.has(at)) {
      out.push({ name, start: at, end: at + printed.length, posts: [], via: 'roll-call' });
      taken.add(at);
    }
  };
  for (const m of text.matchAll(ROLL_CALL)) {
    const list = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    const items = list.split('、');
    // In a roll of three or more where most items read as names, an item with a surname that
    // reads as words (程明星: 明星, a star) is a leader's name too: the roll says so (blocal-f).
    const read = items.filter((i) => isNameInContext(i.replace(/[ \u3000]/g, ''))).length;
    const roll = items.length >= 3 && read * 2 > items.length;
    let at = m.index + m[0].indexOf(list);
    for (const printed of items) {
      add(printed, at, roll);
      at += printed.length + 1;
    }
  }
  for (const m of text.matchAll(SHORT_CALL)) {
    const first = m[1]!;
    const at = m.index + m[0].length - first.length - (m[2] ? m[2].length + 1 : 0);
    add(first, at);
    if (m[2]) add(m[2], m.index + m[0].length - m[2].length);
  }
  return out;
}
