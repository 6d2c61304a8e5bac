/**
 * Posts given by a verb after a known name: 某某同志任国务院副总理兼…主任、党组书记;
 * 某某在全会上当选为中央政治局委员、常委; 某某不再担任…职务 (former); 以某某同志为总书记的党中央.
 * Only names the story already places as people are read, so no one is invented here.
 */
import { postAfterName } from './leader-titles.ts';
import { parsePostChain, roleSuffix, type PostTitle } from './posts.ts';
import type { PersonFinding, KnownPlaces } from './facts.ts';
import { hasSurnameAt, isNameInContext } from './names.ts';
import { districtInfo } from './places.ts';
import { runEnd } from '../text/sentences.ts';
import { roles } from './role-words.ts';

/**
 * Where a verb may stand: anywhere in a short phrase after the name (near), or right after it
 * (adjacent: verbs of an election or taking office, and 作为 — 某某作为某组织轮值主席为…, in the
 * capacity of — which after another name would be that one's: 甲致电祝贺乙连任…).
 */
type Reach = 'near' | 'adjacent';
/**
 * The verbs, in the order they are tried at one place (longest first where one ends another),
 * each with its reach. 任 alone only where no other word ends in it (连任, 留任, 主任, 信任 are no
 * appointment).
 */
const VERBS: readonly (readonly [verb: string, reach: Reach])[] = [
  ['不再担任', 'near'],
  ['先后兼任', 'near'],
  ['先后担任', 'near'],
  ['兼任', 'near'],
  ['担任', 'near'],
  ['出任', 'near'],
  ['升任', 'near'],
  ['改任', 'near'],
  ['调任', 'near'],
  ['当选为', 'near'],
  ['当选连任', 'adjacent'],
  ['再次当选', 'adjacent'],
  ['当选', 'adjacent'],
  ['连任', 'adjacent'],
  // 某某宣誓就任某国总统: taking office by oath or formally is 就任 too.
  ['宣誓就任', 'adjacent'],
  ['正式就任', 'adjacent'],
  ['就任', 'adjacent'],
  ['被任命为', 'near'],
  ['任命为', 'near'],
  ['作为', 'adjacent'],
  ['生前是', 'adjacent'],
  ['生前系', 'adjacent'],
  ['是', 'adjacent'],
  ['任', 'near'],
];
/**
 * 某某，生前是…局长 (an obituary's opening; 生前系 in the written register): the copula after the
 * comma still speaks of the name.
 * 某某是某队的队长: 是 right after the name, its chain read as titles (an occupation is dropped).
 */
const COPULA_AFTER_COMMA = /^，(?=生前[是系])/;
/** A greeting to the name before it: 某某，祝贺他 (the verb of the post follows, after an adverb of
 * repetition: 祝贺他再次连任); the message may be named after the name (向某某致贺电，祝贺她当选). */
const CONGRATULATE = /^(?:先生|女士|阁下)?(?:致贺电|致贺信|致贺函)?，祝贺(?:他|她)(?:再次|再度)?/;
const NOT_BEFORE_REN = new Set('连留就继上到信责主担出升改调兼现原曾时前');
/** 某某任命的机构负责人, 某某任期内: 任 opening a word (任命, 任期, 任务) is not "serves as" (things40). */
const NOT_AFTER_REN = new Set('命期务何用免意凭');
/** Between the name and the verb: a short phrase without a clause break (在全会上, 还先后). */
const MAX_BETWEEN = 24;
/** Code points (compared without making a string per character). */
const BREAKS = new Set([...'。；！？，、\n'].map((c) => c.codePointAt(0)!));
const VERB_FIRST = new Set(VERBS.map(([v]) => v.charCodeAt(0)));
const END_OF_CHAIN = /[。；！？\n]/;
/** Words that close a chain without being part of its last title: …组长等, …总理职务, …期间. */
const TRAILER = /(等职|等|职务|职|期间|以来|之后|后)+$/;
const MAX_ELEMENT = 40;
const LEADER_TITLES = ['总书记', '总理', '委员长'];
/** The one replaced is printed right after 接替 (or 取代, 替代, 代替: 委任甲代替乙任…). */
const SUCCEEDED = /(?:接替|取代|替代|代替)$/;

