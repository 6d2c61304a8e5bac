/**
 * 镇党委副书记、组织委员某某; 街道党工委委员、宣传委员某某: a party committee's member of a
 * portfolio (组织委员, 宣传委员, 统战委员) printed bare after the committee's title in the same chain
 * is that committee's. Read alone, 组织委员 names a body 组织 that is none, and the person lost the
 * office (local48; the blind local set's note: the third title of 党工委委员、组织委员 某某).
 */
import type { PersonFinding, PostTitle } from './facts.ts';
import { parsePostChain } from './posts.ts';
import { startsWithPlace } from './places.ts';
// The portfolios are shared with the readers of a town's or a street's bare titles.
import { PORTFOLIO_MEMBER } from './committee-portfolios.ts';
/** The party committee a title of the chain names (镇党委 of 镇党委副书记, 街道党工委 of 街道党工委委员). */
const COMMITTEE = /^(\p{Script=Han}*?(?:党委|党工委))(?=副?书记|委员|常委)/u;

/** Each bare portfolio member's title after a committee's title, as that committee's office. */
export function withPortfolioMembers(people: PersonFinding[]): void {
  for (const p of people) {
    if (!p.posts.some((t) => PORTFOLIO_MEMBER.test(t.printed))) continue;
    let committee: string | undefined;
    p.posts = p.posts.map((t): PostTitle => {
      if (!PORTFOLIO_MEMBER.test(t.printed)) {
        committee = COMMITTEE.exec(t.printed)?.[1] ?? committee;
        return t;
      }
      const [post] = committee ? parsePostChain([committee + t.printed], startsWithPlace) : [];
      return post ? { ...post, former: t.former, chainForm: t.printed } : t;
    });
  }
}
