/**
 * 由副县长王一明任组长, 副县长王明任指挥长: the verb 任 (serve as) right after a name and before
 * a role word is no last character of the name, though 任 is a surname and a given name's
 * character too; the name reader ran it on (王明任). What the person serves as is a predicate,
 * no title printed before the name (lpairs52-l). General rule of Chinese news style.
 */
import { levelClass, PROVINCE_TO_COUNTY } from '../text/level-words.ts';
import { roles } from './role-words.ts';
import { isPlausibleName, NOT_IN_GIVEN_NAME, PERSON_NAME_SHAPE, surnameLengthOf } from './names.ts';

const DEPUTY = /^(?:常务副|副|总)/;

/**
 * 区长徐军率代表团来遂考察: jieba's HMM glues 率 (lead) onto a two-character name it does not know
 * (徐军率/x) before the group led; 率 opens the predicate (blocal-h). A group: a delegation, team or
 * squad, or the officials of a body (率市直有关部门负责人).
 */
const GROUP_LED = new RegExp(
  `^(?:(?:党政|经贸|招商)?(?:代表|考察|调研|观摩|参访|工作)?团|(?:调研|工作|检查|督导|督查|考察|考核)组|队|(?:相关|有关|部分|全体)|${levelClass(PROVINCE_TO_COUNTY)}(?:直|委|政府|级|有关|相关))`,
);

/** The name without a 率 or 携 that opens the predicate 率 + the group led. */
export function withoutLeadVerb(text: string, start: number, name: string | undefined) {
  if (!name || name.length !== 3 || !/[率携]$/.test(name)) return name;
  if (!GROUP_LED.test(text.slice(start + 3, start + 9))) return name;
  const short = name.slice(0, -1);
  return isPlausibleName(short, surnameLengthOf(short)) || titledWordName(short) ? short : name;
}

/**
 * 副主任岳阳率调研组 (lthings63-l): a surname and one character that also read as a word, here a
 * city's name (岳阳), still name the one who leads: this reader runs after a title, and 率 + the
 * group led closes the slot on both sides, so the word's frequency (isPlausibleName's test) says
 * nothing against it. Only characters that never end a given name are refused.
 */
function titledWordName(short: string): boolean {
  return (
    short.length === 2 &&
    surnameLengthOf(short) === 1 &&
    PERSON_NAME_SHAPE.test(short) &&
    !NOT_IN_GIVEN_NAME.has(short[1]!)
  );
}

/** The name without a 任 that opens the predicate 任 + a role word. */
export function withoutServeAs(text: string, start: number, name: string | undefined) {
  if (!name || name.length < 3 || !name.endsWith('任')) return name;
  const after = start + name.length;
  const rank = DEPUTY.exec(text.slice(after, after + 3))?.[0].length ?? 0;
  if (!roles.longestAt(text, after + rank)) return name;
  const short = name.slice(0, -1);
  return isPlausibleName(short, surnameLengthOf(short)) ? short : name;
}
