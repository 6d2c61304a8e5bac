/**
 * 镇党委书记某某 in a story about one town (长征镇领导开展走访慰问 … 镇党委书记甲, 镇党委副书记、镇长乙):
 * local news names its town or street once and then writes the town's offices bare. As for a
 * village (posts-in-village.ts) and a county (posts-in-county.ts), a bare town title is the office
 * of the one town of that level the story names, the bare form as printed an alias; with two
 * towns or none it stays as it was (posts-at-home.ts: a role, one node would serve every town).
 */
import type { PostTitle } from './facts.ts';
import { parsePostChain } from './posts.ts';
import { startsWithPlace } from './places.ts';
import { dictionaryFrequency } from '../text/segmenter.ts';

/**
 * A town's name as local news prints it with one of its bodies or leaders right after: 长征镇党委,
 * 城郊乡政府, 公园街道党工委, 某镇领导. The body after it keeps words ending in 镇 (城镇, 乡镇) out.
 */
const TOWN =
  /(\p{Script=Han}{2,3}?)(镇|乡|街道)(?=党委|党工委|政府|人大|纪委|领导|镇长|乡长|办事处|[，,。：:\s])/gu;

const FUNCTION_CHAR = /[在到赴于从向对和与及由为经]/;
/** Verbs printed before a town's bare body (代表镇党委、镇政府, 会同镇政府): no town's name. */
const NOT_TOWN =
  /^(?:代表|受邀|联合|协调|配合|会同|组织|通过|经过|来自|来到|前往|走进|深入|走访|慰问|邀请|协助|指导|督促|要求)$/;

/** The towns a text names, by level word (镇, 乡, 街道). */
export function townsIn(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of text.matchAll(TOWN)) {
    const [, read, level] = m as unknown as [string, string, string];
    // 在北河镇党委: a preposition or conjunction before the name is no part of it.
    const name = read.length === 3 && FUNCTION_CHAR.test(read[0]!) ? read.slice(1) : read;
    // 各乡镇, 城镇, 全镇: a word or a count of towns, no town's name; 代表镇党委: a verb before
    // the bare body.
    if (/[乡镇各全本该每城集村]/.test(name) || NOT_TOWN.test(name.slice(-2))) continue;
    if (dictionaryFrequency(name + level) > 0) continue;
    if (dictionaryFrequency(name.slice(-1) + level) > 0 && name.length === 2) continue;
    out.set(level, (out.get(level) ?? new Set()).add(name + level));
  }
  return out;
}

/** A town's office printed bare: 镇党委书记, 镇长, 副镇长, 乡人大主席, 街道党工委书记. */
const BARE_TOWN =
  /^(?:(?:常务)?副?(镇|乡)长|(镇|乡|街道)(?:党委|党工委|政府|人大|纪委|办事处)\p{Script=Han}*)$/u;

/** The office of the story's one town of its level for a bare town title, else the post itself. */
export function atTown(post: PostTitle, towns: () => Map<string, Set<string>>): PostTitle {
  if (post.occupation) return post;
  const m = BARE_TOWN.exec(post.printed);
  if (!m) return post;
  const level = m[1] ?? m[2]!;
  const names = towns().get(level);
  if (names?.size !== 1) return post;
  const town = [...names][0]!;
  // 镇长 → 某镇镇长 (the town, then its head); 镇党委书记 → 某镇党委书记.
  const printed = m[1] ? town + post.printed : town + post.printed.slice(level.length);
  const [inTown] = parsePostChain([printed], startsWithPlace);
  return inTown?.organization.startsWith(town)
    ? { ...inTown, former: post.former, levelForm: post.printed }
    : post;
}
