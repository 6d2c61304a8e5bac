/**
 * Who is speaking in each sentence: a person's own quote or paraphrase. A sentence belongs to
 * the speaker named in it, else to the nearest speaker before it in the paragraph, else to the
 * first one after it (a quote printed before "X说"); enumerations (一是…, 首先…) continue the
 * previous paragraph's speaker.
 */
import { gazetteer } from '../gazetteer/index.ts';
import { literalMatches } from './mentions.ts';
import type { Sentence } from '../text/sentences.ts';

const SPEECH = gazetteer().lexicon.speechVerbs;
const AFTER_NAME = /^(代表|委员|同志)?(也|还|则|就|进一步|首先|随后|最后|同时|再次)?/;
const CONTINUES =
  /^(一是|二是|三是|四是|五是|六是|七是|八是|首先|其次|再次|最后|此外|同时|另外|第[一二三四五六七八九十])/;

interface SpeakerAt {
  name: string;
  at: number;
}

export function attributeSentences(
  text: string,
  sentences: Sentence[],
  names: string[],
): (string | undefined)[] {
  if (names.length === 0) return sentences.map(() => undefined);
  // The matches of the longest-first alternation RegExp this replaced (names are Han, so
  // escaping never changed their lengths); compiling one RegExp per story was a hot spot.
  const speakers: SpeakerAt[] = [];
  for (const { surface: name, start: at } of literalMatches(names, text)) {
    const rest = text.slice(at + name.length, at + name.length + 12).replace(AFTER_NAME, '');
    const before = text.slice(Math.max(0, at - 1), at);
    if (SPEECH.some((v) => rest.startsWith(v)) || (before === '在' && rest.startsWith('看来')))
      speakers.push({ name, at });
  }
  let carried: string | undefined;
  let paragraphStart = -1;
  return sentences.map((s) => {
    const pStart = text.lastIndexOf('\n', s.start - 1) + 1;
    const pEnd = indexOrEnd(text, '\n', s.start);
    const inParagraph = speakers.filter((sp) => sp.at >= pStart && sp.at < pEnd);
    if (pStart !== paragraphStart) {
      paragraphStart = pStart;
      if (inParagraph.length === 0 && !CONTINUES.test(text.slice(pStart))) carried = undefined;
    }
    const own = inParagraph.find((sp) => sp.at >= s.start && sp.at < s.end);
    const before = inParagraph.filter((sp) => sp.at < s.start).at(-1);
    const after = inParagraph.find((sp) => sp.at >= s.end);
    const who = own?.name ?? before?.name ?? after?.name ?? carried;
    if (inParagraph.length > 0) carried = inParagraph.at(-1)!.name;
    return who;
  });
}

function indexOrEnd(text: string, ch: string, from: number): number {
  const i = text.indexOf(ch, from);
  return i < 0 ? text.length : i;
}
