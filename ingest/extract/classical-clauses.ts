/**
 * 安其居，乐其业; 居其位、谋其政: a verb or an adjective, 其 (its) and a one-character noun make a
 * classical clause, and such clauses come in parallel pairs. Their first character may be a surname
 * (安, 乐) and the three read as a name by sight (cctv29a); a name in 其 (钱其琛) has no twin beside it.
 */
import { tag } from '../text/segmenter.ts';

/** How far the twin clause may stand, either side (安其居，才能乐其业). */
const REACH = 8;
const PAUSE = /[，、；,;]/;
const HAN = /\p{Script=Han}/u;

/** Whether the three characters at i are such a clause with its twin near it. */
export function classicalClauseAt(text: string, i: number): boolean {
  if (text[i + 1] !== '其' || !opensClause(text[i]!)) return false;
  for (let j = Math.max(0, i - REACH); j <= i + REACH && j + 2 < text.length; j++) {
    if (j === i || text[j + 1] !== '其' || !HAN.test(text[j + 2]!) || !opensClause(text[j]!))
      continue;
    const between = j < i ? text.slice(j + 3, i) : text.slice(i + 3, j);
    if (PAUSE.test(between) && !/[。！？]/.test(between)) return true;
  }
  return false;
}

/** A verb or an adjective standing alone (安/v, 乐/a, 谋/v), not a noun or a name (钱/n, 李/nr). */
const opensClause = (ch: string): boolean => /^[va]/.test(tag(ch)[0]?.tag ?? '');
