/**
 * Names jieba splits across a word boundary (names42, issue 11): the surname and the first given
 * character make a word its dictionary holds as a name (尚志/nr, 李广/nr, 杨树/nr, 张家/nrfg), and
 * the last given character stands alone (李广|苏|已经) or is glued to the next word (张家|明说).
 * The sight reader (name-model.ts) takes jieba's word and cuts the name short, or refuses it.
 * Read here where the clause frames a name: it opens the clause or follows 和/与/及 or a role word,
 * and the predicate (a verb, an adverb, 正在) or punctuation follows the third character.
 */
import { isCommonWord, tag } from '../text/segmenter.ts';
import { surnameAt } from './names.ts';
import { score, SECOND, THIRD } from './name-stats.ts';
import { surnameEvidence } from './person-roles.ts';
import { followedByNameWord, NOT_GIVEN_NAME, TRANSLITERATED_GIVEN } from './name-frame.ts';
import { roleEndingAt } from './posts.ts';
import { isForeignPlace } from './transliterations.ts';
import type { KnownPlaces } from './facts.ts';

/** What may stand before such a name: punctuation, or a conjunction inside a list of names. */
const OPEN = /[\s，。！？；：:、,（(“"”)）!?;《》和与及]/;
/** Punctuation closing the name. */
const CLOSE = /^($|[\s，。！？；：:、,（(“"”)）!?;》])/;
/** jieba's tags for a name word (尚志/nr, 张家/nrfg). */
const NAME_WORD_TAG = /^(nr|nrfg)$/;
/**
 * What the word after the name is tagged when it opens the predicate: a verb, an adverb, a
 * preposition, a time word (正在/t), a conjunction (和), an idiom (壮烈牺牲/i).
 */
const PREDICATE_TAG = /^(v|vd|vn|d|ad|p|t|c|i)$/;
/**
 * A family's place: surname + 家 + a word of settlements or works (李家窑, 王家湾, 张家村, 刘家坝)
 * names a kiln, a bend, a village, not a person (与某家窑相邻).
 */
const FAMILY_PLACE = /^.家[窑村湾坝沟庄屯岭坪店桥塘坡寨港湖河园巷嘴铺集营堡峪洼滩渡祠院楼寺]$/u;
/** The last given character must score this as a name's (苏 0.0; 口, 场, 上 −0.5). */
const MIN_LAST_GIVEN = 0;
/** Both given characters together must score this (李广苏 0.4; 李白酒 0.2). */
const MIN_GIVEN = 0.3;
/** The surname must be one in this share of its uses in HanLP's counts (尚 0.39). */
const MIN_SURNAME_SHARE = 0.3;

/** The three-character name at i that jieba cuts after its first given character, if any. */
export function splitNameAt(text: string, i: number, knownPlaces: KnownPlaces): string | undefined {
  const surname = surnameAt(text, i);
  if (surname?.length !== 1) return undefined;
  // Cheap tests first: the statistics of the given name, then what opens it.
  if (score(THIRD, text, i + 2) < MIN_LAST_GIVEN) return undefined;
  if (score(SECOND, text, i + 1) + score(THIRD, text, i + 2) < MIN_GIVEN) return undefined;
  if (i > 0 && !OPEN.test(text[i - 1]!) && !roleEndingAt(text, i)) return undefined;
  const name = text.slice(i, i + 3);
  if (!/^\p{Script=Han}{3}$/u.test(name)) return undefined;
  const given = name.slice(1);
  if (NOT_GIVEN_NAME.test(given) || TRANSLITERATED_GIVEN.test(given)) return undefined;
  if (surnameEvidence(surname).share < MIN_SURNAME_SHARE) return undefined;
  const words = tag(text.slice(i, i + 8));
  const [word, last, next] = words;
  if (word?.word !== name.slice(0, 2) || !NAME_WORD_TAG.test(word.tag) || !last) return undefined;
  if (!(closesAlone(text, i + 3, last, next) || gluedToPredicate(name[2]!, last.word)))
    return undefined;
  if (isCommonWord(name) || knownPlaces(name) || isForeignPlace(name)) return undefined;
  if (FAMILY_PLACE.test(name)) return undefined;
  return name;
}

/** 李广|苏|已经: the last character a word alone, punctuation or the predicate after it. */
function closesAlone(
  text: string,
  end: number,
  last: { word: string; tag: string },
  next: { word: string; tag: string } | undefined,
): boolean {
  if (last.word.length !== 1) return false;
  // An adjective before a noun-verb is a noun phrase, no predicate (祝福|新|生活: "a new life").
  const nounPhrase = last.tag === 'a' && next?.tag === 'vn';
  return (
    CLOSE.test(text.slice(end, end + 1)) ||
    followedByNameWord(text, end) ||
    (!!next && PREDICATE_TAG.test(next.tag) && !nounPhrase)
  );
}

/**
 * 张家|明说: the last character glued to a one-character speech verb (说, 讲, 问…); not to any
 * verb, with which it may make the word itself (林海|环抱: 环抱 "encircle" is the predicate).
 */
const gluedToPredicate = (ch: string, glued: string) =>
  glued.length === 2 && glued[0] === ch && /[说讲称道问答]/.test(glued[1]!);
