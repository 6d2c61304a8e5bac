/**
 * 任命某某为某部部长, 递补候补委员甲、乙、丙为委员, 选举某某为国家主席: the one an appointing verb
 * names, then 为 and the office. appointments.ts reads verbs after a name (某某任…, 某某当选…);
 * here the verb stands before the name (and before any title he held), so 为 after the name says
 * what he became. Every name of a 、 list before 为 takes the office. Only names the story already
 * places as people are read. 任命甲为部长、乙为副部长: each name takes the office after its own 为;
 * 选举甲为主席，乙、丙为副主席: a clause that opens with the names and 为 goes on the appointment of
 * the clause before it.
 */
import { chainAfter, namesLongestFirst } from './appointments.ts';
import type { PersonFinding, KnownPlaces } from './facts.ts';
import { hasSurnameAt, isNameInContext } from './names.ts';
import { districtInfo } from './places.ts';
import { parsePostChain, roleSuffix } from './posts.ts';
import { runStart } from '../text/sentences.ts';

/** Verbs that make someone an office holder, printed before the name (and his old title). */
const APPOINTING = /任命|递补|增补|补选|选举|推选|推举|提名|聘任|委任|任免|决定/;
/** How far before the list the verb may stand: an old title between (伊朗陆军总司令, 中央委员会候补委员). */
const MAX_BEFORE = 30;
/** What breaks a clause: the verb must be in the list's own clause. */
const BREAK = /[，。；！？：\n]/;

export function findAppointedAs(
  text: string,
  people: { name: string }[],
  knownPlaces: KnownPlaces,
): PersonFinding[] {
  const names = namesLongestFirst([...people, ...inSlot(text)]);
  const out: PersonFinding[] = [];
  for (const name of names)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      // 任命甲接替乙为…: the office is the successor's, never the one replaced (appointments.ts).
      if (REPLACED_BEFORE.test(text.slice(Math.max(0, at - 2), at))) continue;
      const as = asAfter(text, at + name.length);
      if (as < 0) continue;
      // 甲、乙、丙为: walk back over the list's names.
      const list = [{ name, start: at }];
      let first = at;
      for (;;) {
        if (text[first - 1] !== '、' && text[first - 1] !== '和') break;
        // An item the first stage left (no title of its own) is read as sharedTitleLists does,
        // inside the list only (after 、): the first item's left edge is a title's end.
        const before =
          names.find((n) => text.startsWith(n, first - 1 - n.length)) ??
          [3, 2]
            .map((n) => text.slice(first - 1 - n, first - 1))
            .find(
              (n) =>
                /^\p{Script=Han}+$/u.test(n) &&
                // 、 before it, or (the list's first name) a clause opened after an appointment's
                // clause: ，尚勇、柯尊平为… (appointedBefore checks that clause below).
                /[、，；]/.test(text[first - 2 - n.length] ?? '') &&
                listedHolder(n),
            );
        if (!before) break;
        first -= 1 + before.length;
        list.unshift({ name: before, start: first });
      }
      // 由甲接替乙任…: 由 (by whom the office is taken) stands for the appointing verb there.
      const bySuccessor = text[first - 1] === '由' && !text.startsWith('为', as - 1);
      if (!appointedBefore(text, first) && !bySuccessor) continue;
      const posts = parsePostChain(ownOffices(chainAfter(text, as), names), knownPlaces).filter(
        (p) => !p.occupation,
      );
      if (posts.length === 0) continue;
      for (const p of list)
        out.push({
          name: p.name,
          start: p.start,
          end: p.start + p.name.length,
          posts,
          via: 'post',
        });
    }
  return out;
}

/**
 * An appointing verb in the clause before `at`, at most MAX_BEFORE characters back; or, when the
 * names open their clause after ， or ；, the clause before is itself an appointment (…为主席，乙为
 * 副主席): the verb governs both. `hops` bounds how many such clauses are walked back.
 */
