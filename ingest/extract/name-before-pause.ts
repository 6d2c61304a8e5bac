/**
 * A name after a post title whose given character mostly works as a function word (为, 有, 来,
 * 能, 之): 主任余为，副主任… The name readers refuse 为 in a given name (王|为了, 李|为民服务), but
 * right after a title and right before a pause it cannot open a clause: a preposition or verb
 * needs what follows it, and a pause follows.
 */
import { isCommonWord } from '../text/segmenter.ts';
import { surnameAt } from './names.ts';

const FUNCTION_GIVEN = /[为有来能之]/;
const PAUSE = /[，、。；,;]/;

/** The two-character name (surname + function-word given) at text[i…] before a pause, if any. */
export function nameBeforePause(text: string, i: number): string | undefined {
  const surname = surnameAt(text, i);
  if (surname?.length !== 1) return undefined;
  const end = i + 2;
  if (!FUNCTION_GIVEN.test(text[i + 1] ?? '') || !PAUSE.test(text[end] ?? '')) return undefined;
  const name = text.slice(i, end);
  // 成为，以为: a frequent word is the word.
  return isCommonWord(name) ? undefined : name;
}
