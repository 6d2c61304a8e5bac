/**
 * 中国驻某国大使甲、驻联合国代表乙: in a line of envoys, a title posted abroad (驻…) with no state
 * before it is the sending state's that the line names before its first 驻, not the host state
 * named inside the line (某国驻联合国代表 was read for 乙). The office is that state's (中国驻联合国
 * 代表); the printed title stays its alias.
 */
import { gazetteer } from '../gazetteer/index.ts';
import type { PostTitle } from './facts.ts';
import { inLineup } from './foreign-lineups.ts';
import { startsWithPlace } from './places.ts';
import { parsePostChain } from './posts.ts';

const g = gazetteer();
/** Where a sentence or a list's item ends: the line does not run past it. */
const LINE_END = /[。！？!?；;\n]/;

/** The office of a bare 驻… title (`title`, printed right before `titleEnd`) in a line of envoys. */
export function envoyInLine(text: string, titleEnd: number, title: string): PostTitle[] {
  const titleStart = titleEnd - title.length;
  if (!/[、和及]/.test(text[titleStart - 1] ?? '')) return [];
  // 某国驻华大使甲、埃及驻华大使乙: 及 closing a state's name (埃及) is the title's own state.
  if (stateEndingAt(text, titleStart)) return [];
  for (
    let at = text.lastIndexOf('驻', titleStart - 1);
    at > 0;
    at = text.lastIndexOf('驻', at - 1)
  ) {
    if (LINE_END.test(text.slice(at, titleStart))) return [];
    const state = stateEndingAt(text, at);
    if (!state) continue;
    if (!inLineup(text.slice(at, titleStart))) return [];
    const [office] = parsePostChain([state + title], startsWithPlace);
    if (!office || office.occupation) return [];
    return [{ ...office, printed: title, formerForm: title }];
  }
  return [];
}

/** The state (China included) whose name ends right before `end`, longest first. */
function stateEndingAt(text: string, end: number): string | undefined {
  for (let n = Math.min(8, end); n >= 1; n--) {
    const word = text.slice(end - n, end);
    if (word === '中国' || g.states.has(word)) return word;
  }
  return undefined;
}
