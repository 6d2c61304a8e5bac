/**
 * 某党校（某行政学院）校长（院长）某某: one person heads two bodies run as one, the second body and
 * its head's title each printed in parentheses after the first's. The closing parenthesis before
 * the name hides the title from the title reader (people.ts), so the person had no post. Each body
 * gets its own office (某党校校长, 某行政学院院长); the title as printed stays the first's alias
 * (issue 11).
 */
import type { PersonFinding, PostTitle } from './facts.ts';
import { parsePostChain } from './posts.ts';
import { roleSuffix } from './role-words.ts';
import { titleChain } from './title-chain.ts';
import { startsWithPlace } from './places.ts';

/** （second body）first role（second role） ending just before the name. */
const PAIRED = /（([^（）、，。]{2,14})）([^（）、，。]{1,6})（([^（）、，。]{1,6})）$/;

/** People with no post whose name follows a parenthesised pair of offices get both offices. */
export function withPairedOffices(people: PersonFinding[], text: string): void {
  for (const p of people) {
    if (p.posts.length > 0 || text[p.start - 1] !== '）') continue;
    const found = pairedOffices(text, p.start);
    if (!found) continue;
    p.posts = found.posts;
    p.titleSpan = [found.start, p.start];
  }
}

function pairedOffices(
  text: string,
  end: number,
): { posts: PostTitle[]; start: number } | undefined {
  const window = Math.max(0, end - 60);
  const m = PAIRED.exec(text.slice(window, end));
  if (!m) return undefined;
  const [printedTail, second, firstRole, secondRole] = m as unknown as string[];
  if (roleSuffix(firstRole!) !== firstRole || roleSuffix(secondRole!) !== secondRole)
    return undefined;
  // The first body is what the title reader finds before the parenthesis, read with its role.
  const headEnd = window + m.index;
  const plain = text.slice(0, headEnd) + firstRole;
  const chain = titleChain(plain, plain.length);
  const first = chain?.elements.at(-1);
  if (!chain || !first?.endsWith(firstRole!) || first.length <= firstRole!.length) return undefined;
  // 某委员、某党校（…）校长（院长）: the titles before it in the chain are his too.
  const posts = parsePostChain(chain.elements, startsWithPlace).filter((t) => !t.occupation);
  const one = posts.at(-1);
  const [two] = parsePostChain([second! + secondRole], startsWithPlace);
  if (!one || one.role !== firstRole) return undefined;
  const body = first.slice(0, first.length - firstRole!.length);
  posts[posts.length - 1] = { ...one, formerForm: body + printedTail };
  if (two && !two.occupation) posts.push(two);
  return { posts, start: chain.start };
}
