/**
 * A name printed before its role word (某某律师则认为, 某某博士告诉记者, 某某副局长仍在上班, 问某某总监):
 * a surname and a given name, then a role or occupation of the gazetteers (副 allowed), then a
 * clear boundary. jieba must read the name as a name or a new word (not 金融|办主任), and the
 * role must start a word of its own (not 常委会委员长).
 */
import { gazetteer } from '../gazetteer/index.ts';
import { tag, wordStartingAt } from '../text/segmenter.ts';
import { NOT_IN_GIVEN_NAME, nameCandidatesAt, surnameAt, surnameLengthOf } from './names.ts';
import { isSureSurname } from './names-by-role.ts';
import { COMMON_PAIRS, FOREIGN, givenScore, readsAsFrequentWords } from './name-stats.ts';
import { NOT_GIVEN_NAME, TRANSLITERATED_GIVEN } from './name-frame.ts';
import { isForeignPlace } from './transliterations.ts';
import { wordIndex } from '../text/word-index.ts';
import { seenPerson, type PersonFinding } from './facts.ts';

const g = gazetteer();
/**
 * 代表/委员 have their own rule (people.ts beforeDelegate); the others are as often plain nouns.
 * A crowd (市民, 村民, 游客) is printed before a person's name (市民某某), never after it as a
 * title: before one it is the object of what the words before it do (蔬菜包向市民投放).
 */
const NOT_AFTER_NAME = new Set([
  '代表',
  '委员',
  '成员',
  '人员',
  '工作人员',
  '员工',
  '人士',
  '群众',
  ...['市民', '村民', '居民', '游客', '旅客', '乘客', '网友', '网民', '观众', '患者', '消费者'],
]);
const ROLES = [...g.roleWords]
  .filter((r) => r.length >= 2 && !NOT_AFTER_NAME.has(r))
  .sort((a, b) => b.length - a.length);
const roleWords = wordIndex(ROLES);
const lex = g.lexicon;
const followers = gazetteer().nameFollowerIndex;

const FU = '副'.charCodeAt(0);
const DAI = '代'.charCodeAt(0);
/** 某某代市长: 代 (acting) is printed before the head of a local government only. */
const ACTING_HEAD = /^(?:省|市|区|县|州|旗|盟|镇|乡)长$/;
/** The role word printed at `at` (副, 常务副, or 代 before a local head, in front allowed), if any. */
function roleAt(text: string, at: number): string | undefined {
  // Hot (three calls per surname): the grade by char codes, no slice.
  if (text.charCodeAt(at) === DAI) {
    const head = roleWords.longestAt(text, at + 1);
    if (head && ACTING_HEAD.test(head)) return '代' + head;
  }
  const grade = text.charCodeAt(at) === FU ? '副' : text.startsWith('常务副', at) ? '常务副' : '';
  const role = roleWords.longestAt(text, at + grade.length);
  return role ? grade + role : undefined;
}

const COUNTED = /[0-9０-９一二三四五六七八九十两几多][名位个]$/;

/** Roles of a side or a bloc as often as of one person (欧中领导人, 某国官员). */
const BLOC_ROLE = /^(领导人|领袖|官员|高官)/;

/**
 * 某某总经理就, 逯某副局长: a two-character name jieba guesses as one new word (x), then a role
 * of the gazetteers (not 代表, 成员…, nor a bloc's: 欧中领导人; 卓越/nr 领导人 is a word).
 */
export function newWordBeforeRole(text: string, name: string, at: number): boolean {
  const role = roleAt(text, at);
  if (!role || BLOC_ROLE.test(role)) return false;
  const tokens = tag(text.slice(at - name.length, at));
  return tokens.length === 1 && tokens[0]!.tag === 'x';
}

/**
 * One character that opens the predicate after a role (某某副局长仍在, 某某主编来宣布,
 * 某某元帅一案), standing alone in jieba's reading.
 */
const LONE_AFTER_ROLE = /^[仍在来去也还就已曾将又都一]$/;
/**
 * Roles one addresses a person by (某某老师, 某某律师): printed after a name as a title of respect,
 * so a name jieba guesses as one new word under a sure surname needs less of the character
 * statistics there (王强律师, whose 强 is seldom a name's last character), and a verb of speaking
 * or teaching of one character may follow (某某老师问, 某某老师讲).
 */
