/** 赵某某代表回答, 钱某某委员建议: a name before 代表 or 委员 and a verb (people.ts). */
import { gazetteer } from '../gazetteer/index.ts';
import { isHanAt } from '../text/normalize.ts';
import type { PersonFinding } from './facts.ts';
import { followScore } from './name-follow.ts';
import { isNameInContext, nameCandidatesAt } from './names.ts';
import { transliteratedNameAt } from './foreign-names.ts';
import { tag } from '../text/segmenter.ts';

const [DAI, BIAO, WEI, YUAN] = [...'代表委员'].map((c) => c.charCodeAt(0));

export function beforeDelegate(text: string, i: number): PersonFinding | undefined {
  // 代表 or 委员 within text.slice(i + 2, i + 7), by character codes (hot: every surname).
  let ahead = false;
  for (let k = i + 2; k <= i + 5 && !ahead; k++) {
    const c = text.charCodeAt(k);
    const d = text.charCodeAt(k + 1);
    ahead = (c === DAI && d === BIAO) || (c === WEI && d === YUAN);
  }
  if (!ahead) return undefined;
  const prev = text[i - 1];
  const from = cameFrom(text, i);
  if (prev && isHanAt(text, i - 1) && !/[向对就与和及据请由让]/.test(prev) && !from)
    return undefined;
  if (prev && /[0-9０-９一二三四五六七八九十两几多]/.test(text.slice(i - 2, i))) return undefined;
  const known = nameCandidatesAt(text, i);
  for (const name of known.length ? known.reverse() : rareSurnameDelegate(text, i, from)) {
    const end = i + name.length;
    const m = /^(代表|委员)/.exec(text.slice(end));
    // A rare surname (种艳红代表建议) needs a clause start and a clear word after the title.
    const floor = known.length ? 1 : 2;
    // 主任委员、副主任委员: a role word (副主任) is no name, whatever surname it starts with.
    if (m && gazetteer().roles.has(name)) continue;
    if (m && followScore(text, end + m[1]!.length) >= floor)
      return { name, start: i, end, posts: [], via: 'delegate', delegate: m[1]! };
  }
  return undefined;
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
  (transliteratedNameAt(text, end)?.length ?? 0) >= 4;
