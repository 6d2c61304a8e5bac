/**
 * Credits printed without separators, as newspapers and broadcasts do: 本报记者胡某某上海报道,
 * 每经记者吴某发自成都, （通讯员王某某记者蔡某某汤某某）, 商报记者孟某实习生闫某/文. A credit
 * segment is split at its role words; each run after a role loses its place and 报道/发自/文/摄
 * tail and is cut into names by their surnames.
 */
import { isWholeTibetanName } from './tibetan-names.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { districtInfo } from './places.ts';
import { isNameInContext, PERSON_NAME_SHAPE, surnameLengthOf } from './names.ts';
import { surnameEvidence } from './person-roles.ts';
import { tag } from '../text/segmenter.ts';
import { escapeRegExp } from './mentions.ts';

const g = gazetteer();
const roles = g.lexicon.bylineRoles;
/**
 * The steps of the three-review system (一审/初审, 二审/复审, 三审/终审) and 作者 are credits
 * only when labelled (一审：甲, 初审|乙, 作者：丙): unlabelled they are court rulings (二审维持原判,
 * 终审判决) or a book's author.
 */
const LABELLED_ONLY = new Set(g.lexicon.labelledOnlyRoles);
/** The role words as one alternation, longest first; a labelled-only word needs its colon. */
export const ROLE_RE = Object.keys(roles)
  .sort((a, b) => b.length - a.length)
  .map((w) =>
    LABELLED_ONLY.has(roles[w]!) ? `${escapeRegExp(w)}(?=\\s*[:：|｜])` : escapeRegExp(w),
  )
  .join('|');
/**
 * 记者节, 记者会, 记者站, 记者证, 编辑部, 编辑室, 编辑组: a role word that a noun's last character completes is that
 * noun (祝大家记者节快乐 credits no 节快乐), no role.
 */
const NOUN_AFTER_ROLE = '(?![节会站证部室组])';
const SPLIT = new RegExp(`((?:${ROLE_RE})${NOUN_AFTER_ROLE})`, 'u');
/**
 * What ends the names of a run: a dateline, 报道, 发自, /文, 摄, a bracket, other script, or the
 * next outlet's credit (本报记者甲本报实习生乙).
 */
