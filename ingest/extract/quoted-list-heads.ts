/**
 * Quoted names listed with 、 share the program word printed after the last of them: 深入落实
 * “重点工作攻坚年”、“重大项目突破年”活动要求 carries out two campaigns, each an 活动; “甲”、“乙”和
 * “丙”工程 are three works. The last quote is read by the quote rules (programs.ts); the ones before
 * it take its program word only when nothing but a list's joint (、, 和, 及, 与) stands between the
 * quotes (a quote after a verb or a noun is a list of something else).
 */
import type { Mention } from './mentions.ts';
import { program } from './program-mention.ts';
import { ITEM_JOINTS } from '../text/function-words.ts';

/** A five-year period printed by its number (“十五五”). */
const PERIOD = /^[一二三四五六七八九十]+五$/;
const LIST_ITEM = new RegExp(`[“"]([^“”"\\n]{2,12})[”"][${ITEM_JOINTS}]$`, 'u');

/** `refused` is the program rules' own test, run on each item as if printed alone (“甲”活动). */
export function quotedListHeads(
  text: string,
  found: Mention[],
  refused: (m: Mention) => boolean,
): Mention[] {
  const out: Mention[] = [];
  for (const last of found) {
    const inner = /^[“"]([^“”"]+)[”"](\p{Script=Han}{1,6})$/u.exec(last.surface);
    if (!inner || last.name !== inner[1]! + inner[2]!) continue;
    const head = inner[2]!;
    let at = last.start;
    for (;;) {
      const item = LIST_ITEM.exec(text.slice(Math.max(0, at - 16), at));
      // pjunk61: 围绕“六个坚持”、“十五五”规划建议: a period's 规划 is its own plan, never shared with
      // an item that is no period (the principles before it), nor a period's with another's word.
      if (!item || PERIOD.test(item[1]!) !== PERIOD.test(inner[1]!)) break;
      const start = at - item[0].length;
      const surface = text.slice(start, start + item[1]!.length + 2);
      const p = program(item[1]! + head, surface, start, head);
      if (p && !refused({ ...p, surface: surface + head })) out.push(p);
      at = start;
    }
  }
  return out;
}
