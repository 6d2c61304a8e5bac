/**
 * Two checks on names read by sight (./false-names.ts calls them): what jieba's dictionary reads as
 * words after a title or before 代表 (全国人|大代表, 任期内, 师生代表), and a two-character "name"
 * whose surname HanLP's counts seldom see (商超, 古柏). Written by hand: general rules of news style.
 */
import { afterVisiting } from './leader-titles.ts';
import { japaneseNameAfterTitle, japaneseNameShape } from './japanese-names.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { roleEndingAt } from './posts.ts';
import { segmenterKeepsAfterTitle } from './segmenter-names.ts';
import { segment } from '../text/segmenter.ts';
import { followedByNameWord } from './name-frame.ts';
import { COMMON_PAIRS, isForeignCharAt, SECOND, THIRD, score } from './name-stats.ts';
import { surnameEvidence } from './person-roles.ts';
import { roleBefore } from './transliterations.ts';
import { endsAfterRole } from './foreign-names.ts';
import { isSureSurname } from './names-by-role.ts';
import { surnameAt } from './names.ts';
import { roles } from './role-words.ts';
import { visitorFromAbroadAt } from './clause-persons.ts';
import type { Found } from './story-names.ts';
import { addressTitleAt } from './address-titles.ts';
import { congratulatedAt } from './clause-names.ts';
import { rareSurnameThenGiven } from './name-edges.ts';
import { newWordBeforeRole } from './role-after-name.ts';
import { cameFrom } from './delegates.ts';
import { unsureSurnameBeforeWord } from './name-runs.ts';
import { headSoundPair } from './head-sound-pairs.ts';

const SPEECH = gazetteer().lexicon.speechVerbs;
/** Two-character names by sight need a surname HanLP's counts see this often (bench:ner dev). */
const MIN_SHORT_NAME_SURNAME = 600;
const FOREIGN_TITLE = /^(总统|首相|国王|女王|夫人|总理|主席)/;
const FOREIGN_TITLE_BEFORE = /(总统|首相|国王|女王|夫人|总理)$/;

/** How many of the name's characters are transliteration characters. */
export const foreignChars = (name: string) =>
  [...name].filter((_, k) => isForeignCharAt(name, k)).length;

/** A place word or particle after a word (任期|内, 毕业|后, 高兴|地): no given name's end. */
const AFTER_WORD = /^[内后前地向旅人上下中里外时]$/;
const FUNCTION_TAG = /^(v|vg|p|d|f|j|c|u|ul|uj)$/;

/**
 * After a title or before 代表, what jieba's dictionary reads as words, not a name: a word from
 * the "surname" running past the name (全国人|大代表), a word then a place word or particle
 * (任期内, 毕业后), a word of its own under a character seldom a surname (师生代表), or a verb or
 * preposition seldom a surname before a word (作|大会发言, 都|带来, 时|强调, 向|某主席).
 */
