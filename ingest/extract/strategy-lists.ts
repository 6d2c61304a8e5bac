/**
 * lstrat63 (issue 13): a list of strategies out of quotes that shares one 战略 (大力实施创新驱动、科技
 * 强县、人才强县战略): each item is a strategy of its own, as 科教兴国、人才强国战略 are two. A quoted
 * list of place qualities (“生态立县、产业强县”发展战略) stays one strategy (slogan-campaigns.ts): the
 * quotes make the list one name. Items before the first place quality that the same 、 joins are read
 * where a verb of carrying out opens the list (创新驱动 above); the list's end is the quality match.
 */
import { programByForm as mention, type Mention } from './mentions.ts';

/** The carrying verb and the items up to the first quality: 实施创新驱动、 */
const OPENED = /(?:实施|推进|推动|坚持|落实|深化)((?:\p{Script=Han}{2,6}、){1,4})$/u;

/** The strategies of an unquoted list `items` ending in 战略 at `start` (`word` is 战略 or 发展战略). */
export function listedStrategies(
  text: string,
  items: string,
  start: number,
  word: string,
): Mention[] {
  const before = OPENED.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
  const out: Mention[] = [];
  let at = start - before.length;
  for (const item of [...before.split('、').filter(Boolean), ...items.split('、')]) {
    out.push(mention(`${item}${word}`, item, at, 'strategy'));
    at += item.length + 1;
  }
  return out;
}
