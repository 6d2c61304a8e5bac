/**
 * States printed by their formal names (法兰西共和国, 俄罗斯联邦, 约旦哈希姆王国, 厄立特里亚国):
 * the office of such a state is the office of its usual short name (posts.ts).
 */
import { gazetteer } from '../gazetteer/index.ts';

const g = gazetteer();

/** Formal names of states whose root is not the short name (general knowledge). */
const FORMAL_ROOT: Record<string, string> = {
  法兰西: '法国',
  德意志: '德国',
  美利坚: '美国',
  大不列颠及北爱尔兰: '英国',
  中华: '中国',
};
const FORMAL_STATE =
  /^(.{2,12}?)(?:人民共和国|联邦民主共和国|民主共和国|联邦共和国|伊斯兰共和国|阿拉伯共和国|社会主义共和国|合众国|联合王国|哈希姆王国|共和国|联邦|王国|大公国|苏丹国)(政府)?$/;

/** The short name of a state printed by its formal name (俄罗斯联邦 → 俄罗斯), or undefined. */
export function formalState(org: string): string | undefined {
  // 泰王国 is 泰国: a kingdom named by one character and 王国.
  const kingdom = /^(\p{Script=Han})王国(政府)?$/u.exec(org);
  if (kingdom && g.countries.has(kingdom[1] + '国')) return kingdom[1] + '国' + (kingdom[2] ?? '');
  // 厄立特里亚国 is 厄立特里亚: a state's usual name and 国, where that is not its usual name (蒙古国).
  const guo = /^(.{2,12})国(政府)?$/.exec(org);
  if (guo && g.countries.has(guo[1]!) && !g.countries.has(org)) return guo[1]! + (guo[2] ?? '');
  const m = FORMAL_STATE.exec(org);
  if (!m) return undefined;
  const short = FORMAL_ROOT[m[1]!] ?? (g.countries.has(m[1]!) ? m[1]! : undefined);
  return short && short + (m[2] ?? '');
}
