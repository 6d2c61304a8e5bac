/**
 * Posts given by a verb after a known name: 某某同志任国务院副总理兼…主任、党组书记;
 * 某某在全会上当选为中央政治局委员、常委; 某某不再担任…职务 (former); 以某某同志为总书记的党中央.
 * Only names the story already places as people are read, so no one is invented here.
 */
import { parsePostChain, postAfterName, roleSuffix, type PostTitle } from './posts.ts';
import type { PersonFinding } from './people.ts';
import { hasSurnameAt, isNameInContext } from './names.ts';

/** 任 alone only where no other word ends in it (连任, 留任, 主任, 信任 are no appointment). */
const VERBS =
  '不再担任|先后兼任|先后担任|兼任|担任|出任|升任|改任|调任|当选为|被任命为|任命为|(?<![连留就继上到信责主担出升改调兼现原曾时前])任';
/** Between the name and the verb: a short phrase without a clause break (在全会上, 还先后). */
const BETWEEN = '[^。；！？，、\\n]{0,24}?';
const END_OF_CHAIN = /[。；！？\n]/;
/** Words that close a chain without being part of its last title: …组长等, …总理职务, …期间. */
const TRAILER = /(等职|等|职务|职|期间|以来|之后|后)+$/;
const MAX_ELEMENT = 40;

export function findAppointments(
  text: string,
  people: { name: string }[],
  knownPlaces: (s: string) => boolean,
): PersonFinding[] {
  const names = [...new Set(people.map((p) => p.name))].sort((a, b) => b.length - a.length);
  if (names.length === 0) return [];
  const out: PersonFinding[] = [];
  const alternation = names.join('|');
  const byVerb = new RegExp(`(${alternation})(?:同志)?${BETWEEN}(${VERBS})`, 'gu');
  for (const m of text.matchAll(byVerb)) {
    const from = m.index + m[0].length;
    const elements = chainAfter(text, from);
    const posts = parsePostChain(elements, knownPlaces).filter((p) => !p.occupation);
    if (posts.length === 0) continue;
    const former = m[2] === '不再担任';
    out.push({
      name: m[1]!,
      start: m.index,
      end: m.index + m[1]!.length,
      posts: former ? posts.map((p) => ({ ...p, former: true })) : posts,
      titleSpan: [from, from + elements.join('、').length],
      via: 'post',
    });
  }
  // 以某某同志为总书记的党中央: the office of a leader's title, where one can be formed.
  const under = new RegExp(`以(${alternation})(?:同志)?为(总书记|总理|委员长)`, 'gu');
  for (const m of text.matchAll(under)) {
    const post = postAfterName(m[2]!);
    if (post)
      out.push({
        name: m[1]!,
        start: m.index + 1,
        end: m.index + 1 + m[1]!.length,
        posts: [post],
        via: 'post',
      });
  }
  return out;
}

/**
 * A title shared by a list of names: 中共中央政治局常委甲、乙、丙，… gives the post of 甲 to 乙 and
 * 丙 as well. The list ends at a comma, a stop, 等 or a verb; every item must read as a name.
 */
export function sharedTitleLists(text: string, found: PersonFinding[]): PersonFinding[] {
  const out: PersonFinding[] = [];
  for (const p of found) {
    if (p.posts.length === 0 || text[p.end] !== '、') continue;
    const list = /^((?:、\p{Script=Han}{2,3})+?)(?=[，。；！？,]|等|出席|参加|会见|陪同|$)/u.exec(
      text.slice(p.end, p.end + 80),
    );
    if (!list) continue;
    const names = list[1]!.slice(1).split('、');
    if (!names.every((n) => hasSurnameAt(n, 0) && isNameInContext(n) && !roleSuffix(n))) continue;
    let at = p.end + 1;
    for (const name of names) {
      out.push({ name, start: at, end: at + name.length, posts: p.posts, via: 'post' });
      at += name.length + 1;
    }
  }
  return out;
}

/**
 * The titles after the verb, left to right: split at 、, 和 and "，兼", each ending in a role
 * word once its trailer is cut; the first element that is no title ends the chain.
 */
function chainAfter(text: string, from: number): string[] {
  let end = from;
  while (end < text.length && !END_OF_CHAIN.test(text[end]!)) end++;
  const elements: string[] = [];
  for (const piece of text
    .slice(from, end)
    .split(/、|，(?=兼)/)
    .flatMap(splitAtAnd)) {
    const element = piece.replace(/^，/, '');
    const cut = element.split('，')[0]!.replace(TRAILER, '');
    if (!cut || cut.length > MAX_ELEMENT || !roleSuffix(cut)) break;
    elements.push(cut);
    if (element.includes('，')) break;
  }
  return elements;
}

/** 国务院副总理和国务院总理: 和 joins two titles only where a role word ends before it. */
function splitAtAnd(piece: string): string[] {
  const at = piece.indexOf('和');
  if (at < 0 || !roleSuffix(piece.slice(0, at))) return [piece];
  return [piece.slice(0, at), ...splitAtAnd(piece.slice(at + 1))];
}
