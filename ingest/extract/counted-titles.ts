/**
 * 甲、乙等4名县直单位负责人代表作交流发言, 甲等3位镇党委书记: local news counts the people of a list and
 * prints their common title after the count; each listed name holds it (lpairs52-l). 代表 after
 * the title picks speakers among them, no part of the office. General rule of news style.
 */
import type { PersonFinding, PostTitle } from './facts.ts';
import { parsePostChain } from './posts.ts';
import { startsWithPlace } from './places.ts';
import { roleSuffix } from './role-words.ts';
import { foreignPostAfterName } from './leader-titles.ts';

/** Bare titles of a foreign government that titleAt splits at 副 (organization 副, role 首相). */
const BARE_FOREIGN = /^副?(?:总理|总统|首相)$/;
const bare = (title: string): PostTitle => ({
  label: title,
  printed: title,
  organization: '',
  role: title,
  former: false,
});
const COUNTED = /等[0-9０-９一二三四五六七八九十两]{1,3}[名位]/gu;
const LONGEST = 12;

/** The title printed right at `at`: the longest run that ends in a role and reads as a post. */
export function titleAt(text: string, at: number): PostTitle | undefined {
  const run = /^\p{Script=Han}+/u.exec(text.slice(at, at + LONGEST))?.[0] ?? '';
  for (let k = run.length; k >= 2; k--) {
    const title = run.slice(0, k);
    const role = roleSuffix(title);
    if (!role || role === '代表' || role.length === title.length) continue;
    const [post] = parsePostChain([title], startsWithPlace);
    if (post && !post.occupation && post.printed === title) return post;
  }
  return undefined;
}

/** Each name of a list closed by 等N名/位 and a title takes the title, if it holds no post. */
export function withCountedTitles(text: string, people: PersonFinding[]): void {
  if (!text.includes('等')) return;
  for (const m of text.matchAll(COUNTED)) {
    const post = titleAt(text, m.index + m[0].length);
    if (!post) continue;
    let end = m.index;
    for (;;) {
      const p = people.find((q) => q.end === end && q.posts.length === 0);
      if (!p) break;
      // 甲、乙等五位副首相: a foreign government's bare title is the office of the country the
      // sentence names, else the bare title (the story's state settles it, as for 某某总统).
      p.posts = [
        BARE_FOREIGN.test(post.printed)
          ? (foreignPostAfterName(post.printed, text, p.start, p.end) ?? bare(post.printed))
          : post,
      ];
      if (text[p.start - 1] !== '、') break;
      end = p.start - 1;
    }
  }
}