function appointedBefore(text: string, at: number, hops = 8): boolean {
  const from = runStart(text, at, BREAK, MAX_BEFORE);
  if (APPOINTING.test(text.slice(from, at))) return true;
  // The names open their clause: nothing before them, or only names of the list the first stage
  // left (多杰热旦、张裔炯、蒋建国为…: a four-character name no rule read).
  const opens = from === at || LIST_HEAD.test(text.slice(from, at));
  if (hops === 0 || !opens || !/[，；]/.test(text[from - 1] ?? '')) return false;
  // The clause before the comma, MAX_CLAUSE characters back from the names' clause at most.
  const start = runStart(text, from - 1, BREAK, MAX_CLAUSE - 1);
  const as = text.lastIndexOf('为', from - 2);
  if (as <= start || !roleSuffix(text.slice(as + 1, from - 1))) return false;
  // Its verb before its names (增补甲为…), or, its names opening it (，乙为…), the clause before
  // that: 增补甲为…，乙为…，丙、丁为… (cctv 2022-03-02: the third clause's names were lost).
  return appointedBefore(text, as, 0) || appointedBefore(text, start, hops - 1);
}
const LIST_HEAD = /^(?:\p{Script=Han}{2,5}、)+$/u;
/** How long a clause of one appointment before the names' clause may be (…为某委员会副主任). */
const MAX_CLAUSE = 60;

/**
 * The offices after 为 up to the next appointment of the same sentence: 任命甲为部长、乙为副部长
 * gives 甲 the 部长 alone (the element 乙为副部长 opens 乙's own).
 */
function ownOffices(elements: string[], names: string[]): string[] {
  const next = elements.findIndex((e) => {
    const as = e.indexOf('为');
    return as >= 2 && (names.includes(e.slice(0, as)) || listedHolder(e.slice(0, as)));
  });
  return next < 0 ? elements : elements.slice(0, next);
}

/**
 * 任命王某（兼）为, 任命贺某（女）为: a note in brackets (兼, 女, a nationality) may stand between
 * the name and 为, as may 同志. Where the office after 为 starts, or -1.
 */
function asAfter(text: string, end: number): number {
  const note = /^(?:同志|（[^（）]{1,3}）|\([^()]{1,3}\))?为/.exec(text.slice(end, end + 8));
  if (note) return end + note[0].length;
  const succeeds = SUCCEEDS_AS.exec(text.slice(end, end + 14));
  return succeeds ? end + succeeds[0].length : -1;
}
/** The one replaced, printed right after 接替 (代替, 取代): he takes no office of the sentence. */
const REPLACED_BEFORE = /(?:接替|代替|取代)$/;
/**
 * 任命甲接替乙为县长, 委任甲代替乙任厅长: the successor's office follows the one he replaces (a
 * name of two to four characters, then 为 or a verb of taking office).
 */
const SUCCEEDS_AS =
  /^(?:同志)?(?:接替|代替|取代)\p{Script=Han}{2,4}?(?:同志)?(?:为|担任|出任|任(?![命期务职]))/u;

/**
 * 任命某某为…, 任命甲、乙为…: the slot between an appointing verb (or a 、 after one) and 为 holds a
 * name (a surname, two or three characters, no role or place), found there even when the first
 * stage read none: the appointment says whose office follows.
 */
function inSlot(text: string): { name: string }[] {
  const out: { name: string }[] = [];
  for (const m of text.matchAll(SLOT)) {
    const name = m[1]!;
    if (listedHolder(name) && appointedBefore(text, m.index + m[0].length - name.length))
      out.push({ name });
  }
  // 由甲接替乙任县长, 委任甲代替乙任…: the successor, before the one he replaces and the office.
  for (const m of text.matchAll(SUCCESSOR_SLOT)) {
    const name = m[1]!;
    if (
      listedHolder(name) &&
      SUCCEEDS_AS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))
    )
      out.push({ name });
  }
  return out;
}
const SUCCESSOR_SLOT = new RegExp(
  `(?<=${APPOINTING.source}|由|决定)(\\p{Script=Han}{2,3}?)(?=(?:同志)?(?:接替|代替|取代))`,
  'gu',
);
// ，乙为副主任: a clause opening with the name and 为 after an appointment's clause (appointedBefore
// walks back to its verb), as 任命甲为某委员会副主任委员，乙为某委员会副主任.
const SLOT = new RegExp(
  `(?<=${APPOINTING.source}|[、，；])(\\p{Script=Han}{2,3}?)(?=(?:（[^（）]{1,3}）)?为)`,
  'gu',
);

/** A name in a list: a surname, a name by context, no role word or place. */
function listedHolder(n: string): boolean {
  return hasSurnameAt(n, 0) && isNameInContext(n) && !roleSuffix(n) && !districtInfo(n);
}
