/**
 * The name slot after a title: which reading wins there, the surname reader's or a run of
 * foreign sounds (preferTransliterated), and a foreign pair of two no table spells
 * (unknownPairAfterTitle). Kept apart from foreign-names.ts, which reads runs of sounds anywhere,
 * because these rules weigh one reading against another where a title has been read.
 */
import { tibetanNameAt } from './tibetan-names.ts';
import { dictionaryFrequency, tag, wordStartingAt } from '../text/segmenter.ts';
import { RARE_PLACE_WORD } from './frequency-thresholds.ts';
import { isForeignCharAt } from './name-stats.ts';
import { endsClearly, JOINERS, repeatedLastSound, soundRun, SOUNDS } from './foreign-names.ts';
import { surnameAt } from './names.ts';
import { roleEndingAt } from './role-words.ts';

/**
 * 万斯会晤, 邵峰先后发言: the segmenter reads a two-character name (a person's, a new word or
 * an unknown one: nr, nz, x) and then a verb, adverb or time word of two characters that the
 * surname reader's third character belongs to. Not for ordinary words (王国|强调 stays 王国强).
 */
/** Time words that follow a name (邵峰先后发言); the segmenter also tags 志在 of 赵某志在 as time. */
const TIME_AFTER_NAME = new Set([
  '先后',
  '正在',
  '随后',
  '当天',
  '今天',
  '昨天',
  '近日',
  '日前',
  '目前',
]);
/** Titles of address after a name (许某|博士说): the name ends before them. */
const ADDRESS = /^(博士|教授|先生|女士|老师|同志|院士)$/;
/** 王某王总, 孙某孙女士: the surname again with a form of address is no third given character. */
const SURNAME_ADDRESS = /^(总|先生|女士|老师|博士|教授)/;

/** 明说, 直言: a "verb" whose second character is a speech verb, its first a given name's end (冉志明说). */
const SPEECH_END = /^\p{Script=Han}[说称讲道问答]$/u;
function wordAfterTwo(text: string, i: number): boolean {
  const [first, second] = tag(text.slice(i, i + 6));
  return (
    first?.word.length === 2 &&
    !SPEECH_END.test(second?.word ?? '') &&
    /^(nr|nz|ns|x)/.test(first.tag) &&
    !!second &&
    second.word.length >= 2 &&
    (/^[vpdc]/.test(second.tag) || TIME_AFTER_NAME.has(second.word) || ADDRESS.test(second.word))
  );
}

/** A word of two or more characters at `end` that is a verb, adverb, preposition, conjunction or time (正在/t). */
function endsWithWord(text: string, end: number): boolean {
  const first = tag(text.slice(end, end + 6))[0];
  return !!first && first.word.length > 1 && /^[vpdct]/.test(first.tag);
}

/**
 * The name after a title: the surname reader's `name` unless a longer foreign run (or one that
 * ends where the surname reader's name does not) is there.
 */
export function preferTransliterated(
  text: string,
  i: number,
  name: string | undefined,
): string | undefined {
  // 代表扎西江村介绍: a Tibetan name, which the surname reader cuts (tibetan-names.ts).
  const tibetan = tibetanNameAt(text, i);
  if (tibetan) return tibetan;
  // Cheap tests first (every titled position passes here): most runs are the name itself.
  if (name?.length === 3 && wordAfterTwo(text, i)) return name.slice(0, 2);
  // 副总统阿尔克|明的…阿尔克明称: a run of sounds whose next character the story repeats after it.
  if (name && [...name].every((c) => SOUNDS.has(c)) && repeatedLastSound(text, i, i + name.length))
    return text.slice(i, i + name.length + 1);
  if (name?.length === 3 && name[2] === name[0] && SURNAME_ADDRESS.test(text.slice(i + 3, i + 5)))
    return name.slice(0, 2);
  if (name?.length === 3) {
    const whole = surnameOpensRun(text, i);
    if (whole) return whole;
    if (opensVerbAfterSounds(text, i)) return name.slice(0, 2);
  }
  const run = soundRun(text, i);
  if (!run || run === name) return name;
  // 凯恩正在…: the surname reader took the first character of a word after the name.
  if (name && run.length < name.length && endsWithWord(text, i + run.length)) return run;
  if (name && run.length <= name.length && endsClearly(text, i + name.length)) return name;
  // 贝鲁斯|科尼这几年: the surname reader's name stops inside the run and ends nowhere clear.
  // Its last character may open the next word (梅德韦杰夫|特意), which then ends it clearly.
  if (name && run.startsWith(name) && !endsClearly(text, i + name.length)) {
    const opens = run.length > name.length + 1 && opensWordAt(text, i + run.length - 1, run);
    return opens ? run.slice(0, -1) : run;
  }
  if (endsClearly(text, i + run.length)) return run;
  // 普京登|上: with no name from the surname reader, the run's last sound may open the next word
  // (登上), which then ends the run clearly.
  if (!name && run.length > 2 && opensWordAt(text, i + run.length - 1, run))
    return run.slice(0, -1);
  return name;
}

