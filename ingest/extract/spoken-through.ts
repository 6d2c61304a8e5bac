/**
 * 某组织秘书长甲通过副发言人乙发表声明: a head who speaks through a bare spokesperson title (副发言人,
 * 发言人) printed right after 通过 names whose spokesperson that is: the office before (联合国
 * 秘书长副发言人), as the people golds pair it (people36a; cctv29b's printed 副发言人 is its end).
 * Without that head a bare deputy stays as printed (../resolve/posts.ts).
 */
import type { PersonFinding, PostTitle } from './facts.ts';

/** 通过, then the bare spokesperson title (its deputy or not) right before the name. */
const THROUGH_SPOKESPERSON = /通过(副?发言人)$/;

export function withSpokespeopleOfHeads(text: string, people: PersonFinding[]): void {
  for (const p of people) {
    if (p.posts.length > 1) continue;
    const m = THROUGH_SPOKESPERSON.exec(text.slice(Math.max(0, p.start - 6), p.start));
    if (!m || (p.posts[0] && p.posts[0].printed !== m[1])) continue;
    const at = p.start - m[0].length; // where 通过 opens: the head's name ends there
    const head = people.find((q) => q.end === at && q !== p);
    const office = head?.posts.filter((x) => !x.occupation && x.organization).at(-1);
    if (!office) continue;
    const label = office.label + m[1]!;
    const spokesperson: PostTitle = {
      label,
      printed: label,
      organization: office.label,
      role: m[1]!,
      former: false,
    };
    p.posts = [spokesperson];
  }
}
