/**
 * The first part of a dotted name (split from dot-names.ts): the word or words jieba reads before
 * the dot, a regnal number, the sounds or the run of a minority name back to a pause or a role.
 */
import { gazetteer } from '../gazetteer/index.ts';
import { isHanAt } from '../text/normalize.ts';
import { tag } from '../text/segmenter.ts';
import { isCommonPairAt } from './name-stats.ts';
import { wordEndsAt } from './foreign-names.ts';
import { countryAcross } from './countries.ts';
import { isForeign, isSound, MAX_PART, roleBefore } from './transliterations.ts';

/** Parts of names: Han only, at most six characters. */
export const HAN_PART = /^\p{Script=Han}{1,6}$/u;
/** Tags jieba gives the words of names: names, unknown words, places, proper nouns. */
export const NAMEISH = /^(nr|nrt|nrfg|x|ns|nz)$/;

/** 卡尔十六世|·: a regnal number before the dot (people34). */
const REGNAL_END = /[一二三四五六七八九十]{1,3}世$/;

/**
 * 国王卡尔十六世·古斯塔夫: a first part that ends in a regnal number is the name before the number
 * (a word jieba reads as a name, or sounds of the tables) with the number; undefined where none.
 */
function regnalPartBefore(text: string, dot: number): string | undefined {
  const regnal = REGNAL_END.exec(text.slice(Math.max(0, dot - 4), dot))?.[0];
  if (!regnal) return undefined;
  const at = dot - regnal.length;
  const last = tag(text.slice(Math.max(0, at - 6), at)).at(-1);
  if (!last || !HAN_PART.test(last.word) || last.word.length < 2) return undefined;
  const sounds = [...last.word].every((_, k) => isSound(last.word, k));
  return sounds || /^nr/.test(last.tag) ? last.word + regnal : undefined;
}

export function partBefore(text: string, dot: number): string | undefined {
  const regnal = regnalPartBefore(text, dot);
  if (regnal) return regnal;
  const part = rawPartBefore(text, dot);
  return part && withoutLeadingWord(part);
}

/**
 * 苏联元帅瓦·伊·某某, 某某之孙尼·弗·某某 (people58): jieba glues a rank or an occupation (元帅/nr,
 * a word of the language its dictionary tags as a name) or the kinship of 之孙, 之子 to a first
 * part of one sound; the part starts after them.
 */
export const KIN_OPENING = /^之[子女孙儿妻夫父母侄甥]/;
function withoutLeadingWord(part: string): string {
  if (KIN_OPENING.test(part) && part.length > 2) return part.slice(2);
  for (let k = part.length - 1; k >= 2; k--)
    if (gazetteer().occupations.has(part.slice(0, k)) || gazetteer().roles.has(part.slice(0, k)))
      return part.slice(k);
  return part;
}

function rawPartBefore(text: string, dot: number): string | undefined {
  const tokens = tag(text.slice(Math.max(0, dot - 8), dot));
  const last = tokens.at(-1)?.word ?? '';
  const before = tokens.at(-2);
  const part =
    (last.length === 1 && before && before.word.length <= 2 && NAMEISH.test(before.tag)) ||
    unknownOpening(text, dot - last.length, last, before) ||
    pronounAfterOf(text, dot - last.length, before)
      ? before!.word + last
      : last;
  // Only where jieba's part is not a transliteration already (詹姆斯 stays as it is).
  const whole = [...part].every((_, k) => isForeign(part, k))
    ? undefined
    : wholePartBefore(text, dot);
  if (whole && whole.length > part.length) return whole;
  if (!HAN_PART.test(part)) return undefined;
  return soundsBefore(text, dot - part.length, part) ?? part;
}

/**
 * 裕民县的吾|哈斯·苏来曼: a character jieba reads as a classical pronoun (吾/r) right after 的 opens
 * the first part (a pronoun cannot follow 的; Uyghur names open with 吾: cctv31b).
 */
