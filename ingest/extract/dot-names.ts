/**
 * Names with a middle dot (司马义·艾买提, 尼可拉斯·卡尔森): the parts the segmenter reads on each
 * side of the dot, made whole, and the findings inside them replaced (split from
 * transliterations.ts, which reads runs of sounds without a dot).
 */
import { isHanAt } from '../text/normalize.ts';
import { isCommonWord, tag } from '../text/segmenter.ts';
import { ESCORT_VERB, NAME_DOT } from './name-stats.ts';
import type { PersonFinding } from './facts.ts';
import { endsClearly } from './foreign-names.ts';
import { hyphenFirstNameStart } from './hyphen-first-names.ts';
import { endsInInstitution, institutionAfter } from './thing-contexts.ts';
import { isForeign, isSound, MAX_PART } from './transliterations.ts';
import { HAN_PART, KIN_OPENING, NAMEISH, partBefore } from './dot-name-first-parts.ts';

const DOTS = NAME_DOT;
/**
 * The longest dotted name read: four parts of Portuguese or Spanish names run past sixteen
 * characters (若昂·曼努埃尔·贡萨尔维斯·洛伦索, 17; pairs35, dups35 and people36 each met one);
 * campaign names joined by dots are refused by their parts (ordinaryWordPart), not by length.
 */
const MAX_NAME = 20;
/**
 * Names with a middle dot (司马义·艾买提, 阿布都·热合曼, 迈克尔·托马肖): each part is the word jieba
 * reads next to the dot (the part before may be two short words), Han only; the whole is a name
 * when one part is spelt with transliteration characters or read as a name.
 */
export function dotNames(text: string): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  for (let dot = text.search(DOTS); dot > 0;) {
    const left = partBefore(text, dot);
    let end = dot;
    let parts = 0;
    while (DOTS.test(text[end] ?? '')) {
      const right = partAfter(text, end + 1);
      if (!right) break;
      end = end + 1 + right.length;
      parts++;
      // 罗伊-希尔克里斯特·…: a hyphen inside a dotted name joins a further part of sounds.
      // 加西亚-培尼亚: its first sound may be one the tables lack (培) where two follow.
      while ((text[end] === '-' || text[end] === '－') && hyphenPartAt(text, end + 1)) {
        let k = end + 2;
        while (k < text.length && k - end <= MAX_PART && isSound(text, k)) k++;
        // 南迪-恩代特瓦，: a hyphen part closed by a pause runs on to it over sounds the tables
        // lack (代), as the part after a dot does (pairs38).
        const rest = HYPHEN_PART_TO_PAUSE.exec(text.slice(k, k + 4))?.[0] ?? '';
        end = k + (k + rest.length - end <= MAX_PART ? rest.length : 0);
      }
    }
    if (left && parts > 0) {
      const start = hyphenFirstNameStart(text, dot - left.length);
      const name = text.slice(start, end);
      if (
        name.length <= MAX_NAME &&
        !inShortQuote(text, start, end) &&
        !institutionAfter(text, end) &&
        !endsInInstitution(name) &&
        !name.split(DOTS_ALL).some(ordinaryWordPart) &&
        foreignSpelt(name)
      )
        out.push({ name, start });
    }
    const next = text.slice(end + 1).search(DOTS);
    dot = next < 0 ? -1 : end + 1 + next;
  }
  return out;
}

/**
 * “清朗·优化…”: a part of two or more characters that jieba holds as one common verb, adjective or
 * adverb is no part of a name (a campaign's name joined by a dot; people34). No name of the people
 * golds has one (90 dotted names).
 */
function ordinaryWordPart(part: string): boolean {
  if (part.length < 2) return false;
  const words = tag(part);
  return words.length === 1 && /^(v|vn|a|ad|an|d)$/.test(words[0]!.tag) && isCommonWord(part);
}

/**
 * Some part of the name is spelt with transliteration characters. A part of one character (古 of
 * 中国金茂·古鳌头产城融合项目, blocal-f) is too short to say so alone where the other parts are
 * Chinese words: its sounds count only where the name has no longer part (乌里·巴, 蒂娅·茹 have one).
 */
function foreignSpelt(name: string): boolean {
  const parts = name.split(DOTS_ALL);
  const long = parts.some((p) => p.length > 1);
  return parts.some((p) => (!long || p.length > 1) && [...p].some((_, k) => isForeign(p, k)));
}

const hyphenPartAt = (text: string, k: number) =>
  isForeign(text, k) || (isHanAt(text, k) && isForeign(text, k + 1) && isForeign(text, k + 2));