/** The story's distinct names, longest first: at one place the longer name is the one meant. */
export const namesLongestFirst = (people: { name: string }[]): string[] =>
  [...new Set(people.map((p) => p.name))].filter(Boolean).sort((a, b) => b.length - a.length);

export function findAppointments(
  text: string,
  people: { name: string }[],
  knownPlaces: KnownPlaces,
): PersonFinding[] {
  const names = namesLongestFirst(people);
  if (names.length === 0) return [];
  const out: PersonFinding[] = [];
  // Where each name occurs, longest first at one place: the story's names are few, and a RegExp
  // alternation of them built per story cost more than the rest of this file.
  const at = nameStarts(text, names);
  let resume = 0;
  const postsFrom = (m: { verb: string; from: number }) => {
    const elements = m.verb === '作为' ? capacityAfter(text, m.from) : chainAfter(text, m.from);
    // 某某是某社区的居委会主任: after a copula the 的 before the role joins body and role.
    const titles = m.verb.endsWith('是')
      ? elements.filter((e) => !COUNTED_FIRM.test(e)).map(withoutDe)
      : elements;
    return { elements, posts: parsePostChain(titles, knownPlaces).filter((p) => !p.occupation) };
  };
  for (const [start, candidates] of at) {
    if (start < resume) continue;
    // 甲接替乙出任…: the office is the successor's (read at 甲, or nobody's), not the one replaced.
    if (SUCCEEDED.test(text.slice(Math.max(0, start - 2), start))) continue;
    let m = appointmentAt(text, start, candidates);
    let read = m && postsFrom(m);
    if (!read || read.posts.length === 0) {
      const present = presentOfficeAt(text, start, candidates, names);
      if (present) [m, read] = [present, postsFrom(present)];
    }
    if (!m || !read) continue;
    resume = m.from;
    const { elements, posts } = read;
    if (posts.length === 0) continue;
    const former = m.verb === '不再担任';
    out.push({
      name: m.name,
      start,
      end: start + m.name.length,
      posts: former ? posts.map((p) => ({ ...p, former: true })) : posts,
      titleSpan: [m.from, m.from + elements.join('、').length],
      via: 'post',
    });
  }
  // 以某某同志为总书记的党中央: the office of a leader's title, where one can be formed.
  resume = 0;
  for (const [start, candidates] of at) {
    if (text[start - 1] !== '以' || start - 1 < resume) continue;
    for (const name of candidates) {
      let k = start + name.length;
      if (text.startsWith('同志为', k)) k += 2;
      if (text[k] !== '为') continue;
      const title = LEADER_TITLES.find((t) => text.startsWith(t, k + 1));
      if (!title) continue;
      resume = k + 1 + title.length;
      const post = postAfterName(title);
      if (post) out.push({ name, start, end: start + name.length, posts: [post], via: 'post' });
      break;
    }
  }
  return out;
}

/** 某队的队长 -> 某队队长: a 的 whose tail is a role word of at most six characters. */
function withoutDe(title: string): string {
  const at = title.lastIndexOf('的');
  const tail = title.slice(at + 1);
  return at > 0 && tail.length <= 6 && roleSuffix(tail) ? title.slice(0, at) + tail : title;
}
/**
 * 某某是一家某某企业的技术负责人: a counted firm is no one body (post-terms.ts COUNTED_BODY), and the
 * count that says so would be cut as a leading word once 的 is gone: no office (things35).
 */
const COUNTED_FIRM = /^[0-9一二三四五六七八九十两几多数]+家\p{Script=Han}{1,12}的/u;

/** Offsets where some of the names begin, ascending, each with those names longest first. */
function nameStarts(text: string, names: string[]): [number, string[]][] {
  const at = new Map<number, string[]>();
  for (const name of names)
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const list = at.get(i);
      if (list) list.push(name);
      else at.set(i, [name]);
    }
  return [...at].sort((a, b) => a[0] - b[0]);
}

