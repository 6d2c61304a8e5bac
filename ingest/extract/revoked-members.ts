/**
 * Members whose seat a body takes away (names40, issue 11): "撤销甲、乙政协第十四届全国委员会委员
 * 资格", "罢免丙的第十四届全国人民代表大会代表职务", "终止丁的全国人大代表资格", "免去戊同志
 * 第十四届全国政协某某委员会副主任职务" (a committee's chair taken away). The decision's
 * formula frames the names exactly: each item of the list between the verb and the seat opens with
 * a surname, so a given name that is also a word (立志) is read as the name it is there. No post
 * is recorded (the seat is lost, not held); the names are typed as a roll call's (people.ts takes
 * them as printed).
 */
import { levelClass, PROVINCE_TO_COUNTY_AND_PREFECTURE } from '../text/level-words.ts';
import { hasSurnameAt } from './names.ts';
import type { RollCallName } from './roll-call.ts';

const REVOKED = new RegExp(
  '(?:撤销|罢免|终止|取消|免去)((?:\\p{Script=Han}{2,4}、)*\\p{Script=Han}{2,4}?)(?:同志)?的?' +
    `(?=(?:政协|第[一二三四五六七八九十]+届|全国人大|全国人民代表大会|(?:${levelClass(PROVINCE_TO_COUNTY_AND_PREFECTURE)}|自治区)人大)` +
    '[^，。；]{0,24}?(?:(?:代表|委员)(?:资格|职务)|[主副]\\p{Script=Han}{0,3}职务))',
  'gu',
);

export function revokedMembers(text: string, known: readonly { start: number }[]): RollCallName[] {
  if (!/撤销|罢免|终止|取消|免去/.test(text)) return [];
  const out: RollCallName[] = [];
  for (const m of text.matchAll(REVOKED)) {
    const items = m[1]!.split('、');
    let at = m.index + m[0].indexOf(m[1]!);
    if (!items.every((item) => item.length <= 3 && hasSurnameAt(item, 0))) continue;
    for (const name of items) {
      if (!known.some((k) => k.start === at))
        out.push({ name, start: at, end: at + name.length, posts: [], via: 'roll-call' });
      at += name.length + 1;
    }
  }
  return out;
}