const DOTS_ALL = new RegExp(NAME_DOT.source, 'g');
/** At most three Han characters, then a pause or the text's end. */
const HYPHEN_PART_TO_PAUSE = /^\p{Script=Han}{1,3}(?=$|[，。、；：！？\s）)])/u;
/** A run of Han characters closed by another name dot (MAX_PART at most: see partAfter). */
const MIDDLE_PART = new RegExp(`^(\\p{Script=Han}{2,${MAX_PART}})${NAME_DOT.source}`, 'u');

function partAfter(text: string, from: number): string | undefined {
  // 某某·伊夫提塔赫·某某: a middle part has a dot on each side, which ends it whatever words the
  // segmenter reads inside (伊夫/nrt 提/v 塔/j 赫/nr): the whole run between the dots.
  const middle = MIDDLE_PART.exec(text.slice(from, from + MAX_PART + 1))?.[1];
  // Not across a kin word or a particle (瓦·伊·崔可夫之孙尼·弗·崔可夫: two names, people58-a).
  if (middle && !/[之的和与及]/.test(middle) && [...middle].some((_, k) => isForeign(middle, k)))
    return middle;
  const tokens = tag(text.slice(from, from + 10));
  const first = tokens[0]?.word ?? '';
  const second = tokens[1];
  // 卢拉·达|席尔瓦: a lone sound, then a name word of up to three the segmenter reads (席尔瓦/nr).
  // 米哈伊尔·米|舒斯京出席: or an unknown word of three (x) before a clear end (京 outside the tables).
  const unknownThree =
    second?.tag === 'x' && isSound(first, 0) && endsClearly(text, from + 1 + second.word.length);
  const joined =
    first.length === 1 &&
    second &&
    second.word.length <= ((/^nr/.test(second.tag) || unknownThree) && isSound(first, 0) ? 3 : 2) &&
    NAMEISH.test(second.tag) &&
    // 某娅·茹、: a list mark after a one-character part is no sound of it (jieba tags 、 x).
    HAN_PART.test(second.word);
  let part = joined ? first + second.word : first;
  // 维克托·琼戈|率人: the segmenter glued a verb that leads (率, 携) onto the sounds as one
  // unknown word (琼戈率/x); that character opens the predicate, not the name.
  if (
    !joined &&
    tokens[0]?.tag === 'x' &&
    part.length >= 3 &&
    ((ESCORT_VERB.test(part.at(-1)!) && [...part.slice(0, -1)].every((_, k) => isSound(part, k))) ||
      goingToPlace(part, second) ||
      clauseWordGlued(part))
  )
    part = part.slice(0, -1);
  // How many of the tokens the part has taken so far.
  let taken = joined ? 2 : 1;
  // 谢尔盖·列|先科说: one character after the dot, then a word of two the segmenter reads as a
  // noun whose last character is a sound, right before a clear end: one surname (a part of one
  // character is rare, and 先 of 列先科 is outside the tables).
  if (
    !joined &&
    first.length === 1 &&
    second?.word.length === 2 &&
    /^n/.test(second.tag) &&
    isSound(second.word, 1) &&
    // 瓦·伊·崔|可夫之孙: kinship after the name ends it as clearly (people58).
    (endsClearly(text, from + 3) || KIN_OPENING.test(text.slice(from + 3, from + 5)))
  ) {
    part = first + second.word;
    taken = 2;
  }
  // 热合|曼: single transliteration characters jieba left over belong to the part (from the
  // first token not taken: 列|先科 read again would count 先科 twice and reach into 表示).
  for (let k = taken; k < tokens.length; k++) {
    const w = tokens[k]!.word;
    // 安德|拉什: words spelt wholly with transliteration characters continue the part.
    if (w.length > 3 || ![...w].every((_, n) => isForeign(w, n))) break;
    part += w;
    taken = k + 1;
  }
  // 艾力更·依明|巴海、: a minority name's last part the segmenter split into two words, the
  // second read as a place or a name, right before a list mark: the list item is the whole name.
  const rest = tokens[taken];
  // So may a part of three (阿迪克|尤木、: cctv37b).
  if (
    part.length <= 3 &&
    rest?.word.length === 2 &&
    /^(ns|nr|nz|x)$/.test(rest.tag) &&
    text[from + part.length + 2] === '、'
  ) {
    part += rest.word;
    taken++;
  }
  // 考文|垂的: one character left between the part and 的 or punctuation ends the name, unless
  // it is a verb or function word of its own (某某·某某说，某某·某某等); so does one the segmenter
  // leaves alone before a clear end (某某·马克|龙|对…: a preposition, a verb, a date).
  const end = from + part.length;
  if (
    /\p{Script=Han}/u.test(text[end] ?? '') &&
    !LONE_AFTER_NAME.test(text[end]!) &&
    (/^($|[的，。、；：,）)\s])/.test(text.slice(end + 1, end + 2)) ||
      (tokens[taken]?.word === text[end] &&
        // 吐尼亚|孜|陪同: jieba tags a lone character it cannot place as an idiom (孜/l).
        /^(n|nr|ng|nrt|nz|x|l)$/.test(tokens[taken]!.tag) &&
        endsClearly(text, end + 1)) ||
      soundBeforeVerb(text, end, tokens[taken], tokens[taken + 1]) ||
      loneBeforeDay(text, end))
  )
    part += text[end];
  return HAN_PART.test(part) || longSoundsPart(part) ? part : undefined;
}
/**
 * 潘某·维帕万到|中国: a verb of going (到, 赴, 抵) glued onto the name (万 is outside the sound
 * tables, so not every character before it need be a sound), right before a place jieba knows
 * (ns), opens the predicate: the visitor goes there.
 */