const TAIL =
  /(报道|发自|撰文|撰稿|本报|本台|本刊|[/／]|文[/／]|摄|图[/／]|[（(]|[^\p{Script=Han}、\s·]).*$/u;
/** The outlet before the first role: 本报, 每经, 新华社, 重庆日报, 《某某周刊》. */
const MAX_OUTLET = 12;

export interface Credit {
  name: string;
  role: string;
}

/** The credits of one segment (a bracket's inside, a short line, a story's closing line). */
export function creditsIn(segment: string): Credit[] {
  const parts = segment.split(SPLIT);
  if (parts.length < 3 || parts[0]!.replace(/[\s□■◆⊙●]/g, '').length > MAX_OUTLET) return [];
  const out: Credit[] = [];
  for (let k = 1; k < parts.length; k += 2) {
    // 作者：甲 来源：某县融媒体中心: a word before a colon is the next label, no name; an empty
    // label (作者：  来源：) credits nobody
    if (/^\s*[:：|｜]\s*\p{Script=Han}{2,4}\s*[:：|｜]/u.test(parts[k + 1]!)) break;
    const run = parts[k + 1]!.replace(/^[\s/／:：|｜]+/, '').replace(
      /[\s、]+\p{Script=Han}{2,4}[:：|｜].*$/u,
      '',
    );
    const role = roles[parts[k]!]!;
    // 某报总编辑某某撰文表示: 编辑 after 总 ends an office's title (总编辑, 副总编辑), whose holder
    // the post readers take; the run after it is no credit line.
    if (parts[k] === '编辑' && parts[k - 1]!.endsWith('总')) break;
    // 记者来到某某县: a verb of two characters or more right after the role word is running text
    // (a short line of a story), no credit; the surnames would cut 来到某|某某县 into names.
    const [first, second] = tag(run.slice(0, 4));
    if (first && first.word.length >= 2 && first.tag.startsWith('v')) break;
    // 融媒记者走基层: a one-character verb and a noun (走|基层) opening the run, where no surname
    // opens it, is a slogan's predicate (blocal-g).
    if (
      first?.tag === 'v' &&
      second?.tag === 'n' &&
      second.word.length >= 2 &&
      !g.surnames.has(first.word)
    )
      break;
    const names = namesInRun(run);
    // A run that holds no name (记者看到现场) ends the credit: it was running text.
    if (names.length === 0) break;
    for (const name of names) out.push({ name, role });
    if (TAIL.test(run)) break;
  }
  return out;
}

/** The names of a run: separated by 、 or spaces, or glued (陈某某李某某) and cut by surnames. */
function namesInRun(run: string): string[] {
  const cut = run.replace(TAIL, '');
  const body =
    GLUED_TEXT_BY.test(cut) || SLASH_AFTER.test(run.slice(cut.length))
      ? cut.replace(/(文|图)$/, '')
      : cut;
  const names: string[] = [];
  for (const token of body.split(/[、\s]+/).filter(Boolean)) {
    // The token with fewer places cut first, back to the whole: 季某某胡金华北京上海 is cut to
    // 季某某胡 (金华 is a city too), which reads as no names, so 季某某胡金华 is tried next.
    const stages = stripPlaces(token);
    const glued = stages
      .reverse()
      .reduce<string[] | undefined>((f, t) => f ?? cutGlued(t), undefined);
    if (!glued) break;
    names.push(...glued);
  }
  return names;
}

/**
 * 某某某文, 某某文/图: 文 or 图 glued to the names credits the text or the picture, but a name of
 * three characters ending in 文 is as common (（记者某永文）): the glued word is cut only after
 * three characters or more, or before a slash (某某文/摄).
 */
const GLUED_TEXT_BY = /^\p{Script=Han}{3,}[文图]$/u;
const SLASH_AFTER = /^[/／]/;

/**
 * 胡某某上海, 何某某孟某某南宁: places printed after the names (of 上海报道) are no name. The
 * token, then the token after each place cut from its end.
 */
function stripPlaces(token: string): string[] {
  const stages = [token];
  let rest = token;
  for (let changed = true; changed && rest.length > 2;) {
    changed = false;
    for (const n of [3, 2]) {
      const tail = rest.slice(-n);
      if (rest.length - n >= 2 && districtInfo(tail)) {
        rest = rest.slice(0, -n);
        stages.push(rest);
        changed = true;
        break;
      }
    }
  }
  return stages;
}

/**
 * A token as one name, or cut into 2–3 character names that each start with a surname. Of the
 * cuts, the one whose surnames are surest in HanLP's counts wins (陈某胡某黄某某: 胡某|黄某某, not
 * 胡某黄|惠某: 黄 is a surname far more often than 惠); one pass over the positions, so a long run
 * costs no more than its length.
 */
function cutGlued(token: string): string[] | undefined {
  if (isCreditName(token)) return [token];
  if (token.length < 4) return undefined;
  // best[k]: the surest cut of token.slice(k) (undefined: none), from the end backwards.
  const best: ({ names: string[]; score: number } | undefined)[] = [];
  best[token.length] = { names: [], score: 0 };
  for (let k = token.length - 2; k >= 0; k--) {
    for (const n of [3, 2, 4]) {
      const head = token.slice(k, k + n);
      const rest = best[k + n];
      if (head.length !== n || !rest) continue;
      if (n === 4 && surnameLengthOf(head) !== 2) continue;
      // Past the first, each name opens with a surname of the gazetteer.
      const opens = g.surnames.has(token[k]!) || g.compoundSurnames.has(token.slice(k, k + 2));
      if ((k > 0 && !opens) || !isCreditName(head)) continue;
      const score = rest.score + surenessOf(head);
      if (!best[k] || score > best[k]!.score) best[k] = { names: [head, ...rest.names], score };
    }
  }
  const cut = best[0];
  return cut && cut.names.length > 1 ? cut.names : undefined;
}

function surenessOf(name: string): number {
  return surnameLengthOf(name) === 2 ? 1 : surnameEvidence(name[0]!).share;
}

/** In a credit a name may read as a word (马力, 晓风): the shape is enough with a known surname. */
function isCreditName(name: string): boolean {
  // 记者 德吉央某 罗布曲某 (blocal-l): a Tibetan name of two name words, no surname.
  if (isNameInContext(name) || isWholeTibetanName(name)) return true;
  return (
    PERSON_NAME_SHAPE.test(name) &&
    !/^本/.test(name) &&
    // A particle, the copula, a preposition, a conjunction, a verb of saying or 报道 inside the
    // run: the run goes on into the credit's clause (记者某某报道, 某某说), no name of its own.
    !/[的了是在和与等说报道]/.test(name.slice(1))
  );
}
