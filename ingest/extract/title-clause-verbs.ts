/**
 * A clause read into the title before a name (issue 11, round local44, on local government news):
 * local stories run one holder's clause into the next holder's title, with no pause between them.
 *
 * - 县委副书记、代县长某甲带领政府办主任某乙: the first holder, his name and the verb he leads with
 *   (带领, 陪同…) stand before the second title; the second holder's title is what follows the verb,
 *   and the chain before it is the first holder's.
 * - 会议就落实县委书记某某在…的要求进行了部署: a clause (a subject and a verb) before a body's title
 *   (县委, 区政府, 镇党委…); the title starts after the verb.
 *
 * General rules of Chinese news style; no names listed.
 */
import { levelClass, PROVINCE_TO_COUNTY, TOWNSHIPS } from '../text/level-words.ts';
import { tag } from '../text/segmenter.ts';
import { hasSurnameAt } from './names.ts';
import { roleSuffix } from './role-words.ts';

/** Verbs of leading or accompanying printed between a holder's name and the next title. */
const LEADING = /带领|率领|带着|陪同|会同|邀请|偕同/g;
/** What opens a local body's title: a congress, a committee, a union, a level word. */
const LOCAL_BODY = new RegExp(
  `^(?:人大|政协|党委|党工委|总工会|工会|妇联|团委|${levelClass(PROVINCE_TO_COUNTY + TOWNSHIPS + '村')}|街道|社区)`,
);
/** A title naming its body by its level (县委书记, 区政府办主任, 镇党委书记, 中共某县委…). */
const LEVEL_BODY = new RegExp(
  `^(?:中共)?${levelClass(PROVINCE_TO_COUNTY + TOWNSHIPS)}(?:委|政府|人大|政协|纪委|监委|党委|党工委)`,
);

/** The title after another holder's clause inside one element of a chain, else the element. */
export function afterHolderClause(element: string): string {
  return afterLeadingVerb(element) ?? afterClauseVerb(element) ?? afterLeaders(element) ?? element;
}

/**
 * 镇联居领导人大副主席 → 人大副主席: a description of leaders (某某领导) before the title names a
 * group, not the body of the title (领导小组, 领导委员会 are bodies and stay).
 */
function afterLeaders(element: string): string | undefined {
  const at = element.lastIndexOf('领导');
  if (at < 1) return undefined;
  const tail = element.slice(at + 2);
  // Only a local body's title after it (人大副主席, 镇党委书记): 领导委员会, 领导人 are words.
  if (!LOCAL_BODY.test(tail) || !roleSuffix(tail) || roleSuffix(element.slice(0, at + 2)))
    return undefined;
  return tail;
}

/** 代县长某甲带领政府办主任 → 政府办主任: a title, a name (two or three characters), a verb. */
function afterLeadingVerb(element: string): string | undefined {
  let out: string | undefined;
  for (const m of element.matchAll(LEADING)) {
    const head = element.slice(0, m.index);
    const tail = element.slice(m.index + m[0].length);
    if (!roleSuffix(tail)) continue;
    const holder = [2, 3].some((n) => {
      const at = head.length - n;
      return at > 0 && hasSurnameAt(head, at) && !!roleSuffix(head.slice(0, at));
    });
    if (holder) out = tail;
  }
  return out;
}

/**
 * 会议就落实县委书记 → 县委书记: after the last verb of the element, a body's title by its level;
 * the words before it are a clause (no title ends there). A verb inside a body's name
 * (某某工作领导小组) is not followed by a level word, so it stays.
 */
function afterClauseVerb(element: string): string | undefined {
  if (!/[委府大协]/.test(element)) return undefined;
  const words = tag(element);
  let at = 0;
  let cut: number | undefined;
  for (let k = 1; k < words.length; k++) {
    const [prev, w] = [words[k - 1]!, words[k]!];
    at += prev.word.length;
    // 落实 is tagged an adjective; 时任, 曾任, 新任 mark a tenure, part of the title. The verb
    // follows a word of the clause (会议就|落实): a place's first word (常乐镇: 常乐/a) is none.
    if (
      /^(v|vn|a)$/.test(w.tag) &&
      w.word.length >= 2 &&
      !w.word.endsWith('任') &&
      /^(d|p|c|r|n)$/.test(prev.tag)
    )
      cut = at + w.word.length;
  }
  if (cut === undefined || cut >= element.length) return undefined;
  const head = element.slice(0, cut);
  const tail = element.slice(cut);
  if (roleSuffix(head) || !LEVEL_BODY.test(tail) || !roleSuffix(tail)) return undefined;
  return tail;
}
