/**
 * A name's edges against the words around it, split out of false-names.ts: a "name" that is a
 * word and the first character of the next word (秘书长某国问|题特别代表), and what ends right
 * before a name (１９７２年|某某某总统).
 */
import { gazetteer } from '../gazetteer/index.ts';
import { isHanAt } from '../text/normalize.ts';
import { isCommonWord, tag } from '../text/segmenter.ts';
import { followedByNameWord } from './name-frame.ts';
import { segmenterKeepsNameEnd } from './name-end-boundary.ts';
import { NAME_DOT } from './name-stats.ts';
import { isForeignPlace } from './transliterations.ts';
import type { Found } from './story-names.ts';

const SPEECH = gazetteer().lexicon.speechVerbs;

/**
 * 秘书长某国问|题特别代表, 领导人关心引|领下, 在贺信中指出: the "name" is a word (a country, a
 * verb) and one character of the next word, or a document then 中 after 在.
 */
export function wordCutAtEnd(text: string, f: Found): boolean {
  if (f.name.length !== 3 || NAME_DOT.test(f.name)) return false;
  if (text[f.start - 1] === '在' && f.name.endsWith('中'))
    return SPEECH.some((v) => text.startsWith(v, f.end));
  const head = f.name.slice(0, 2);
  const tail = f.name[2]! + (text[f.end] ?? '');
  return (
    isHanAt(text, f.end) &&
    (isCommonWord(head) || isForeignPlace(head)) &&
    tail.length === 2 &&
    isCommonWord(tail) &&
    // 书记王国强调研时指出: a speech or doing word after a name keeps it (强调, 调研).
    !SPEECH.includes(tail) &&
    !followedByNameWord(text, f.end) &&
    // 。某广生还向…, 部长某润秋|分别: jieba itself keeps the name whole at its end, as one
    // dictionary name before the predicate or before a word of its own (name-end-boundary.ts).
    !segmenterKeepsNameEnd(text, f)
  );
}

/**
 * １９７２年|某某某总统: a date's last character ends what comes before the name; so does a
 * conjunction, an adverb or a preposition jieba reads as a word of one character where a speech
 * verb follows the name and the word opens its clause (，但|某某某认为; not 但|某某达的影响力, a film,
 * nor 而|某某内想, a club, nor 阿布都|某某尔说, where 都 is the name's).
 */
export function aloneBefore(text: string, f: Found): boolean {
  if (/[0-9０-９][年月日]$/.test(text.slice(f.start - 2, f.start))) return true;
  if (!SPEECH.some((v) => text.startsWith(v, f.end))) return false;
  if (/\p{Script=Han}/u.test(text[f.start - 2] ?? '')) return false;
  const last = tag(text.slice(Math.max(0, f.start - 4), f.start)).at(-1);
  return !!last && last.word.length === 1 && /^(c|d|p)$/.test(last.tag);
}
