/**
 * 哥总统某某, 伊总统某某: a one-character short form the country table leaves out or marks as
 * several states (哥: 哥伦比亚 or 哥斯达黎加; 伊: 伊朗 or 伊拉克) names one state in a story that
 * prints exactly one state beginning with that character in full (哥伦比亚外交部…召回…；…哥总统):
 * the story's own usage settles the short form, as readers do. The printed short title stays the
 * office's alias.
 */
import { gazetteer } from '../gazetteer/index.ts';
import type { PostTitle } from './posts.ts';
import { storyState } from '../resolve/bare-title-holds.ts';

/** Per first character, the one state the story prints in full beginning with it (else absent). */
export function storyStates(text: string): Map<string, string> {
  const { states, countryShort } = gazetteer();
  const byFirst = new Map<string, Set<string>>();
  for (const state of states) {
    const first = state[0]!;
    // 俄 → 俄罗斯 already: the table's one state is no story's to settle.
    if (state.length < 2 || countryShort.get(first) || !text.includes(state)) continue;
    (byFirst.get(first) ?? byFirst.set(first, new Set()).get(first)!).add(state);
  }
  const out = new Map<string, string>();
  for (const [first, names] of byFirst) {
    // 哥伦比亚 and 哥伦比亚共和国 are one state: the shortest name that all the others begin with.
    const shortest = [...names].sort((a, b) => a.length - b.length)[0]!;
    if ([...names].every((n) => n.startsWith(shortest))) out.set(first, shortest);
  }
  return out;
}

/**
 * The post with its one-character country (the last character before the role, after whatever
 * clause the canonical form cuts) spelt as the story's state, or undefined when no state of the
 * story begins with it. `canonical` must then leave exactly that state as the body.
 */
export function withStoryState<T extends PostTitle>(
  printed: PostTitle,
  states: Map<string, string>,
  canonical: (p: PostTitle) => T | undefined,
): (T & { short: string }) | undefined {
  const org = printed.organization;
  const state = states.get(org.at(-1) ?? '');
  if (!state || printed.label !== org + printed.role) return undefined;
  const body = org.slice(0, -1) + state;
  const post = canonical({ ...printed, organization: body, label: body + printed.role });
  if (!post || post.organization !== state) return undefined;
  return { ...post, short: org.at(-1)! + printed.role };
}

/**
 * 再度出任某国总理的某某公布了新政府名单，包括外交部长甲、经济与财政部长乙: a minister of joined
 * portfolios (经济与财政) printed without a state is no office of its own (resolve/posts.ts: the end
 * of a list cut from its country), but in a sentence naming exactly one foreign state it is that
 * state's ministry (pairs40: 经济与财政部长 of a French cabinet). The printed form stays an alias.
 */
export function withSentenceState<T extends PostTitle>(
  printed: PostTitle,
  sentence: string,
  canonical: (p: PostTitle) => T | undefined,
): (T & { short: string }) | undefined {
  const org = printed.organization;
  if (
    !/^副?部长$/.test(printed.role) ||
    !/[和与]/.test(org) ||
    printed.label !== org + printed.role
  )
    return undefined;
  const state = storyState(sentence);
  if (!state) return undefined;
  const body = state + org;
  const post = canonical({ ...printed, organization: body, label: body + printed.role });
  return post?.organization.startsWith(state) ? { ...post, short: printed.label } : undefined;
}
