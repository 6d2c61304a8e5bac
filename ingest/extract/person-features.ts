/**
 * The features of a person candidate for the precision filter (./person-filter.ts): general
 * facts about the candidate and the characters around it, never the name itself (a weight per
 * name would learn the tuning days' people, not what makes a span a person). Each feature is a
 * string; the filter sums one weight per string.
 */
import { gazetteer } from '../gazetteer/index.ts';
import { isHanAt } from '../text/normalize.ts';
import { isCommonWord, tag, tagWindow } from '../text/segmenter.ts';
import { wordIndex } from '../text/word-index.ts';
import {
  FOREIGN,
  givenScore,
  isCommonPairAt,
  NAME_DOT,
  readsAsFrequentWords,
} from './name-stats.ts';
import { surnameLengthOf } from './names.ts';
import { startsWithPlace } from './places.ts';

/** Where a candidate is printed and which rule found it (a PersonFinding's `via`, or 'shape'). */
export interface Candidate {
  name: string;
  start: number;
  end: number;
  via: string;
  /** Post titles printed beside it by the rule. */
  posts: number;
}

const g = gazetteer();
/** Surname rank in surnames.txt (most frequent first): the commoner, the likelier a person. */
const SURNAME_RANK = new Map<string, number>();
for (const s of g.surnames) SURNAME_RANK.set(s, SURNAME_RANK.size);
/** Role and occupation words of up to five characters, and speech verbs, looked up by trie. */
const ROLE_WORDS = wordIndex([...g.roleWords].filter((w) => w.length <= 5));
const SPEECH = g.speechVerbIndex;

function surnameClass(name: string): string {
  if (NAME_DOT.test(name)) return 'dotted';
  if (surnameLengthOf(name) === 2) return 'compound';
  const rank = SURNAME_RANK.get(name[0]!);
  if (rank === undefined) return 'none';
  return rank < 30 ? 'top30' : rank < 100 ? 'top100' : rank < 300 ? 'top300' : 'rare';
}

/** The kind of the character at k: itself when Han or punctuation, else a class. */
function charAt(text: string, k: number): string {
  if (k < 0) return '^';
  if (k >= text.length) return '$';
  const ch = text[k]!;
  if (isHanAt(text, k) || /[\p{P}]/u.test(ch)) return ch;
  if (/\s/.test(ch)) return 'space';
  if (/\d/.test(ch)) return 'digit';
  return /[A-Za-z]/.test(ch) ? 'latin' : 'other';
}

const bin = (n: number, edges: number[]) => {
  let k = 0;
  while (k < edges.length && n >= edges[k]!) k++;
  return k;
};

/** Occurrences of `name` in `text`, and whether the segmenter cuts across none, all or some. */
function occurrences(
  text: string,
  name: string,
): { count: number; crossed: 'never' | 'always' | 'some' } {
  let count = 0;
  let cut = 0;
  let whole = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    count++;
    // Once both kinds are seen the answer is 'some': the other windows need no segmenting.
    if (cut > 0 && whole > 0) continue;
    if (cutAcross(text, at, at + name.length)) cut++;
    else whole++;
  }
  return { count, crossed: cut === 0 ? 'never' : whole === 0 ? 'always' : 'some' };
}

/** The segmenter's words just before `start` and from `end` (ending and starting there). */
function wordsAround(text: string, start: number, end: number): string[] {
  const from = Math.max(0, start - 4);
  let pos = from;
  const out: string[] = [];
  for (const t of tagWindow(text.slice(from, Math.min(text.length, end + 4)))) {
    const next = pos + t.word.length;
    // The word itself only when it is an ordinary word: a neighbour in a list of names is a
    // name, and the weights file holds no names. Asked only of the two neighbours (a look-up
    // may call the segmenter).
    const word = () => (isCommonWord(t.word) ? t.word : '?');
    if (next === start) out.push(`prev-word=${word()}`, `prev-tag=${t.tag}`);
    if (pos === end) out.push(`next-word=${word()}`, `next-tag=${t.tag}`);
    pos = next;
  }
  return out;
}

/** Whether the segmenter reads a word running over the start or the end of [start, end). */
function cutAcross(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 3);
  let pos = from;
  for (const t of tagWindow(text.slice(from, Math.min(text.length, end + 3)))) {
    const next = pos + t.word.length;
    if ((pos < start && next > start) || (pos < end && next > end)) return true;
    pos = next;
  }
  return false;
}

/** What the story says about a candidate beside its own place (./person-filter.ts). */
export interface StoryFacts {
  /** Every rule that found the same name in the story. */
  vias: ReadonlySet<string>;
  /** Another person the rules found is printed just before or after it (a list of names). */
  beside: boolean;
  /** Places the name is printed that no rule took. */
  unclaimed: number;
}

/**
 * The features of one candidate. `vias`: every rule that found the same name in the story
 * (a name several rules agree on is likelier a person).
 */
export function personFeatures(text: string, c: Candidate, story: StoryFacts): string[] {
  const { vias, beside: besidePerson } = story;
  const { name, start, end } = c;
  const han = name.replace(/[·・•‧∙]/g, '');
  const sur = surnameClass(name);
  const f = [
    'bias',
    `via=${c.via}`,
    `len=${Math.min(name.length, 6)}`,
    `sur=${sur}`,
    `vias=${Math.min(vias.size, 3)}`,
    `posts=${Math.min(c.posts, 2)}`,
  ];
  let foreign = 0;
  for (let k = 0; k < han.length; k++) foreign += FOREIGN[han.charCodeAt(k)]!;
  f.push(`foreign=${foreign === han.length ? 'all' : foreign === 0 ? 'none' : 'some'}`);
  f.push(`sur=${sur}|foreign=${foreign === han.length}`);
  const surLength = sur === 'compound' ? 2 : 1;
  const given = name.length - surLength;
  if (sur !== 'none' && sur !== 'dotted' && (given === 1 || given === 2)) {
    f.push(`given=${bin(givenScore(name, surLength, given), [0, 1, 2])}`);
    if (readsAsFrequentWords(name, surLength)) f.push('frequent-words');
  }
  const tokens = tag(name);
  f.push(
    tokens.length === 1 ? `jieba=${tokens[0]!.tag}` : `jieba-words=${Math.min(tokens.length, 3)}`,
  );
  if (startsWithPlace(name)) f.push('place-start');
  const before = charAt(text, start - 1);
  const after = charAt(text, end);
  f.push(`prev=${before}`, `next=${after}`);
  // Two characters around it only when they are a frequent word (专家, 理论): never a name's.
  if (isCommonPairAt(text, start - 2)) f.push(`prev2=${text.slice(start - 2, start)}`);
  if (isCommonPairAt(text, end)) f.push(`next2=${text.slice(end, end + 2)}`);
  f.push(...wordsAround(text, start, end));
  if (besidePerson) f.push('beside-person');
  if (ROLE_WORDS.longestAt(text, end)) f.push('role-after');
  if (ROLE_WORDS.longestEndingAt(text, start)) f.push('role-before');
  if (SPEECH.longestAt(text, end)) f.push('speech-after');
  const seen = occurrences(text, name);
  f.push(
    `unclaimed=${story.unclaimed === 0 ? 'none' : story.unclaimed * 2 < seen.count ? 'some' : 'most'}`,
  );
  f.push(`count=${['once', 'twice', '3-4', '5+'][bin(seen.count, [2, 3, 5])]}`);
  f.push(`crossed=${seen.crossed}`);
  if (cutAcross(text, start, end)) f.push('crossed-here', `crossed-here|via=${c.via}`);
  return f;
}
