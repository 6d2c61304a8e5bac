/**
 * 中国驻某国大使甲、驻联合国代表乙: in a line of envoys, a title posted abroad (驻…) with no state
 * before it is the sending state's that the line names before its first 驻, not the host state
 * named inside the line (某国驻联合国代表 was read for 乙). The office is that state's (中国驻联合国
 * 代表); the printed title stays its alias. Called by foreign-lineups.ts, which passes its line
 * check (this file imports neither it nor posts.ts, only countries.ts: posts.ts reads foreign-lineups.ts).
 */
import { gazetteer } from '../gazetteer/index.ts';
import { wordEndingAt } from './countries.ts';
import type { PostTitle } from './facts.ts';

const g = gazetteer();
/** Where a sentence or a list's item ends: the line does not run past it. */
const LINE_END = /[。！？!?；;\n]/;
/** An envoy's role at the end of a 驻… title (the longest first: 大使衔代表 before 代表). */
const ENVOY_ROLE = /(?:大使衔代表|总领事|大使|代表|领事|公使)$/;

/**
 * The office of a bare 驻… title (`title`, printed right before `titleEnd`) in a line of envoys;
 * `inLineup` says whether the text between the sender's 驻 and the title is one line of officials.
 */
export function envoyInLine(
  text: string,
  titleEnd: number,
  title: string,
  inLineup: (between: string) => boolean,
): PostTitle[] {
  const titleStart = titleEnd - title.length;
  // Only an envoy listed after another official (甲、某国驻华大使乙, 甲和某国驻华大使乙).
  if (!/[、和及]/.test(text[titleStart - 1] ?? '')) return [];
  // 某国驻华大使甲、埃及驻华大使乙: 及 closing a state's name (埃及) is the title's own state.
  if (stateEndingAt(text, titleStart)) return [];
  const role = ENVOY_ROLE.exec(title)?.[0];
  if (!role) return [];
  for (
    let at = text.lastIndexOf('驻', titleStart - 1);
    at > 0;
    at = text.lastIndexOf('驻', at - 1)
  ) {
    if (LINE_END.test(text.slice(at, titleStart))) return [];
    const state = stateEndingAt(text, at);
    if (!state) continue;
    if (!inLineup(text.slice(at, titleStart))) return [];
    const label = state + title;
    const organization = label.slice(0, -role.length);
    return [{ label, printed: title, organization, role, former: false, formerForm: title }];
  }
  return [];
}

/** The state (China included) whose name ends right before `end`, longest first. */
function stateEndingAt(text: string, end: number): string | undefined {
  return wordEndingAt(text, end, isState, 1);
}
const isState = (word: string) => word === '中国' || g.states.has(word);