function pronounAfterOf(
  text: string,
  at: number,
  before: { word: string; tag: string } | undefined,
): boolean {
  return before?.word.length === 1 && before.tag === 'r' && text[at - 2] === '的';
}

/**
 * 秘书长尼可|拉斯·…: a first part of sounds (拉斯) after a word of two characters the segmenter
 * cannot read (尼可/x, a character outside the tables inside it) that follows a role word or a
 * pause: that word opens the part.
 */
function unknownOpening(
  text: string,
  at: number,
  part: string,
  before: { word: string; tag: string } | undefined,
): boolean {
  if (!before || before.tag !== 'x' || before.word.length !== 2 || !HAN_PART.test(before.word))
    return false;
  if (![...part].every((_, k) => isSound(part, k)) || !isSound(text, at - 2)) return false;
  const start = at - 2;
  return start === 0 || !isHanAt(text, start - 1) || roleBefore(text, start);
}

/**
 * 、卡特|琳娜·…, ，奥利维|埃·…: the segmenter split a first part spelt in sounds; the sounds before
 * it belong to it where they reach back to punctuation, the text's start, a role word or the end
 * of a word (妻子|阿克莎塔·…, 致电|康斯坦丁诺斯·…; not 俄|罗斯谢尔盖·…, a country ending in sounds).
 */
function soundsBefore(text: string, at: number, part: string): string | undefined {
  if (![...part].every((_, k) => isSound(part, k))) return undefined;
  let start = at;
  while (start > 0 && at - start < MAX_PART && isSound(text, start - 1)) start--;
  if (start === at) return undefined;
  const clear =
    start === 0 || !isHanAt(text, start - 1) || roleBefore(text, start) || wordEndsAt(text, start);
  return clear && !countryAcross(text, at) ? text.slice(start, at) + part : undefined;
}

/**
 * 、雪克来提·…, 委员阿衣木沙·…: minority names use characters outside the transliteration tables;
 * the Han run back to a list separator, a role word or a verb of writing (致电) is the first part
 * (at most five characters).
 */
/** Verbs of writing to or meeting a person, right before the name. */
const ADDRESSING = /(?:致电|致信|致函|致贺电|会见|会晤|祝贺)了?$/;

/** No word jieba knows in it but names: single characters and unknown words (古丽某/x 乃 提). */
const unknownRun = (run: string) =>
  tag(run).every((t) => t.word.length === 1 || t.tag === 'x' || /^nr/.test(t.tag));

function wholePartBefore(text: string, dot: number): string | undefined {
  for (let start = dot - 1; start >= Math.max(0, dot - 5); start--) {
    // 帮办|詹姆斯: a frequent word is no part of a name.
    if (!/\p{Script=Han}/u.test(text[start]!) || isCommonPairAt(text, start)) return undefined;
    // 致电|毛某尔·…: a verb of writing or meeting ends right before the part as a separator does.
    // ，古丽某乃提·…: after a pause, a run of no word jieba knows (a Uyghur name's first part).
    const boundary =
      (start > 0 && /[、\n]/.test(text[start - 1]!)) ||
      (start > 0 &&
        /[，：:]/.test(text[start - 1]!) &&
        dot - start >= 3 &&
        unknownRun(text.slice(start, dot))) ||
      (text[start] !== '了' && ADDRESSING.test(text.slice(0, start)));
    if (dot - start >= 2 && (boundary || roleBefore(text, start))) {
      // 大使的|安德烈·…: the particle after the role is no part of the name.
      const whole = text.slice(text[start] === '的' ? start + 1 : start, dot);
      // 帮办|詹姆斯: a verb or function word of two characters inside is no part of a name.
      const wordy = tag(whole).some((t) => t.word.length > 1 && /^[vadpc]/.test(t.tag));
      return wordy ? undefined : whole;
    }
  }
  return undefined;
}
