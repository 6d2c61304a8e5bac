/**
 * 县委常委、提名副县长人选某某, 区委常委、区长候选人某某: a chain of titles ending in a nomination.
 * The nominee holds no office of the nomination yet (the golds count 院长候选人 as none), but the
 * titles before it in the chain are held; no role word ends the chain (人选, 候选人 are none), so
 * the title reader left the name without a post (lpairs52-l). General rule of news style.
 */
import type { PersonFinding } from './facts.ts';
import { parsePostChain } from './posts.ts';
import { startsWithPlace } from './places.ts';

/** The chain before the nomination, the nomination last, right before a name. */
const NOMINATED =
  /(?:^|[，。；：！？\s,（(])((?:[^，。；：！？\s,、（()）]{2,16}、)+)(?:提名)?[^、，。；：！？\s,]{1,12}?(?:人选|候选人)$/u;

/** A person with no post takes the held titles of a chain that ends in a nomination. */
export function withNominatedChains(text: string, people: PersonFinding[]): void {
  if (!text.includes('人选') && !text.includes('候选人')) return;
  for (const p of people) {
    // A nominee read after 人选 as an occupation (occupations.txt) holds no post yet either.
    if (p.posts.some((t) => !t.occupation)) continue;
    const m = NOMINATED.exec(text.slice(Math.max(0, p.start - 40), p.start));
    if (!m) continue;
    const elements = m[1]!.slice(0, -1).split('、');
    const posts = parsePostChain(elements, startsWithPlace);
    // Every element must read as a title: a name or a clause inside is no chain of one person's.
    if (posts.length === elements.length && posts.every((t, k) => t.printed.endsWith(elements[k]!)))
      p.posts = [...posts, ...p.posts];
  }
}