const goingToPlace = (part: string, next: { word: string; tag: string } | undefined) =>
  /[到赴抵]$/.test(part) && next?.tag === 'ns';
/**
 * 某某·胡塞称，, 某某·卢拉对…: a speech verb or a preposition the segmenter glued onto a last part
 * of sounds (胡塞称/x, 卢拉对/x) opens the predicate; no transliteration ends in these.
 */
const clauseWordGlued = (part: string) =>
  // 某某·雷纳为副首相: 为 (as) opens the office a cabinet list gives the name (things48-a).
  /[称说对向在将于与同为]$/.test(part) &&
  part.length >= 3 &&
  [...part.slice(0, -1)].every((_, k) => isSound(part, k));
/**
 * 谢·别尔德穆哈梅多夫: a last part of seven to ten characters, every one a transliteration's (a
 * Turkmen or Arabic surname), is one part still; a Chinese run that long is words.
 */
const longSoundsPart = (part: string) =>
  /^\p{Script=Han}{7,10}$/u.test(part) && [...part].every((_, k) => isSound(part, k));
/**
 * 某某·木哈买|提|组成的: a lone transliteration sound the segmenter reads as a verb (提), right
 * before a verb of two characters or more (组成, 获得), ends the part: the verb is the predicate.
 */
const soundBeforeVerb = (
  text: string,
  at: number,
  lone: { word: string; tag: string } | undefined,
  next: { word: string; tag: string } | undefined,
) =>
  lone?.word === text[at] &&
  isSound(text, at) &&
  !!next &&
  next.word.length >= 2 &&
  /^v/.test(next.tag);
/**
 * 某某·米卡|提|当天谴责 (things23): a lone character, no adverb or preposition, right before a day
 * word (当天, 今天, 日前) is the name's last: a name is followed by when its holder acted.
 */
const loneBeforeDay = (text: string, at: number) =>
  !/[于也还又再已曾则更即亦均并就]/.test(text[at]!) &&
  /^(当天|当日|今天|昨天|日前|近日)/.test(text.slice(at + 1, at + 3));
const LONE_AFTER_NAME = /[说称讲道问答在是等和与及了也都将被为向对去来到走指笑著译编摄撰绘]/;

/** Names with a middle dot replace what was found inside them (司马义 of 司马义·艾买提). */
export function withDotNames(text: string, found: PersonFinding[]): void {
  for (const { name, start } of dotNames(text)) {
    const end = start + name.length;
    for (let k = found.length - 1; k >= 0; k--) {
      const f = found[k]!;
      if (f.start >= end || f.end <= start) continue;
      // A title's name cut at the dot (委员阿衣木|沙·…) takes the whole name, posts kept.
      // Not where the dot name ran on into a word after the name (塞巴斯蒂安·科|等): a lone
      // function word past the found name (等, a conjunction, 的, 是, 在, 将) is the clause's.
      const tail = text.slice(f.end, end);
      if (f.via === 'post' && f.start === start && !/^[等和与及的是在将]$/.test(tail))
        Object.assign(f, { name, end });
      else if (f.via !== 'post') found.splice(k, 1);
    }
    if (!found.some((f) => f.start < end && f.end > start))
      found.push({ name, start, end, posts: [], via: 'sight' });
  }
  found.sort((a, b) => a.start - b.start);
}

/**
 * “迎冬奥·美在逐梦”: a dotted pair inside a short quotation with more words than the pair and no
 * pause is a slogan or a title, not a name (a quoted speech that names someone has pauses).
 */
function inShortQuote(text: string, start: number, end: number): boolean {
  const before = /“([^“”，。、；：！？\s]{0,8})$/.exec(text.slice(Math.max(0, start - 9), start));
  const after = /^([^“”，。、；：！？\s]{0,8})”/.exec(text.slice(end, end + 9));
  return !!before && !!after && before[1]!.length + after[1]!.length > 0;
}
