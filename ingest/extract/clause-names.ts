/**
 * Names their clause vouches for, though the plausibility test of names.ts turns them away
 * (foreign leaders' names are often dictionary words, a place or a noun):
 * - the one a message congratulates on an election: 致电祝贺某某当选某国国家主席, 致电某某，祝贺
 *   他当选… (appointments.ts then reads the office from the same clause);
 * - the head a government is named after: 抗议某某某某政府为…;
 * - the closing line of a state visit's story: 。某某参加会谈。, 。甲、乙出席会议。 (officials attending).
 */
import { isHanAt } from '../text/normalize.ts';
import { isCommonWord, tag } from '../text/segmenter.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { surnameAt } from './names.ts';
import { seenPerson, type PersonFinding } from './facts.ts';
import { japaneseNameShape } from './name-edges.ts';
import { innerSoundAt, isSoundCharAt } from './foreign-names.ts';
import { runStart } from '../text/sentences.ts';

const allHan = (name: string) => [...name].every((_, k) => isHanAt(name, k));
/**
 * 。, a line break, 、, ， or ； before the name (the last two open a clause of speakers): asked at every
 * character of a story, so by its code (`text[i - 1]` made a string each time; a code off the
 * text, NaN, is none of them, as the regex read `undefined`).
 */
const opensSentenceOrItem = (code: number) =>
  code === 0x3002 || code === 0x0a || code === 0x3001 || code === 0xff0c || code === 0xff1b;

/** 祝贺|某某当选, 致电|某某，祝贺他: what opens and closes the name. */
const OPENS = ['致电祝贺', '电贺', '祝贺'];
// 就任 as 当选: a message on taking office names the one it congratulates the same way.
const CLOSES = /^(当选|连任|再次当选|，祝贺(?:他|她)(?:再次)?(?:当选|就任))/;
const OPENS_CALL = '致电';
/** 致电某某，祝贺他…: the name called, then the congratulation; a foreign name of up to eight
 * sounds (德拉埃斯普列亚, seven: blind cctv36b). */
const CALL_THEN_CONGRATULATION = /^\p{Script=Han}{2,8}，祝贺[他她]/u;
const [CONGRATULATION_END, CALL_END] = ['贺', '电'].map((c) => c.charCodeAt(0));
const LONGEST_OPENING = Math.max(OPENS_CALL.length, ...OPENS.map((o) => o.length));

export function congratulatedAt(text: string, i: number): PersonFinding | undefined {
  // Asked at every surname of a story: every opening ends in 贺 (OPENS) or 电 (致电), so the
  // character before decides first, by its code. Not within an opening's length of the start,
  // where startsWith reads a negative place as 0 (the tests below run there as they did).
  const before = text.charCodeAt(i - 1);
  if (i >= LONGEST_OPENING && before !== CONGRATULATION_END && before !== CALL_END)
    return undefined;
  const opened =
    OPENS.some((o) => text.startsWith(o, i - o.length)) ||
    (text.startsWith(OPENS_CALL, i - OPENS_CALL.length) &&
      CALL_THEN_CONGRATULATION.test(text.slice(i, i + 14)));
  // 祝贺帕斯当选…: a foreign name, a run of sounds no surname opens, of up to eight (names40).
  const sounds = !surnameAt(text, i) && isSoundCharAt(text, i);
  if (!opened) return undefined;
  if (!sounds && !surnameAt(text, i)) return unknownPairCongratulated(text, i);
  for (const length of sounds ? [2, 3, 4, 5, 6, 7, 8] : [2, 3]) {
    const name = text.slice(i, i + length);
    if (name.length !== length || !allHan(name)) continue;
    if (!CLOSES.test(text.slice(i + length)) || gazetteer().countries.has(name)) continue;
    if (sounds && ![...name].every((_, k) => isSoundCharAt(name, k) || innerSoundAt(name, k)))
      continue;
    return { name, start: i, end: i + length, posts: [], via: 'post' };
  }
  return undefined;
}

/**
 * 致电祝贺通某当选…总书记: a Lao or Thai name reads as two Chinese characters that neither a
 * surname nor a sound opens; in the congratulation's frame, two characters jieba does not know
 * (x), no count or pointing word (两人, 多人), are the name (cctv35b).
 */
