/**
 * 县长甲在副县长乙陪同下, 省政协副主席甲一行在市委副书记乙…陪同下 (local46, issue 11): the title
 * reader walks back from 乙 over the whole clause, past 甲 and the 在 that opens the escort, and
 * gave 乙 甲's offices and a "post" with 甲's name inside (县长甲在副县长). A title ends where another
 * person's name stands: 乙's title is what follows 甲 and the word that joins them (在, 由, 和…),
 * read again as a chain.
 */
import { levelClass, GOVERNMENT_LEVELS } from '../text/level-words.ts';
import type { PersonFinding } from './facts.ts';
import { parsePostChain } from './posts.ts';
import { startsWithPlace } from './places.ts';
import { tag } from '../text/segmenter.ts';

/** After the other name: its group (一行, 等), then the word that opens the next title's clause. */
const JOIN = /^(?:一行|等人?|同志)?[在由和与及同]/;

export function withTitlesAfterOtherNames(people: PersonFinding[], text: string): void {
  for (const p of people) {
    if (!p.titleSpan) continue;
    const [from] = p.titleSpan;
    // The last other person named inside this title (a name before it, not this one).
    const other = people
      .filter((q) => q !== p && q.start >= from && q.end <= p.start)
      .sort((a, b) => b.end - a.end)[0];
    // Only where the reading went wrong: a post holding the other's name (县长甲在副县长); a
    // title the reader already cut after 同/和 (同到访的某国外长) stays as read (cctv dev days).
    if (!other || !p.posts.some((t) => t.printed.includes(other.name))) continue;
    const between = text.slice(other.end, p.start);
    const join = JOIN.exec(between)?.[0].length ?? predicateBefore(between);
    if (!join) continue;
    const start = other.end + join;
    const posts = parsePostChain(text.slice(start, p.start).split('、'), startsWithPlace);
    if (posts.length === 0) continue;
    p.posts = posts;
    p.titleSpan = [start, p.titleSpan[1]];
  }
}

/**
 * 副市长甲分别传达了省委书记乙: the other person's predicate (adverbs, a verb and its particle)
 * stands between the two names; 乙's title is what follows it. Its length, or 0 where the words
 * after the other name open no predicate.
 */
const LOCAL_BODY = new RegExp(`^${levelClass(GOVERNMENT_LEVELS)}(?:委|政府|人大|政协)`);

function predicateBefore(between: string): number {
  let at = 0;
  let verb = false;
  for (const t of tag(between)) {
    if (!/^(d|v|ul|uz)/.test(t.tag) || /^vn/.test(t.tag)) break;
    verb ||= t.tag.startsWith('v');
    at += t.word.length;
  }
  // A verb must be read (特别代表: an adverb inside a title is no predicate), and a local body
  // must open the title after it (省委书记): other titles after a verb are left as they were read.
  return verb && LOCAL_BODY.test(between.slice(at)) ? at : 0;
}
