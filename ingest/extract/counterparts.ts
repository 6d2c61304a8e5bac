/**
 * 某某主席同敏某某代总统举行会晤, 某某总书记、国家主席同通某总书记、国家主席会晤: a leader meets a
 * foreign counterpart printed by name and title after 同, as the leader is. A name whose sounds the
 * transliteration tables lack (Burmese, Lao, Khmer names) is read there only where the segmenter
 * knows its head as no word (it glues 同 to it: 同敏某/x): a Chinese name is a word of its own
 * after 同 (同/p 李某/nr).
 */
import { gazetteer } from '../gazetteer/index.ts';
import { tag } from '../text/segmenter.ts';
import { countryInOrAcross } from './countries.ts';
import type { PersonFinding } from './facts.ts';
import {
  foreignPostAfterName,
  leaderTitleNear,
  nameBeforeTitle,
  verbEndsAt,
} from './leader-titles.ts';
import { isHanAt } from '../text/normalize.ts';

const g = gazetteer();
/** A leader's or head's title ending the words before 同. */
const LEADER_BEFORE = /(?:总书记|主席|总统|总理|首相)$/;
/** The counterpart's title after the name; an acting head's 代 is part of it. */
const COUNTERPART_TITLE = /^(?:代?总统|总书记|国家主席|总理|首相)/;
/** A verb of meeting right before the name (在北京会见通某总书记). */
const MET_BEFORE = /(?:会见|会晤)$/;
const [MET_END, MEETING_END, WITH, AND, ALSO_WITH] = ['见', '晤', '同', '和', '与'].map((c) =>
  c.charCodeAt(0),
);
/** 甲总书记和乙总书记 (pairs39): 和 and 与 join two leaders as 同 does, but only before a name the
 * segmenter reads as a word of its own (苏某/ns): glued to them it is a word's character. */
const JOINS = /^[和与]$/;
/** Titles after a name met by a Chinese leader that are a foreign head's (not 总理: 会见李某总理). */
const FOREIGN_HEAD_TITLE = /^(?:代?总统|总书记|国家主席|首相)/;

/** The counterpart's name and title at i, right after 同; undefined where the text does not read so. */
function counterpartAfterWith(
  text: string,
  i: number,
): { name: string; title: string } | undefined {
  // Asked at every character of a story with a leader's title: the character before decides
  // first, by its code (会见 and 会晤 end in 见 or 晤; the other reading needs 同 there).
  const before = text.charCodeAt(i - 1);
  const met =
    (before === MET_END || before === MEETING_END) &&
    MET_BEFORE.test(text.slice(Math.max(0, i - 2), i));
  const joined = before === WITH || before === AND || before === ALSO_WITH;
  if (!met && (!joined || !LEADER_BEFORE.test(text.slice(Math.max(0, i - 5), i - 1))))
    return undefined;
  const words = tag(text.slice(met ? i : i - 1, i + 8));
  const [first, second] = words;
  const glued = !met && first?.tag === 'x' && first.word.startsWith('同') && first.word.length >= 2;
  // 会见通某总书记 (the name an unknown word); 某某总书记同苏某总书记: a Vietnamese name the
  // segmenter reads as a name or a place (苏林/ns) is a word after 同/p, printed before the title
  // no Chinese leader shares with the one who meets him.
  const word = met
    ? first
    : first?.word === '同' || JOINS.test(first?.word ?? '')
      ? second
      : undefined;
  const length = word ? soundsLength(words, words.indexOf(word)) : 0;
  const named =
    !!word &&
    /^(x|nr|ns)$/.test(word.tag) &&
    length >= 2 &&
    FOREIGN_HEAD_TITLE.test(text.slice(i + length));
  if (!glued && !named) return undefined;
  for (let n = 2; n <= MAX_NAME; n++) {
    const name = text.slice(i, i + n);
    const title = COUNTERPART_TITLE.exec(text.slice(i + n))?.[0];
    if (!title || !/^\p{Script=Han}+$/u.test(name)) continue;
    if (g.countries.has(name) || countryInOrAcross(text, i, i + n)) return undefined;
    return { name, title };
  }
  return undefined;
}

/** The longest counterpart's name read: five characters (呼日勒苏赫, 范德贝伦 of four). */
const MAX_NAME = 5;

/**
 * The length of the name the segmenter reads from words[k]: a name or a place word of up to three
 * characters, or a run of unknown words (范德贝伦/x, 呼日勒/x + 苏赫/x: sounds the tables lack) of
 * up to MAX_NAME characters (pairs40: 习近平主席和范某某总统 was no name at four characters).
 */
function soundsLength(words: readonly { word: string; tag: string }[], k: number): number {
  const word = words[k]!;
  if (word.tag !== 'x') return word.word.length <= 3 ? word.word.length : 0;
  let length = 0;
  for (let j = k; j < words.length && words[j]!.tag === 'x'; j++) {
    if (length + words[j]!.word.length > MAX_NAME) break;
    length += words[j]!.word.length;
  }
  return length;
}

/**
 * 主席同敏某某代总统: a head's title takes the country the sentence names, else
 * none; the bare title says not whose it is, and China's national offices are no foreigner's.
 */
export function counterpart(text: string, i: number): PersonFinding | undefined {
  const c = counterpartAfterWith(text, i);
  if (!c) return undefined;
  const end = i + c.name.length;
  const head = /总统|首相/.test(c.title) ? foreignPostAfterName(c.title, text, i, end) : undefined;
  return { name: c.name, start: i, end, posts: head ? [head] : [], via: 'post' };
}

/**
 * 转达迪某某总统: a character that ends a verb of two characters (转达, 传达) is the verb's, though
 * it is also a sound of transliteration or a surname; the name before the title starts after it.
 * The title is looked for before jieba is asked about the verb (at every surname of a story with
 * a leader's title that asked jieba 13,800 times over 20 days of news, half of all its calls).
 */
export const afterVerbEnd = (text: string, i: number) =>
  isHanAt(text, i - 1) && leaderTitleNear(text, i + 1) && verbEndsAt(text, i + 1)
    ? nameBeforeTitle(text, i + 1)
    : undefined;