export function titledWords(text: string, f: Found): boolean {
  // Foreign names are read by transliteration, not by surnames (a transliteration tagged ns).
  if (foreignChars(f.name) >= 2) return false;
  // 来访的通伦主席: a guest's name before a head's title, read as no word (leader-titles.ts).
  if (f.via === 'post' && afterVisiting(text, f.start)) return false;
  // 致电祝贺通某当选: the congratulation's frame vouches for the name (clause-names.ts).
  if (f.via === 'post' && congratulatedAt(text, f.start)?.name === f.name) return false;
  // 会长桥本某二: a Japanese name's shape; 大使蒙某、: jieba's name after a title (segmenter-names.ts).
  if (japaneseNameShape(f.name) || segmenterKeepsAfterTitle(text, f)) return false;
  // 自民党干事长森山某: after a title of Japan's, a family name jieba reads as a noun (森山/n).
  if (f.name.length === 3 && japaneseNameAfterTitle(text, f.start) === f.name) return false;
  const [first, second] = segment(text.slice(f.start, f.end + 4), false);
  if (!first) return false;
  const surname = surnameAt(f.name, 0) ?? f.name[0]!;
  // 欧阳, 司马: a compound surname is one whatever HanLP's single-character counts say.
  const sure = surname.length > 1 || isSureSurname(surname);
  // 委员的智慧: after 的 a name needs a surname HanLP's counts vouch for, or 总统/首相 after it
  // (or the congress' 来自陆军的某某代表, delegates.ts).
  const opened = f.via === 'delegate' && cameFrom(text, f.start);
  if (text[f.start - 1] === '的' && !sure && !opened && !/^(总统|首相)/.test(text.slice(f.end)))
    return true;
  if (first.word.length > f.name.length) return !/^nr/.test(first.tag);
  if (
    first.word.length >= 2 &&
    first.word.length < f.name.length &&
    !/^(nr|ns|nz|x)/.test(first.tag)
  )
    return !sure || AFTER_WORD.test(f.name.slice(first.word.length));
  if (first.word === f.name) return f.via === 'delegate' && !sure && !/^nr/.test(first.tag);
  // 主委谈春光、副主委宋琪: a surname that reads as a verb (谈) before a word (春光) is a name
  // where the next item of its list opens with a title of its own: a roll of titled names (blocal-h).
  // A verb after it stays the predicate (书记谈发展，委员谈体会: topics, no names), and so does a
  // noun names seldom use (主任谈思路、副主任谈打算): the given name must read as one.
  const nounGiven =
    second?.word === f.name.slice(1) &&
    /^(n|nr|nz|a|x)$/.test(second.tag) &&
    score(SECOND, f.name, 1) + score(THIRD, f.name, 2) >= NAME_LIKE_GIVEN;
  if (f.via === 'post' && nounGiven && titledItemAfter(text, f.end)) return false;
  if (first.word.length === 1 && unsureSurnameBeforeWord(f, sure)) return true;
  if (first.word.length !== 1 || sure) return false;
  // 时|强调: a character seldom a surname, then a speech verb (厍|远航 keeps its rare surname).
  if (second && SPEECH.includes(second.word)) return true;
  if (rareSurnameThenGiven(text, f, first.tag, second) || headSoundPair(text, f)) return false;
  // 向|某主席问好, 访|伊: a preposition or verb, then one character and a title or a country.
  return (
    FUNCTION_TAG.test(first.tag) &&
    ((second?.word.length ?? 0) > 1 || (f.name.length === 2 && /^[pv]$/.test(first.tag)))
  );
}

/** A given name of two characters this name-like by character (春光 1.9, 建军 1.1; 思路 0.7). */
const NAME_LIKE_GIVEN = 1;

/** The next item of a list after `end` opens with a role word (、副主委某某, ，委员某某). */
function titledItemAfter(text: string, end: number): boolean {
  if (!/^[、，,]$/.test(text[end] ?? '')) return false;
  const rank = /^(?:常务副|副)/.exec(text.slice(end + 1, end + 4))?.[0].length ?? 0;
  return roles.longestAt(text, end + 1 + rank) !== undefined;
}

/** 商超, 古柏, 麦田: two characters by sight with a surname seldom one in HanLP's counts. */
export function rareShortName(text: string, f: Found): boolean {
  if (f.name.length !== 2 || surnameEvidence(f.name[0]!).count >= MIN_SHORT_NAME_SURNAME)
    return false;
  // 主教练勒夫公布, 美国记者某某掌握: a role, two sounds, a clear end (not 部长费尔|南德斯, 演员默契配合).
  if (
    foreignChars(f.name) === 2 &&
    !COMMON_PAIRS.has(f.name) &&
    (roleEndingAt(text, f.start) || roleBefore(text, f.start)) &&
    endsAfterRole(text, f.end)
  )
    return false;
  // 同某某总统, 某某说, 夫人某某, 某某总经理就: a title or a name word after it (or a title before it)
  // says it is a name (not a word before a bloc's role: 欧中领导人).
  return (
    !followedByNameWord(text, f.end) &&
    !FOREIGN_TITLE.test(text.slice(f.end, f.end + 2)) &&
    !newWordBeforeRole(text, f.name, f.end) &&
    !(foreignChars(f.name) === 2 && addressTitleAt(text, f.end)) &&
    !FOREIGN_TITLE_BEFORE.test(text.slice(Math.max(0, f.start - 2), f.start)) &&
    // 来自意大利的保罗就在…: the visitor's clause vouches for the name (clause-persons.ts).
    visitorFromAbroadAt(text, f.start)?.name !== f.name
  );
}