/**
 * name (同志)? phrase verb at `start`, tried in the order a regular expression would: names
 * longest first, 同志 taken before left out, the shortest phrase (at most MAX_BETWEEN code
 * points without a clause break), the verbs in list order. `from`: where the verb ends.
 */
function appointmentAt(
  text: string,
  start: number,
  names: string[],
): { name: string; verb: string; from: number } | undefined {
  for (const name of names) {
    const afterName = start + name.length;
    const heads = text.startsWith('同志', afterName) ? [afterName + 2, afterName] : [afterName];
    // 致电某某，祝贺他当选…总统: the one congratulated is the name before the comma.
    const wish = CONGRATULATE.exec(text.slice(afterName, afterName + 8));
    if (wish) heads.unshift(afterName + wish[0].length);
    const copula = COPULA_AFTER_COMMA.exec(text.slice(afterName, afterName + 4));
    if (copula) heads.unshift(afterName + copula[0].length);
    for (const head of heads) {
      let k = head;
      for (let n = 0; ; n++) {
        const found = verbAt(text, k);
        // 甲致电祝贺乙连任…: 当选 and 连任 are read right after the name only.
        if (found && (k === head || found[1] === 'near'))
          return { name, verb: found[0], from: k + found[0].length };
        if (n === MAX_BETWEEN || k >= text.length) break;
        const c = text.codePointAt(k)!;
        if (BREAKS.has(c)) break;
        k += c > 0xffff ? 2 : 1;
      }
    }
  }
  return undefined;
}

/** Where a sentence opens: its subject is the name printed right there. */
const SENTENCE_OPENS = /^$|[。！？\n]$/;
/** A later clause of the sentence giving the subject's present office: …，现为…、…。 */
const PRESENT_OFFICE = /^，(现为|现任)/;
/** How far a biography sentence may run from its subject to the present-office clause. */
const MAX_BIOGRAPHY = 80;

/**
 * 某某曾长期在某地任教，2004年回国，现为某大学某学院院长: a biography sentence opened by the name,
 * whose later clause (after a comma) gives the present office. No other name of the story may
 * stand between (then the clause may be that one's).
 */
function presentOfficeAt(
  text: string,
  start: number,
  candidates: string[],
  names: string[],
): { name: string; verb: string; from: number } | undefined {
  if (!SENTENCE_OPENS.test(text.slice(Math.max(0, start - 1), start))) return undefined;
  for (const name of candidates) {
    const from = start + name.length;
    for (let k = from; k < text.length && k - from < MAX_BIOGRAPHY; k++) {
      if (END_OF_CHAIN.test(text[k]!)) break;
      if (names.some((n) => text.startsWith(n, k))) break;
      const m = PRESENT_OFFICE.exec(text.slice(k, k + 3));
      if (m) return { name, verb: m[1]!, from: k + m[0].length };
    }
  }
  return undefined;
}

function verbAt(text: string, k: number): (typeof VERBS)[number] | undefined {
  // Asked at each of up to MAX_BETWEEN characters after every name: most open no verb.
  if (!VERB_FIRST.has(text.charCodeAt(k))) return undefined;
  for (const entry of VERBS)
    if (text.startsWith(entry[0], k))
      return entry[0] !== '任' ||
        (!NOT_BEFORE_REN.has(text[k - 1] ?? '') && !NOT_AFTER_REN.has(text[k + 1] ?? ''))
        ? entry
        : undefined;
  return undefined;
}

/**
 * The joints of a list of holders' names (甲、乙和丙): 、, and 和 or 及 before the last item or a
 * second group. Not 与: after a holder's name it opens a partner as often (与某某会谈).
 */
const NAME_LIST_JOINT = /[、和及]/;

