/**
 * 镇党委书记某某 in a story about one town (issue 11, round local44, on local government news): a
 * town's, township's or street's own site names it once (长征镇领导开展…, 公园街道党工委书记某甲)
 * and then writes its offices bare (镇党委书记, 镇长, 街道党工委副书记). As for a village
 * (posts-in-village.ts), a bare township title is the office of the one town of that level the
 * story names, the bare form as printed an alias (as the golds quote it); with two towns or none
 * it stays the person's role (posts-at-home.ts: no office shared by every town).
 */
import type { PostTitle } from './facts.ts';
import { parsePostChain } from './posts.ts';
import { startsWithPlace } from './places.ts';
import { tag } from '../text/segmenter.ts';

/**
 * A town named with its own body or leaders right after it: 长征镇领导, 城郊乡党委, 公园街道党工委,
 * 常乐镇镇长. Two characters (three before 街道) after a pause, a list mark or a county-level
 * name's last character or a conjunction, so no verb or word of the clause is taken in (到公园街道 → 公园街道).
 */
const TOWN =
  /(?<=^|[^\p{Script=Han}]|[区县市、和与及])(\p{Script=Han}{2}(?:镇|乡)|\p{Script=Han}{2,3}街道)(?=党委|党工委|人民政府|政府|人大|纪委|办事处|领导|[镇乡]长)/gu;
/** Words ending in 镇 or 乡 that name no town (乡镇, 城镇, 全镇, 各乡, 本镇…). */
const NOT_TOWN =
  /^(?:[全各本该每两多][\p{Script=Han}]?|城|乡|村|集|重|古|小|名|市)[镇乡]$|^(?:城乡|乡镇)/u;

/**
 * 代表镇党委、镇政府送去祝福: a verb or a verb's noun before a bare 镇党委 (代表/n, 发展/vn) is no
 * town's name.
 */
const VERB_NOUN = /^(代表|指导|领导|经过|通过|协助|配合|督促|会同|带领|帮助|支持|组织)$/;
function verbBefore(town: string): boolean {
  const name = town.slice(0, town.endsWith('街道') ? -2 : -1);
  const words = tag(name);
  return VERB_NOUN.test(name) || (words.length === 1 && /^(v|vn|vd|p|d|c|r)$/.test(words[0]!.tag));
}

/** Per level (镇, 乡, 街道): the towns a text names with their bodies. */
export function townsIn(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (!/[镇乡]|街道/.test(text)) return out;
  for (const m of text.matchAll(TOWN)) {
    const town = m[1]!;
    if (NOT_TOWN.test(town) || verbBefore(town)) continue;
    const level = town.endsWith('街道') ? '街道' : town.at(-1)!;
    out.set(level, (out.get(level) ?? new Set()).add(town));
  }
  return out;
}

/** A township's office printed bare: 镇党委书记, 乡长, 镇人大主席, 街道党工委副书记, 办事处主任 no. */
const BARE_TOWN_TITLE = /^(?:(镇|乡|街道)(?:党委|党工委|人大|政府|纪委)|(?:常务)?副?([镇乡])长$)/;

/** The office of the story's one town of its level for a bare township title, else the post. */
export function atTown(post: PostTitle, towns: Map<string, Set<string>>): PostTitle {
  if (post.occupation || towns.size === 0) return post;
  const m = BARE_TOWN_TITLE.exec(post.printed);
  if (!m) return post;
  const level = m[1] ?? m[2]!;
  const names = towns.get(level);
  if (!names || names.size !== 1) return post;
  const town = [...names][0]!;
  // 镇党委书记 → 某镇党委书记; 镇长 → 某镇镇长 (the chain's own reading of 某镇党委副书记、镇长).
  const printed = m[1] ? town + post.printed.slice(level.length) : town + post.printed;
  const [inTown] = parsePostChain([printed], startsWithPlace);
  return inTown && inTown.organization.startsWith(town)
    ? { ...inTown, former: post.former, levelForm: post.printed }
    : post;
}

/** 镇党委书记某某: a story's reader of bare township titles; its towns are read once, at need. */
export function townReader(text: string) {
  let towns: Map<string, Set<string>> | undefined;
  return { at: (post: PostTitle) => atTown(post, (towns ??= townsIn(text))) };
}
