/**
 * Roll calls: "市领导甲、乙、丙参加", "市领导甲、乙等列席会议", "出席会议的还有省领导甲、乙". The
 * people are named as a body's leaders, with no post of their own printed, so none is recorded.
 */
import { hasSurnameAt, isNameInContext } from './names.ts';

const BODY = '(?:市|省|区|县|州|自治区|盟|旗)?(?:委|政府)?领导(?:同志)?';
/** A name, or a two-character one padded with a space to a column's width (李 明: spaced-names.ts). */
const ITEM = '(?:\\p{Script=Han}{2,4}|\\p{Script=Han}[ \\u3000]{1,2}\\p{Script=Han})';
const NAMES = `((?:${ITEM}、)*${ITEM})`;
/** Before a verb the last name is lazy: 丙等列席 names 丙, not 丙等. */
const NAMES_BEFORE_VERB = `((?:${ITEM}、)*\\p{Script=Han}{2,4}?)`;
/**
 * 省领导甲、乙，省军区司令员丙出席: a list of two or more leaders ended by a comma, where a titled
 * person joins the roll call before its verb.
 */
const LISTED = `((?:${ITEM}、)+\\p{Script=Han}{2,4})(?=[，,])`;
const ROLL_CALL = new RegExp(
  `${BODY}${NAMES_BEFORE_VERB}(?:等(?:同志)?)?(?:参加|出席|列席|陪同|参会|到会|一同)|(?:出席|参加|列席)(?:会议|活动|仪式|调研)?的(?:还)?有${BODY}${NAMES}|${BODY}${LISTED}`,
  'gu',
);

/** A person named in a roll call, as people.ts records it (typed here: people.ts imports this file). */
export interface RollCallName {
  name: string;
  start: number;
  end: number;
  posts: never[];
  via: 'roll-call';
}

/** `known`: where people already found are named (a roll call does not name them twice). */
export function rollCalls(text: string, known: readonly { start: number }[]): RollCallName[] {
  if (!text.includes('领导')) return [];
  const out: RollCallName[] = [];
  const taken = new Set(known.map((p) => p.start));
  for (const m of text.matchAll(ROLL_CALL)) {
    const list = m[1] ?? m[2] ?? m[3]!;
    let at = m.index + m[0].indexOf(list);
    for (const printed of list.split('、')) {
      const name = printed.replace(/[ \u3000]/g, '');
      if (hasSurnameAt(name, 0) && isNameInContext(name) && !taken.has(at))
        out.push({ name, start: at, end: at + printed.length, posts: [], via: 'roll-call' });
      at += printed.length + 1;
    }
  }
  return out;
}
