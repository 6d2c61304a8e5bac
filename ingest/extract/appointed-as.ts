/**
 * 任命某某为某部部长, 递补候补委员甲、乙、丙为委员, 选举某某为国家主席: the one an appointing verb
 * names, then 为 and the office. appointments.ts reads verbs after a name (某某任…, 某某当选…);
 * here the verb stands before the name (and before any title he held), so 为 after the name says
 * what he became. Every name of a 、 list before 为 takes the office. Only names the story already
 * places as people are read.
 */
import { chainAfter, namesLongestFirst } from './appointments.ts';
import type { PersonFinding } from './facts.ts';
import { hasSurnameAt, isNameInContext } from './names.ts';
import { districtInfo } from './places.ts';
import { parsePostChain, roleSuffix } from './posts.ts';

/** Verbs that make someone an office holder, printed before the name (and his old title). */
const APPOINTING = /任命|递补|增补|补选|选举|推选|推举|提名|聘任|委任|任免/;
/** How far before the list the verb may stand: an old title between (伊朗陆军总司令, 中央委员会候补委员). */
const MAX_BEFORE = 30;
/** What breaks a clause: the verb must be in the list's own clause. */
const BREAK = /[，。；！？：\n]/;

export function findAppointedAs(
  text: string,
  people: { name: string }[],
  knownPlaces: (s: string) => boolean,
): PersonFinding[] {
  const names = namesLongestFirst(people);
  const out: PersonFinding[] = [];
  for (const name of names)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      const as = text.startsWith('同志为', end) ? end + 3 : text[end] === '为' ? end + 1 : -1;
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
                text[first - 2 - n.length] === '、' &&
                listedHolder(n),
            );
        if (!before) break;
        first -= 1 + before.length;
        list.unshift({ name: before, start: first });
      }
      if (!appointedBefore(text, first)) continue;
      const posts = parsePostChain(chainAfter(text, as), knownPlaces).filter((p) => !p.occupation);
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

/** An appointing verb in the clause before `at`, at most MAX_BEFORE characters back. */
function appointedBefore(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && at - from < MAX_BEFORE && !BREAK.test(text[from - 1]!)) from--;
  return APPOINTING.test(text.slice(from, at));
}

/** A name in a list: a surname, a name by context, no role word or place. */
function listedHolder(n: string): boolean {
  return hasSurnameAt(n, 0) && isNameInContext(n) && !roleSuffix(n) && !districtInfo(n);
}
