/**
 * A state printed by its formal name is the state of its usual short name, so that one office is
 * one node: 法兰西共和国总统 is 法国总统, 阿尔及利亚民主人民共和国总统 阿尔及利亚总统, 厄立特里亚国总统
 * 厄立特里亚总统 (dups21: the formal name of a state visit's announcement beside the short one of
 * the talks, two nodes for one president on the cctv23y and cctv22u annotations).
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
/**
 * Two states share a root: the Congo's two republics are told apart in Chinese news by their
 * capitals' first characters (刚果（金）, 刚果（布）), not by 刚果 alone.
 */
const WHOLE_FORMAL: Record<string, string> = {
  刚果民主共和国: '刚果（金）',
  刚果共和国: '刚果（布）',
  // Formal names whose root is no short name of the gazetteer (dups34: cctv23n's 乌拉圭东岸共和国
  // 总统 beside 乌拉圭总统, two nodes for one office and one president).
  乌拉圭东岸共和国: '乌拉圭',
  大韩民国: '韩国',
  阿拉伯联合酋长国: '阿联酋',
  阿拉伯埃及共和国: '埃及',
  斯里兰卡民主社会主义共和国: '斯里兰卡',
  坦桑尼亚联合共和国: '坦桑尼亚',
};
/**
 * The words of a formal name after the root, longest first where one ends another (民主人民共和国
 * before 人民共和国). A bare 国 after a state's short name (厄立特里亚国, 以色列国) is its formal
 * name too; 孟加拉国 and 蒙古国, the usual names, come back through countryName's own forms.
 */
const REPUBLICS =
  '民主主义人民共和国|民主人民共和国|人民共和国|联邦民主共和国|民主共和国|联邦共和国|伊斯兰共和国|阿拉伯共和国|社会主义共和国|玻利瓦尔共和国|共和国';
const FORMAL_STATE = new RegExp(
  `^(.{2,12}?)(?:${REPUBLICS}|合众国|联合王国|哈希姆王国|联邦|王国|大公国|苏丹国|多民族国|国)(政府)?$`,
);

/** The short name of a state printed by its formal name (俄罗斯联邦 → 俄罗斯), or undefined. */
export function formalState(org: string): string | undefined {
  // 泰王国 is 泰国: a kingdom named by one character and 王国.
  const kingdom = /^(\p{Script=Han})王国(政府)?$/u.exec(org);
  if (kingdom && g.countries.has(kingdom[1] + '国')) return kingdom[1] + '国' + (kingdom[2] ?? '');
  for (const [formal, short] of Object.entries(WHOLE_FORMAL))
    if (org === formal || org === formal + '政府') return short + org.slice(formal.length);
  const m = FORMAL_STATE.exec(org);
  if (!m) return formalBefore(org);
  const short = shortName(m[1]!);
  return short && short + (m[2] ?? '');
}

/** The usual name of a state from the root of its formal name (法兰西 → 法国, 俄罗斯 → 俄罗斯). */
const shortName = (root: string): string | undefined =>
  FORMAL_ROOT[root] ?? (g.countries.has(root) ? root : undefined);

/**
 * A state's formal name before one of its organs (朝鲜民主主义人民共和国国务委员长 beside 朝鲜国务
 * 委员长: cctv26g): the short name and the organ. Only the republics' and kingdoms' words (联邦 and a
 * bare 国 start organs' names: 俄罗斯联邦委员会, 以色列国防部), only before a state organ (the
 * armed forces keep their printed name, 某国伊斯兰共和国军队), and not China's (its offices have
 * their own national names, posts.ts).
 */
const FORMAL_BEFORE = new RegExp(
  `^(.{2,12}?)(?:${REPUBLICS}|合众国|联合王国|王国)((?:国务|政府|总统|总理|国会|议会|国民议会|最高人民会议|外交部|国防部).*)$`,
);
function formalBefore(org: string): string | undefined {
  const m = FORMAL_BEFORE.exec(org);
  if (!m || m[1] === '中华') return undefined;
  const short = shortName(m[1]!);
  return short && short + m[2]!;
}