const ADDRESS = /^(老师|律师|医生|大夫|教授|师傅)$/;
const ADDRESS_BONUS = 1;
const LONE_AFTER_ADDRESS = /^[说问讲教带给让陪]$/;

function clearAfter(text: string, end: number, address = false): boolean {
  const rest = text.slice(end, end + 6);
  if (rest === '' || /^[\s，。！？；：:、,（(“"”)）!?;]/.test(rest)) return true;
  if (followers.longestAt(rest, 0) !== undefined) return true;
  const first = tag(rest)[0];
  if (!first) return false;
  if (first.word.length === 1)
    return LONE_AFTER_ROLE.test(first.word) || (address && LONE_AFTER_ADDRESS.test(first.word));
  // 一案, 一行: a count after the role.
  return /^[vpdc]/.test(first.tag) || (first.tag === 'm' && rest[0] === '一');
}

/** Given-name characters must score this in names (name-stats), as in names-by-role.ts. */
const MIN_GIVEN = { 1: 0, 2: -0.5 } as const;
/** A given name that is a word of jieba's must score this (某保国 0). */
const MIN_GIVEN_AS_WORD = 0;
/** How much lower the floor is when jieba guesses the name as one new word. */
const MIN_GIVEN_NEW_BONUS = 0.5;
/** 朱副主席, 张姓市民: a grade or 姓 is no given name. */
const NOT_GIVEN = /[副姓]/;

/** The name at i when a role word follows it, if the text reads so. */
export function nameBeforeRole(text: string, i: number): string | undefined {
  // Cheap test first: a role word must start two or three characters on.
  const two = roleAt(text, i + 2);
  const three = roleAt(text, i + 3);
  if (!two && !three && !roleAt(text, i + 4)) return softEndBeforeTitle(text, i);
  // ４名左翼议员: after a count of people the words before the role are a kind, not a name.
  if (COUNTED.test(text.slice(Math.max(0, i - 4), i))) return undefined;
  // 某某·贝托夫导演, 卡贝托夫: inside a transliterated name.
  if (
    /[·•・]/.test(text[i - 1] ?? '') ||
    (FOREIGN[text.charCodeAt(i - 1)] && FOREIGN[text.charCodeAt(i)])
  )
    return undefined;
  // jieba must start a word at the surname (某某|徐某, not 金|融办): asked once, and only for a
  // candidate that passes the tests without the segmenter (most surnames have none).
  let startsWord: boolean | undefined;
  for (const name of nameCandidatesAt(text, i).reverse()) {
    const end = i + name.length;
    const role = roleAt(text, end);
    if (!role) continue;
    const surname = surnameLengthOf(name);
    const given = name.slice(surname);
    if (NOT_GIVEN.test(given) || NOT_GIVEN_NAME.test(given) || TRANSLITERATED_GIVEN.test(given))
      continue;
    if (isForeignPlace(name) || (name.length === 2 && readsAsFrequentWords(name, surname)))
      continue;
    const g = i + surname;
    const s2 = givenScore(text, g, given.length);
    // The lowest floor any reading allows, before the segmenter is asked (see below).
    const sure = surname > 1 || isSureSurname(name[0]!);
    const address = ADDRESS.test(role);
    const bonus = address ? ADDRESS_BONUS : MIN_GIVEN_NEW_BONUS;
    if (s2 < MIN_GIVEN[given.length as 1 | 2] - (sure ? bonus : 0)) continue;
    startsWord ??= i === 0 || wordStartingAt(text, i, 3, 4) !== undefined || askedAt(text, i, end);
    if (!startsWord) return undefined;
    if (!clearAfter(text, end + role.length, address)) continue;
    // Two characters past the role let jieba see a longer word it opens (周中|冠军联赛).
    // 某某代市长: jieba glues 代 to the name's last character (陈德明代 → 明代, the dynasty), so the
    // name is read as printed without the acting mark, which then prefixes the head's title.
    const acting = role.charCodeAt(0) === DAI;
    const reading = acting
      ? readsAsName(name + text.slice(end + 1, end + role.length + 2), name, surname, role.slice(1))
      : readsAsName(text.slice(i, end + role.length + 2), name, surname, role);
    if (!reading) continue;
    // 许南博士: a given character seldom in names' counts passes when jieba guesses the name as one
    // new word under a surname HanLP's counts vouch for (not 武生, a word tagged nr; not 和|习主席).
    const floor = MIN_GIVEN[given.length as 1 | 2] - (reading === 'new' && sure ? bonus : 0);
    if (s2 < floor) continue;
    // 王宪章 (nr) stays whole; a surname and a word (高+级) or a rare surname need jieba's whole name.
    if (
      reading.startsWith('parts') &&
      ((surname === 1 && !isSureSurname(name[0]!)) || readsAsFrequentWords(name, surname))
    )
      continue;
    // 某保国局长: a given name jieba reads as a word of its own (保国/ns) before a role word passes
    // where its characters score as a name's and the word is no frequent one (not 高+水平).
    if (reading === 'parts-word' && (s2 < MIN_GIVEN_AS_WORD || COMMON_PAIRS.has(given))) continue;
    return name;
  }
  return softEndBeforeTitle(text, i);
}

/** Titles only a person bears, printed after the name (某某教授, 某某上将). */
const PERSON_TITLE = /^(教授|院士|上将|中将|少将)/;
/** Characters that mostly follow a name (某|之, 某|有) but end given names too (侯仁之, 傅全有). */
const SOFT_LAST_GIVEN = /[之有]$/;

/**
 * 侯仁之教授, 傅全有上将: a given name ending in 之 or 有 (read as a particle or a verb, so no
 * candidate above) where jieba's dictionary holds the three characters as one name (nr) and a
 * person's title follows as a word of its own. Alone such entries are as often a name and 之 (曹丕之),
 * which no 教授 or 上将 follows; the surname must be one HanLP's counts vouch for.
 */
function softEndBeforeTitle(text: string, i: number): string | undefined {
  const surname = surnameAt(text, i);
  if (!surname) return undefined;
  const end = i + surname.length + 2;
  const name = text.slice(i, end);
  const title = PERSON_TITLE.exec(text.slice(end, end + 2))?.[0];
  if (!title || !SOFT_LAST_GIVEN.test(name) || name.length !== surname.length + 2) return undefined;
  if (NOT_IN_GIVEN_NAME.has(name[surname.length]!)) return undefined;
  if (surname.length === 1 && !isSureSurname(surname)) return undefined;
  if (i > 0 && wordStartingAt(text, i, 3, 4) === undefined) return undefined;
  const tokens = tag(text.slice(i, end + title.length + 2));
  if (tokens[0]?.word !== name || !/^nr/.test(tokens[0].tag) || tokens[1]?.word !== title)
    return undefined;
  return clearAfter(text, end + title.length, true) ? name : undefined;
}

/** 问|某某总监, 请|某某老师: a one-character verb of asking glued by jieba to the name after it. */
const ASKING = /[问请让给找叫]/;
function askedAt(text: string, i: number, end: number): boolean {
  if (!ASKING.test(text[i - 1] ?? '')) return false;
  return tag(text.slice(i - 1, end + 2))[0]?.word === text.slice(i - 1, end);
}

/**
 * jieba reads the name as one name ('whole'; 'new' when it is its guess at an unknown word), or the
 * surname then a new word ('parts'), and the role as a word after it.
 */
function readsAsName(
  window: string,
  name: string,
  surname: number,
  role: string,
): 'whole' | 'new' | 'parts' | 'parts-word' | undefined {
  const tokens = tag(window);
  const first = tokens[0];
  if (!first) return undefined;
  let at: number;
  if (first.word === name) {
    if (!/^(nr|nrfg|x)$/.test(first.tag)) return undefined;
    at = 1;
  } else if (first.word.length === surname && tokens[1]?.word === name.slice(surname)) {
    at = 2;
  } else return undefined;
  let read = '';
  for (let k = at; k < tokens.length && read.length < role.length; k++) read += tokens[k]!.word;
  const roleRead =
    read === role &&
    tokens[at]!.word.length > 1 &&
    // 严复|翻译的: a role word that jieba reads as a verb here is the predicate.
    !tokens[at]!.tag.startsWith('v');
  if (!roleRead) return undefined;
  if (at === 2 && !/^(nr|x)$/.test(tokens[1]!.tag) && tokens[1]!.word.length > 1)
    return 'parts-word';
  return at === 2 ? 'parts' : first.tag === 'x' ? 'new' : 'whole';
}

/** A name printed before its role word (某某律师则认为), as findPeople records it. */
export function beforeRole(text: string, i: number): PersonFinding | undefined {
  const name = nameBeforeRole(text, i);
  return name ? seenPerson(name, i) : undefined;
}
