/**
 * 赵某某代表回答, 钱某某委员建议, 孙某某常委建议: a name before 代表, 委员 or 常委 (a standing
 * committee member speaking in a session's list of speeches) and a verb (people.ts).
 */
import { gazetteer } from '../gazetteer/index.ts';
import { isHanAt } from '../text/normalize.ts';
import type { PersonFinding } from './facts.ts';
import { followScore } from './name-follow.ts';
import { isNameInContext, nameCandidatesAt } from './names.ts';
import { transliteratedNameAt } from './foreign-names.ts';
import { tag } from '../text/segmenter.ts';
import { tibetanNameAt } from './tibetan-names.ts';

const [DAI, BIAO, WEI, YUAN, CHANG] = [...'代表委员常'].map((c) => c.charCodeAt(0));
/** The words after a name that make it a delegate's or a member's (常委 before 代表: 常委代表某党发言). */
const DELEGATE_WORD = /^(常委|代表|委员)/;

export function beforeDelegate(text: string, i: number): PersonFinding | undefined {
  // 代表 or 委员 within text.slice(i + 2, i + 7), by character codes (hot: every surname).
  let ahead = false;
  for (let k = i + 2; k <= i + 5 && !ahead; k++) {
    const c = text.charCodeAt(k);
    const d = text.charCodeAt(k + 1);
    ahead = (c === DAI && d === BIAO) || (c === WEI && d === YUAN) || (c === CHANG && d === WEI);
  }
  if (!ahead) return undefined;
  const prev = text[i - 1];
  const from = cameFrom(text, i);
  // A character glued before the name belongs to a word of it, unless it is a preposition or a
  // conjunction that opens a name (向某某代表, 和某某委员, 请某某代表, 由某某委员).
  if (prev && isHanAt(text, i - 1) && !/[向对就与和及据请由让]/.test(prev) && !from)
    return undefined;
  if (prev && /[0-9０-９一二三四五六七八九十两几多]/.test(text.slice(i - 2, i))) return undefined;
  const known = nameCandidatesAt(text, i);
  for (const name of known.length ? known.reverse() : rareSurnameDelegate(text, i, from)) {
    const end = i + name.length;
    const m = DELEGATE_WORD.exec(text.slice(end));
    // A rare surname (种艳红代表建议) needs a clause start and a clear word after the title.
    const floor = known.length ? 1 : 2;
    // 主任委员、副主任委员: a role word (副主任) is no name, whatever surname it starts with.
    // 与职工、师生代表交流: an occupation or a community's people (师生) is the delegates' kind.
    if (m && (gazetteer().roles.has(name) || gazetteer().occupations.has(name))) continue;
    if (m && m[1] === '常委' && !standingMemberSpeaks(text, end + 2, name)) continue;
    if (m && followScore(text, end + m[1]!.length) >= floor)
      return { name, start: i, end, posts: [], via: 'delegate', delegate: m[1]! };
  }
  return undefined;
}

/**
 * 某某常委建议, 某某常委代表某党发言: 常委 after a name is a member's title only where a verb of
 * speaking or 代表 follows (no pause: 党委常委、副县长 is a chain of posts; 区委常委会 a meeting)
 * and the "name" is no body ending in 委 (党委, 区委).
 */
function standingMemberSpeaks(text: string, after: number, name: string): boolean {
  if (/委$/.test(name) || text[after] === '会') return false;
  return followScore(text, after) !== 2 && followScore(text, after) > 0;
}

/**
 * 扎西某某常委表示, 次仁某某代表说: a Tibetan name has no surname for the walk above to stop at; at
 * a clause's start, before the delegate's word and a verb, it is the delegate's.
 */
export function tibetanDelegate(text: string, i: number): PersonFinding | undefined {
  if (i > 0 && !/[。！？；，：:“”"\n 、,]/.test(text[i - 1]!)) return undefined;
  const name = tibetanNameAt(text, i);
  if (!name) return undefined;
  const end = i + name.length;
  const m = DELEGATE_WORD.exec(text.slice(end));
  if (!m || (m[1] === '常委' && !standingMemberSpeaks(text, end + 2, name))) return undefined;
  if (followScore(text, end + m[1]!.length) < 1) return undefined;
  return { name, start: i, end, posts: [], via: 'delegate', delegate: m[1]! };
}

function rareSurnameDelegate(text: string, i: number, from: boolean): string[] {
  const name = text.slice(i, i + 3);
  const opensClause = from || i === 0 || /[。！？；，：:“”"\n 、,]/.test(text[i - 1]!);
  return opensClause && /^(代表|委员)/.test(text.slice(i + 3)) && isNameInContext(name)
    ? [name]
    : [];
}

/**
 * 来自陆军的某某代表: the congress' formula for where a deputy comes from; its 的 opens the name
 * as a pause would.
 */
export const cameFrom = (text: string, i: number) =>
  text[i - 1] === '的' &&
  /来自[^，。、；：:,！？]{1,14}的$/.test(text.slice(Math.max(0, i - 18), i));

/**
 * 人大代表|, 职工代表|: 代表 ending a longer word is the noun (a deputy), not the verb, where a
 * name of three characters ends clearly (a verb, a pause: not 人大代表万里行活动, a campaign), or
 * one of two before a listed follower (人大代表某松表示: 高松/a), or where a run of four foreign
 * sounds or more follows (常驻联合国第一副代表波利…; posts.ts joinsTitles).
 */
export const deputyNoun = (text: string, end: number) =>
  ((tag(text.slice(Math.max(0, end - 6), end)).at(-1)?.word.length ?? 0) > 2 &&
    (followScore(text, end + 3) >= 2 || followScore(text, end + 2) === 3)) ||
  (transliteratedNameAt(text, end)?.length ?? 0) >= 4 ||
  residentDeputy(text, end);
/**
 * 驻华代表, 驻黎巴嫩代表, 常驻联合国代表: a mission's representative (驻 before 代表) is the noun, a
 * title, whatever name follows (比林, 科林: jieba's nouns; cctv34b).
 */
const RESIDENT_DEPUTY = /驻[^，。、；：:,！？\s]{1,9}代表$/u;
export const residentDeputy = (text: string, end: number) =>
  RESIDENT_DEPUTY.test(text.slice(Math.max(0, end - 12), end));