/**
 * A title shared by a list of names: 中共中央政治局常委甲、乙、丙，… gives the post of 甲 to 乙 and
 * 丙 as well. The list ends at a comma, a stop, 等 or a verb (递补候补委员甲、乙、丙为委员: 为 too);
 * every item must read as a name.
 */
export function sharedTitleLists(text: string, found: PersonFinding[]): PersonFinding[] {
  const out: PersonFinding[] = [];
  const bare = new Map<number, string>();
  for (const f of found) if (f.posts.length === 0) bare.set(f.start, f.name);
  for (const p of found) {
    if (p.posts.length === 0 || text[p.end] !== '、') continue;
    // 甲、乙和丙参加: 和/及 before the last item closes the list as 、 does; 甲、乙和丙、丁等: a
    // 和 inside the list (two groups joined) goes on to the items after it.
    const list =
      /^((?:、\p{Script=Han}{2,3})+?(?:[和及]\p{Script=Han}{2,3}(?:、\p{Script=Han}{2,3})*?)?)(?=[，。；！？,]|等|出席|参加|会见|陪同|为|当选|$)/u.exec(
        text.slice(p.end, p.end + 80),
      );
    const names = list?.[1]!.slice(1).split(NAME_LIST_JOINT);
    // 县长某甲、张家口: a division's name after a holder is not a second holder.
    const holder = (n: string) =>
      hasSurnameAt(n, 0) && isNameInContext(n) && !roleSuffix(n) && !districtInfo(n);
    if (names?.every(holder)) {
      let at = p.end + 1;
      for (const name of names) {
        out.push({ name, start: at, end: at + name.length, posts: p.posts, via: 'post' });
        at += name.length + 1;
      }
      continue;
    }
    for (const { name, start } of namesFoundInList(text, p.end, bare))
      out.push({ name, start, end: start + name.length, posts: p.posts, via: 'post' });
  }
  return out;
}

/**
 * 副主席甲、乙、丙围绕…作发言: a list whose end no fixed word marks (the verb after it can be any),
 * read item by item as long as each item is a name found there without a title of its own.
 */
function namesFoundInList(
  text: string,
  from: number,
  bare: Map<number, string>,
): { name: string; start: number }[] {
  const names: { name: string; start: number }[] = [];
  for (let at = from; NAME_LIST_JOINT.test(text[at] ?? '');) {
    const name = bare.get(at + 1);
    if (!name) break;
    // 县长甲、乙书记出席: an item printed with its own title after it holds that one, not the
    // list's (the name-before-title form of local news).
    if ((roles.longestAt(text, at + 1 + name.length)?.length ?? 0) >= 2) break;
    names.push({ name, start: at + 1 });
    // 甲、乙、丙和丁参加: the item after 和/及 is the list's last, unless 、 goes on after it
    // (甲、乙和丙、丁: two groups joined by 和 in one list).
    if (text[at] !== '、' && text[at + 1 + name.length] !== '、') break;
    at += 1 + name.length;
  }
  return names;
}

/**
 * The titles after the verb, left to right: split at 、, 和 and "，兼", each ending in a role
 * word once its trailer is cut; the first element that is no title ends the chain.
 */
/**
 * 某某作为某组织轮值主席为筹备…作出贡献, 某某作为总书记、国家主席率…: the titles after 作为, each
 * ending in a role word, the last right before 为/在/对/向/的/率/身份 or a pause (the clause the
 * capacity opens).
 */
function capacityAfter(text: string, from: number): string[] {
  for (let end = Math.min(text.length, from + MAX_ELEMENT); end > from + 1; end--) {
    if (!/^(?:[为在对向的率，。；]|身份)/.test(text.slice(end, end + 2))) continue;
    // 作为某工作组组长和临时党支部书记: 和 joins two capacities as 、 does.
    const titles = text.slice(from, end).split('、').flatMap(splitAtAnd);
    if (titles.every((t) => !/[，。；！？\n]/.test(t) && roleSuffix(t))) return titles;
  }
  return [];
}

export function chainAfter(text: string, from: number): string[] {
  const end = runEnd(text, from, END_OF_CHAIN);
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
