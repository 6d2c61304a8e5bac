/**
 * 区委副书记、区长某某 in a story about one district: local news names its district once (九龙坡区：…,
 * 某区委书记某某) and then writes its bodies bare (区委, 区长, 县农业农村委). A bare 区 or 县 title is
 * the office of the one county-level district of that kind the story names; with two or none it
 * stays as printed (which district is not said). Province and city homes are posts-at-home.ts's.
 */
import type { PostTitle } from './facts.ts';
import type { Mention } from './mentions.ts';
import { districtInfo, startsWithPlace } from './places.ts';
import { parsePostChain } from './posts.ts';

const COUNTY_LEVELS = new Set(['district', 'county', 'autonomous-county']);

/** Per level word (区, 县): the story's one county-level district of that kind, if only one. */
export function storyCounties(mentions: Mention[]): Map<string, string> {
  const byLevel = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type !== 'district' || !COUNTY_LEVELS.has(districtInfo(m.name)?.level ?? '')) continue;
    const level = m.name.at(-1)!;
    if (level !== '区' && level !== '县') continue;
    byLevel.set(level, (byLevel.get(level) ?? new Set()).add(m.name));
  }
  const out = new Map<string, string>();
  for (const [level, names] of byLevel) if (names.size === 1) out.set(level, [...names][0]!);
  return out;
}

/** The post of the story's district for a bare 区/县 title (区委副书记 → 某区委副书记), else itself. */
export function atCounty(post: PostTitle, counties: Map<string, string>): PostTitle {
  if (post.occupation || counties.size === 0) return post;
  const rank = /^(常务)?副?/.exec(post.printed)![0];
  const bare = post.printed.slice(rank.length);
  const county = counties.get(bare[0] ?? '');
  if (!county) return post;
  // 区长, 副区长: the head of the district's government, printed with its name (某区副区长).
  const head = /^[区县]长$/.test(bare);
  if (!head && !(rank === '' && BARE_BODY.test(bare))) return post;
  const printed = head ? county + post.printed : county + bare.slice(1);
  const [inCounty] = parsePostChain([printed], startsWithPlace);
  return inCounty ? { ...inCounty, former: post.former, levelForm: post.printed } : post;
}

/** A district's or county's body written bare: 区委, 县政府, 区人大常委会, 县农业农村委, 区教委. */
const BARE_BODY = /^[区县](委|政府|人大|政协|纪委|监委|\p{Script=Han}{1,8}?(委|局|办|中心))/u;
