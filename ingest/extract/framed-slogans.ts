/**
 * lstrat62 (issue 13): a county's or a city's strategy named by a quoted list of short tasks and
 * framed right after the quote as the place's strategy, in forms quoted-programs.ts leaves (it
 * reads “甲乙、丙丁”发展战略 of two to four tasks as a noun phrase ends):
 * - a spatial strategy of five directions (‘中强、北上、东进、西优、南联’空间发展战略: a city's
 *   plan of where to grow, each item a direction and what it does there);
 * - a strategic layout (重塑“做强一区、做精两山、做特三片”战略布局): the layout is the strategy;
 * - a strategy the sentence stands in (在“工业强市、开放带动”发展战略中): 中 or 下 after 在… closes
 *   the phrase as a pause does (战略中 is no noun of its own).
 * A list framed by a word of goals or merits (“A、B”两大优势, “A、B”目标) names nothing: only the
 * words of strategy below frame one.
 */
import { programByForm as mention, type Mention } from './mentions.ts';
import { quotedTerms } from './quoted-terms.ts';

/** 工业强市、开放带动; 中强、北上、东进、西优、南联: two to six tasks of two to five characters. */
const TASKS = /^\p{Script=Han}{2,5}(?:、\p{Script=Han}{2,5}){1,5}$/u;
/** The frame: a (spatial) development strategy or a strategic layout. */
const FRAME = /^(?:空间发展战略|发展战略|战略布局)/u;
/** What may follow the frame: a pause, a quote, an end of line, or 中/下 closing 在…'s phrase. */
const CLOSED = /^(?:$|[，。；：、！？”’\s）)]|的|[中下])/u;

export function framedSlogans(text: string): Mention[] {
  if (!text.includes('战略')) return [];
  const out: Mention[] = [];
  for (const { inner, quoted, at, end } of quotedTerms(text, 40)) {
    if (!TASKS.test(inner)) continue;
    const frame = FRAME.exec(text.slice(end, end + 6))?.[0];
    if (!frame) continue;
    const next = text.slice(end + frame.length, end + frame.length + 1);
    if (!CLOSED.test(next)) continue;
    // 中/下 close the phrase only inside 在… (在“甲、乙”发展战略中; 战略下一步 is another phrase).
    if (
      /^[中下]$/.test(next) &&
      !/在[^，。；！？]{0,6}$/u.test(text.slice(Math.max(0, at - 8), at))
    )
      continue;
    out.push(mention(inner + frame, quoted + frame, at, 'strategy'));
  }
  return out;
}
