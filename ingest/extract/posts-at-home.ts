/**
 * A post title in the story's home area (posts.ts parses the titles): the office named with its
 * province or municipality, and a township's bare title as the person's role.
 */
import { gazetteer } from '../gazetteer/index.ts';
import { tag } from '../text/segmenter.ts';
import type { PostTitle } from './facts.ts';
import { startsWithPlace } from './places.ts';

/** Bodies of a city or province the alias table lists by their level word (市经信委, 市教委). */
const LISTED = gazetteer().orgCanonical;

/** Roles that name their own organisation (市长 = head of the city government; 代市长 acting). */
export const SELF_CONTAINED = /^(常务|代理?)?副?(市长|区长|县长|省长|镇长|乡长|州长|旗长|盟长)$/;

/**
 * 自治区党委常委、常务副主席: after an autonomous region's 党委 a bare 主席 is the region's
 * government chair, as 省长 is a province's (blocal-j gave the 党委 a 常务副主席).
 */
export const regionChair = (part: string, base: string) =>
  /^(常务|代理?)?副?主席$/.test(part) && /自治区党委$/.test(base);

/**
 * One post per office whatever the prefix: in a story about Chongqing, 市委副书记 and
 * 中共重庆市委副书记 are the 重庆市委副书记 the story also prints, and a bare 市长 is 重庆市市长.
 * Each area's office is its own (省委书记 of one province is not another's), so the label names
 * the area; the forms printed and the level form a local story writes (市委副书记) are aliases.
 * `home` is the story's province or municipality (重庆市, 四川省).
 */
export function atHome(post: PostTitle, home: string | undefined): PostTitle {
  if (post.occupation) return post;
  // 乡人大主席 in a story with no home area: which township's is not said, so the person's role
  // only (one node would be shared by every township).
  if (!home) return isBareLevel(post) ? { ...post, role: post.label, occupation: true } : post;
  // The level word a local story writes alone: 市委, 省委, 自治区党委.
  const level = /(自治区|特别行政区|省|市)$/.exec(home)?.[1] ?? home.at(-1)!;
  const org = post.organization;
  // An autonomous region is headed by its 主席: a 区长 in a story at home there heads a district.
  const head = level === '自治区' ? '主席' : level.at(-1)! + '长';
  if (!org && SELF_CONTAINED.test(post.role) && post.role.endsWith(head)) {
    // 某市委副书记、市长 already reads 某市市长 from its chain: the home is not named twice, nor
    // put before another area the chain named (某省委副书记、代省长 in a story at home elsewhere).
    const label =
      post.label.startsWith(home) || post.label !== post.role ? post.label : home + post.label;
    return { ...post, label, organization: home, levelForm: post.role };
  }
  const prefix = [`中共${home}`, home].find((p) => org.startsWith(p)) ?? levelBody(org, level);
  if (!prefix) return post;
  // A bare 市 or 省 is no organisation: 重庆市市长 is 市长 of 市政府.
  if (org.slice(prefix.length) === '' && prefix !== level) return post;
  const rest = org.slice(prefix.length) + post.label.slice(org.length);
  const organization = home + org.slice(prefix.length);
  // 浙江省金华市浦江县委常委: a place of its own after the home (金华市) heads the body; no story
  // writes 省金华市…, so the level form is only the home's own body's (省委, 省政府).
  if (startsWithPlace(org.slice(prefix.length)))
    return { ...post, label: home + rest, organization };
  // 佛山市市委常委 at home in 佛山市: its level form is 市委常委, not 市市委常委.
  const levelForm = rest.startsWith(level) ? rest : level + rest;
  return { ...post, label: home + rest, organization, levelForm };
}

/**
 * A township's title with no township named (乡人大主席, 镇党委书记, 乡长): a role. Province, city
 * and county titles stay offices (the held-out floors and 省委常委 after a province named in the
 * story read them so).
 */
function isBareLevel(post: PostTitle): boolean {
  // 某镇党委副书记、镇长: the chain names the town (某镇镇长, posts.ts headOf), so it is that office.
  if (!post.organization)
    return (
      /^(常务)?副?(乡长|镇长)$/.test(post.role) && !/[乡镇](?:常务)?副?[乡镇]长$/.test(post.label)
    );
  return ['乡', '镇'].some(
    (level) => post.organization === level || !!levelBody(post.organization, level),
  );
}

/** The level word that starts a body of the area (市委, 省政府), not a word (市场监管总局). */
export function levelBody(org: string, level: string): string | undefined {
  if (!org.startsWith(level) || org === level) return undefined;
  // jieba reads some listed short forms past the level word (市经|信委, 市教委): the table knows.
  if (LISTED.has(org)) return level;
  const first = tag(org)[0]!.word;
  return first === level || /^(委|政府|人大|政协|纪委|监委|党委)/.test(first.slice(level.length))
    ? level
    : undefined;
}
