/**
 * A name before a speech verb (某某说, 某某表示, 据某某介绍), with no title beside it: the
 * speaker reader of findPeople (people.ts), in its own file for size.
 */
import { gazetteer } from '../gazetteer/index.ts';
import { tag } from '../text/segmenter.ts';
import { afterClauseBut, butBeforeSpeaker } from './clause-but.ts';
import type { PersonFinding } from './facts.ts';
import { notASpeaker } from './false-name-tests.ts';
import { nameCandidatesAt } from './names.ts';
import { onlyAroundNames } from './person-roles.ts';
import { joinsNext } from './transliterations.ts';

const SPEECH = [...gazetteer().lexicon.speechVerbs].sort((a, b) => b.length - a.length);
/** Per UTF-16 code unit: 1 where a speech verb may begin (NaN past the end reads undefined). */
const SPEECH_FIRST = new Uint8Array(65536);
for (const v of SPEECH) SPEECH_FIRST[v.charCodeAt(0)] = 1;
const speech = gazetteer().speechVerbIndex;

/** What may precede a speaker's name: punctuation, a space, 在/据/向/对 (per code unit). */
const BEFORE_SPEAKER = new Uint8Array(65536);
for (const ch of '。！？；，：:“”\n 、,在据向对') BEFORE_SPEAKER[ch.charCodeAt(0)] = 1;

/** A speaker's name at i: a name candidate the story follows with a speech verb. */
export function asSpeaker(text: string, i: number): PersonFinding | undefined {
  // Cheap test first: a speech verb must begin 2 to 5 characters on.
  if (
    !SPEECH_FIRST[text.charCodeAt(i + 2)] &&
    !SPEECH_FIRST[text.charCodeAt(i + 3)] &&
    !SPEECH_FIRST[text.charCodeAt(i + 4)] &&
    !SPEECH_FIRST[text.charCodeAt(i + 5)]
  )
    return undefined;
  if (i > 0 && !BEFORE_SPEAKER[text.charCodeAt(i - 1)] && !afterClauseBut(text, i))
    return undefined;
  for (const name of nameCandidatesAt(text, i).reverse()) {
    // 某军还称, 公报还称, 但未透露: an adverb or a negation before the verb is no given name; a
    // side or a word no speaker.
    // 贺词指出: a word HanLP sees only around names (jieba tags it nr) is the document speaking.
    // 朱鹮由发现之初的7只增加到…: 由 (from, by) opens a phrase before the verb, no given name
    // (but 自由, 理由, 缘由 are words a given name may hold: 张自由说).
    if (/[也还则就在未不没]$|[^自理缘]由$/.test(name) || notASpeaker(name) || onlyAroundNames(name))
      continue;
    if (butBeforeSpeaker(text, i, name)) continue;
    // 在信中指出, 在会上表示: after 在 a thing and a place word (中, 里, 上) frame the speech.
    if (text[i - 1] === '在' && /[中里内上]$/.test(name)) continue;
    const end = i + name.length;
    const rest = text.slice(end, end + 4);
    const direct = speech.longestAt(rest, 0);
    // 某某也表示, 某某则认为, 某某在发言: one adverb (or 在) may stand between a speaker and the verb.
    const verb = direct ?? (/^(也|还|则|就|在)/.test(rest) ? speech.longestAt(rest, 1) : undefined);
    if (!verb) continue;
    // 荣誉称号: a one-character verb must be a word of its own to mean "says".
    if (verb.length === 1 && tag(rest.slice(direct ? 0 : 1))[0]!.word.length !== 1) continue;
    // 林麝俗称: the name's last character and the verb are one word (俗称, 声称, 堪称).
    if (direct && joinsNext(text, end - 1)) continue;
    return { name, start: i, end, posts: [], via: 'speech' };
  }
  return undefined;
}
