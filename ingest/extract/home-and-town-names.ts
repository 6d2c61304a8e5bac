import { occurrencesOf } from '../text/occurrences.ts';

/**
 * Two tests of a name read by sight against the rest of its story (false-names.ts asks them): the
 * story prints it before a town's, a township's or a village's level word (为张某农民…, 张某镇), or
 * prints it alone where one reading glued 家 (home) to it (卓某家的二楼). Stop 50, blocal-l.
 */
/**
 * The story prints the "name" with a town's, a township's or a village's level word after it, not
 * the start of a role (王某华村长, 村民, 镇委: the person of that place).
 */
export function townElsewhere(text: string, name: string): boolean {
  for (const k of occurrencesOf(text, name)) {
    const level = text[k + name.length] ?? '';
    if (
      '镇乡村'.includes(level) &&
      level &&
      !/[长民委干主书支医]/.test(text[k + name.length + 1] ?? '')
    )
      return true;
  }
  return false;
}

/** Whether the story prints `name` somewhere not followed by `glued`. */
export function printedWithout(text: string, name: string, glued: string): boolean {
  for (const k of occurrencesOf(text, name)) if (text[k + name.length] !== glued) return true;
  return false;
}
