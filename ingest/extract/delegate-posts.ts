/** A bare delegate word after a name (赵某某代表): which delegate post it is (./index.ts). */
import type { PersonFinding } from './facts.ts';

/** The body a bare delegate word belongs to (委员 alone is a 政协 member); '' = any body. */
const DELEGATE_BODY: Record<string, string> = { 委员: '政协', 常委: '政协' };

/**
 * "赵某某代表" in a story about a congress: the delegate post that the story's other delegates
 * hold (全国人大代表), when exactly one such post is printed. "钱某某委员" is a member of a
 * political consultative conference (全国政协委员), never of the Politburo named in the story;
 * with no such post printed it keeps its bare 委员, as 常委 does.
 */
export function delegatePost(people: PersonFinding[], word: string): PersonFinding['posts'] {
  const body = DELEGATE_BODY[word] ?? '';
  const posts = new Map<string, PersonFinding['posts'][number]>();
  for (const p of people)
    for (const post of p.posts)
      if (post.label.endsWith(word) && post.label.includes(body)) posts.set(post.label, post);
  if (posts.size === 1) return [...posts.values()];
  // 某某常委建议, 某某委员发言说 in a session's list of speeches: the member's title as printed,
  // with no body (the Politburo's 常委 or 委员 named in the same story is not theirs; people58-t,
  // people59-a: a conference's fourteen speakers printed as 某某委员发言说 had no post).
  return word === '常委' || word === '委员'
    ? [{ label: word, printed: word, organization: '', role: word, former: false }]
    : [];
}