function unknownPairCongratulated(text: string, i: number): PersonFinding | undefined {
  const name = text.slice(i, i + 2);
  if (!allHan(name) || /^[一二三两几多各全该本我他她其]/.test(name)) return undefined;
  if (!CLOSES.test(text.slice(i + 2)) || gazetteer().countries.has(name)) return undefined;
  const words = tag(name);
  return words.length === 1 && words[0]!.tag === 'x'
    ? { name, start: i, end: i + 2, posts: [], via: 'post' }
    : undefined;
}

/**
 * 抗议某某某某政府为…: a Japanese name's shape right before 政府, 内阁 or 政权 is the head of that
 * government (a cabinet is named after its premier), a person.
 */
const GOVERNMENT_WORDS = ['政府', '内阁', '政权'];
export function headOfGovernmentAt(text: string, i: number): PersonFinding | undefined {
  // Asked at every character no surname opens (people.ts): the word after first, with no slice.
  if (!GOVERNMENT_WORDS.some((w) => text.startsWith(w, i + 4))) return undefined;
  const name = text.slice(i, i + 4);
  if (!japaneseNameShape(name)) return undefined;
  return { name, start: i, end: i + 4, posts: [], via: 'sight' };
}

/**
 * 。某某参加会谈。 and 。甲、乙出席会议。: a sentence of nothing but names and the attendance; each
 * item of two or three characters is a name. An item whose surname the gazetteer lacks must be no
 * word jieba knows (one unknown token): 双方参加会谈 is the two sides. The national news closes
 * its leaders' stories the same way with 等 and other events (甲、乙等出席上述活动。, 甲等参加会见。,
 * 甲出席开幕会。, 甲陪同调研。): the 等 closes the list, the event is what leaders attend.
 */
const ATTENDANCE =
  /^((?:\p{Script=Han}{2,3}、){0,8}\p{Script=Han}{2,3})等?(?:参加|出席|陪同)(?:上述|有关|相关)?(?:会谈|会见|会晤|座谈会|会议|活动|开幕会|开幕式|闭幕会|闭幕式|仪式|调研|考察)?。/u;

/**
 * ，甲、乙、丙先后发言。: a clause of nothing but two or more names taking their turns to speak
 * (先后, 分别, 相继, 依次 + 发言, 讲话, 致辞) after the chair's clause (某某主持会议，…). The list
 * vouches for an item whose given name is a word (曲青山, 信长星) as the attendance line does.
 */
const SPEAKERS =
  /^((?:\p{Script=Han}{2,3}、){1,8}\p{Script=Han}{2,3})(?:先后|分别|相继|依次)(?:作交流)?(?:发言|讲话|致辞)[。，；]/u;
const CLAUSE_OPENERS = /[，；：]/;
/** The attendance sentence starts after a full stop or a line's end. */
const SENTENCE_STOP = /[。\n]/;

/** The attendance sentence or the clause of speakers around i: its items and where they start. */
function listAround(text: string, i: number): { items: string; start: number } | undefined {
  const start = runStart(text, i, SENTENCE_STOP);
  const items = ATTENDANCE.exec(text.slice(start, i + 40))?.[1];
  if (items) return { items, start };
  const clause = runStart(text, i, CLAUSE_OPENERS, i - start);
  const speakers = SPEAKERS.exec(text.slice(clause, i + 40))?.[1];
  return speakers ? { items: speakers, start: clause } : undefined;
}

export function attendeeAt(text: string, i: number): PersonFinding | undefined {
  if (i > 0 && !opensSentenceOrItem(text.charCodeAt(i - 1))) return undefined;
  const list = listAround(text, i);
  if (!list) return undefined;
  const { items, start } = list;
  let at = start;
  for (const name of items.split('、')) {
    if (at === i) {
      if (gazetteer().countries.has(name) || isCommonWord(name)) return undefined;
      // 张家: a family by its surname is no attendee's name (洛桑江村 ends in 村: names do).
      if (name.endsWith('家')) return undefined;
      const unknown = tag(name);
      if (!surnameAt(text, i) && (unknown.length !== 1 || unknown[0]!.tag !== 'x'))
        return undefined;
      return seenPerson(name, i);
    }
    at += name.length + 1;
  }
  return undefined;
}
