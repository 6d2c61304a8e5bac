/**
 * 村民李某住在山上, 居民王某坐在门口: a verb of posture or dwelling (住, 坐, 站, 躺, 睡, 蹲) glued
 * to a name's end by jieba (李某住/x) and followed by 在, 进 or 到 (住在, 住进, 坐到) is the
 * predicate, not the given name's last character: given names almost never end so, and the verb
 * with its preposition is the clause's (people61, invented sentences in the spec).
 */
import { surnameAt } from './names.ts';

const POSTURE_THEN_PLACE = /^[住坐站躺睡蹲][在进到]/;

/** The name without such a verb at its end: three characters of surname and given name only. */
export function withoutPostureVerb(
  text: string,
  i: number,
  name: string | undefined,
): string | undefined {
  if (!name || name.length !== 3 || surnameAt(text, i)?.length !== 1) return name;
  return POSTURE_THEN_PLACE.test(text.slice(i + 2, i + 4)) ? name.slice(0, 2) : name;
}