/**
 * 彭|达罗夫斯基互致: a surname character (not itself a sound of the tables) opening a run of sounds
 * that goes on two or more characters past the surname reader's three: no Chinese name is five
 * characters long, so the whole run is the name (互致 after it is no clear end: 互/d).
 */
function surnameOpensRun(text: string, i: number): string | undefined {
  if (SOUNDS.has(text[i]!)) return undefined;
  const rest = soundRun(text, i + 1);
  return rest && rest.length >= 4 ? text.slice(i, i + 1 + rest.length) : undefined;
}

/**
 * 舒默|率领: both characters before the third are characters of transliterations (name-stats.json)
 * and the third opens a verb of two characters or more (率领, 表示): that verb follows a two-character
 * foreign name, the segmenter's tag for the two (舒默/a) notwithstanding.
 */
function opensVerbAfterSounds(text: string, i: number): boolean {
  if (!isForeignCharAt(text, i) || !isForeignCharAt(text, i + 1)) return false;
  const first = tag(text.slice(i + 2, i + 6))[0];
  if (!first || first.word.length < 2) return false;
  if (first.tag === 'v') return true;
  // 卢拉|独家专访: a noun or adverb too where the segmenter reads the two sounds as one unknown
  // word (卢拉/x), as it reads no Chinese name it knows.
  return (
    /^[nd]$/.test(first.tag) &&
    tag(text.slice(i, i + 6))[0]?.word.length === 2 &&
    tag(text.slice(i, i + 6))[0]?.tag === 'x'
  );
}

/** The run's last character (at `last`) opens a word of the text that ends the shorter run clearly. */
function opensWordAt(text: string, last: number, run: string): boolean {
  return (
    !JOINERS.has(run[run.length - 2]!) &&
    (wordStartingAt(text, last, 2, 3)?.length ?? 0) > 1 &&
    endsClearly(text, last)
  );
}

/**
 * 部长博考当天表示: after a title, two characters the segmenter knows as no word (x), the first a
 * character of transliterations or a sound of the tables, ending clearly (a time word, a verb): a foreign name of two
 * whose second sound the tables lack (考). Only where no other reading of the title's name slot
 * found one.
 */
export function unknownPairAfterTitle(text: string, i: number): string | undefined {
  // 副主席本某、: a sound of Xinhua's tables opens it too (本 of a Lao name), jieba's x the same.
  if (!isForeignCharAt(text, i) && !SOUNDS.has(text[i]!)) return undefined;
  const name = text.slice(i, i + 2);
  // 西安市长安区: a pair ending in an area's word is the place the title ran into; 代表法是…: one
  // ending in a copula or particle is a word and the verb after it.
  if (!/^\p{Script=Han}{2}$/u.test(name) || /[区县市镇乡村州旗是的了在和与及也都将就]$/.test(name))
    return undefined;
  const tokens = tag(name);
  if (tokens.length !== 1 || (tokens[0]!.tag !== 'x' && !rarePlaceWord(text, i, name)))
    return undefined;
  return endsClearly(text, i + 2) ? name : undefined;
}

/**
 * 当选副总统拉腊致贺电: jieba also tags a few transliterated names as places it has seen only a
 * handful of times (拉腊/ns, 3); one opening with a character of transliterations is read as the
 * pair too (names40). Places the news names are common (泰安 2,000 and more).
 */
const rarePlaceWord = (text: string, i: number, name: string): boolean =>
  isForeignCharAt(text, i) &&
  tag(name)[0]?.tag === 'ns' &&
  dictionaryFrequency(name) <= RARE_PLACE_WORD;

/** Tags of a pair that may be a name of two (a new word, a name, an adjective: 强健/a). */
const SLOT_PAIR_TAG = /^(a|an|nr|nz|x)$/;
/**
 * 县委书记甲、县长强健、县委常委、副县长乙: in a roll of titled names, the pair between a title and
 * the separator before the next title is the first title's holder, however rare its surname (强)
 * or word-like its given name (健): the roll leaves the slot no other reading. Not a verb or an
 * adverb there (县长强调，副县长…: the title's own clause); the next title must end before a pause.
 */
export function rollSlotName(text: string, i: number): string | undefined {
  const name = text.slice(i, i + 2);
  if (surnameAt(text, i)?.length !== 1 || !/^\p{Script=Han}{2}$/u.test(name)) return undefined;
  if (!/[、，]/.test(text[i + 2] ?? '')) return undefined;
  const tokens = tag(name);
  if (tokens.length !== 1 || !SLOT_PAIR_TAG.test(tokens[0]!.tag)) return undefined;
  for (let j = i + 5; j <= i + 15 && !/[，。；！？：\n]/.test(text[j - 1] ?? '。'); j++)
    if (roleEndingAt(text, j) && /[、\p{Script=Han}]/u.test(text[j] ?? '')) return name;
  return undefined;
}
