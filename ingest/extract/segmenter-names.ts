/**
 * Names after a post title that the surname and sound readers miss, read from jieba's words
 * (names38, issue 11). Right after a post title the slot holds a name; where the readers find
 * none there:
 * - one word jieba does not know (x) or holds as a person's (nr, nrt), of two to four characters,
 *   ending clearly (大使某代、, 行长某某25日), or of three under a surname whatever follows
 *   (部长阴某某重点…): a rare surname (阴, 逄), a given character that mostly works as a word
 *   (和), a sound the tables lack (代);
 * - a surname jieba splits off and a two-character word after it, then a verb or a preposition
 *   (主任雷春雨围绕…) or 时 (专家逄良知时，): a given name that is also a word (春雨);
 * - two words opening with a sound (行长法尔|浩25日, 主席巴其|尔勒率领): sounds the tables lack.
 * And a transliterated name the sound reader cut inside a word jieba holds as a person's
 * (易卜拉|欣: 欣 is no sound of the tables, but jieba knows 易卜拉欣/nr): the whole word.
 */
import type { TaggedWord } from '@node-rs/jieba';
import { dictionaryFrequency, tag } from '../text/segmenter.ts';
import { SEGMENTER_NAME_WORD } from './frequency-thresholds.ts';
import { endsClearly, SOUNDS } from './foreign-names.ts';
import { NOT_IN_GIVEN_NAME, surnameAt } from './names.ts';
import { isSound } from './transliterations.ts';
import { isCountry } from './countries.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { roleEndingAt } from './posts.ts';
import type { Found } from './story-names.ts';
import type { KnownPlaces } from './facts.ts';

const SPEECH = gazetteer().speechVerbIndex;

/** Unknown words and names in jieba's tags (not nrfg: 张家/nrfg is a family's, 张家|齐). */
const NAME_TAG = /^(x|nr|nrt)$/;
/** The end of an area's or a body's word: the title ran into a place or an office (市长安区). */
const NOT_NAME_END = /[区县市镇乡村州省国党部委局厅处办会院所队组团军]$/;
/** Words that end a name and open the clause (围绕, 作了, 在, 于…). */
const CLAUSE_OPENER = /^[vpdm]/;

/** The name jieba reads right after a post title at text[i…], if any (see the file's comment). */
function segmenterNameAfterTitle(
  text: string,
  i: number,
  knownPlaces: KnownPlaces,
  shapedOnly = false,
): string | undefined {
  const tokens = tag(text.slice(i, i + 12));
  const [first, second, third] = tokens;
  if (!first || !/^\p{Script=Han}+$/u.test(first.word)) return undefined;
  const readings: { name: string; next?: TaggedWord; shaped?: boolean; held?: boolean }[] = [];
  // 总理内塔尼亚胡逃避责任: a name jieba's dictionary holds (nr, nrt) may have five or six sounds,
  // and ends where jieba ends it when a word of its own follows (逃避责任/n is no verb).
  const held = /^nr/.test(first.tag) && first.word.length >= 3;
  const longest = held ? 6 : 4;
  // 副总统万斯当天表示: a proper noun of two characters (万斯/nz) before a time or a preposition
  // opening the clause is the holder's name too.
  const properBeforeClause =
    first.tag === 'nz' && first.word.length === 2 && /^[tp]$/.test(second?.tag ?? '');
  // 院士钟某山表示: a Chinese name's shape that jieba's dictionary holds as a place (ns), under a
  // surname, right before a verb of speech, is the person (no place speaks; known places are
  // refused below).
  if (
    first.tag === 'ns' &&
    first.word.length === 3 &&
    surnameAt(text, i)?.length === 1 &&
    SPEECH.longestAt(text, i + 3) !== undefined
  )
    readings.push({ name: first.word, next: second, shaped: true });
  if (
    (NAME_TAG.test(first.tag) || properBeforeClause) &&
    first.word.length >= 2 &&
    first.word.length <= longest
  )
    readings.push({
      name: first.word,
      next: second,
      held,
      // 部长阴某某重点就…: a three-character unknown word under a surname is a Chinese name's
      // shape, whatever word follows it.
      shaped: first.tag === 'x' && first.word.length === 3 && surnameAt(text, i)?.length === 1,
    });
  if (
    first.word.length === 1 &&
    surnameAt(text, i) === first.word &&
    second?.word.length === 2 &&
    /^(n|nr|x|nz)$/.test(second.tag) &&
    /^\p{Script=Han}+$/u.test(second.word) &&
    third &&
    ((CLAUSE_OPENER.test(third.tag) && third.word.length > 1) || third.word === '时')
  )
    readings.push({ name: first.word + second.word, next: third });
  // 行长法尔|浩25日, 主席巴其|尔勒率领: a sound opens two words jieba reads as names, unknown
  // words or a place and an abbreviation, then the clause: a name spelt with sounds the tables lack.
  if (SOUNDS.has(first.word[0]!) && second && soundsRun(first, second))
    readings.push({ name: first.word + second.word, next: third });
  for (const { name, next, shaped, held } of readings) {
    if (!mayBeName(name, text, i) || knownPlaces(name) || isCountry(name)) continue;
    const end = i + name.length;
    // 25日 after a name is its date: a number opens the clause only as a day (not 2个).
    if (next?.tag === 'm' && !/^[0-9０-９]+日/.test(text.slice(end, end + 4))) continue;
    // 看望专家逄某知时，: 时 and a pause close the clause a surname's three characters stand in.
    const timed =
      name.length === 3 && surnameAt(text, i)?.length === 1 && /^时[，,]/.test(text.slice(end));
    if (shapedOnly && !shaped && !timed) continue;
    const wordAfter = (next?.word.length ?? 0) >= 2;
    const closed = endsClearly(text, end) || (properBeforeClause && name === first.word);
    if (closed || timed || ((shaped || held) && !shapedOnly && wordAfter)) return name;
  }
  return undefined;
}

/**
 * A reading is no name where it is a frequent word (智慧/nr, 令人), ends like a place or a body (市,
 * 部), opens with a numeral (大臣一职), is four characters not all sounds (某某某称), opens or ends
 * with a character no given name has (称美, 之子), or stands in quotes or a title (谈“某某磁谱仪”:
 * a thing's name).
 */
function mayBeName(name: string, text: string, i: number): boolean {
  if (dictionaryFrequency(name) > SEGMENTER_NAME_WORD || NOT_NAME_END.test(name)) return false;
  // 主席称美|上调, 总统某某之子: a first character that never opens a name (称, 之) is the clause's.
  if (NOT_IN_GIVEN_NAME.has(name[0]!) || NOT_IN_GIVEN_NAME.has(name.at(-1)!)) return false;
  if (/^[一二三四五六七八九十两几]/.test(name)) return false;
  // 主席的殷殷嘱托, 首相突遭不幸, 总统某某当天获邀: two characters are a name only under a
  // surname or a sound, and never a doubled character.
  if (name.length === 2 && (name[0] === name[1] || !(surnameAt(name, 0) || isSound(name, 0))))
    return false;
  if (name.length >= 4 && ![...name].every((_, k) => isSound(name, k))) return false;
  return !/[“‘《「『"]/.test(text[i - 1] ?? '');
}

/** Two words of a name spelt in sounds: three or four characters, the second no place. */
const soundsRun = (a: TaggedWord, b: TaggedWord) =>
  /^(x|nr|nrt|ns)$/.test(a.tag) &&
  /^(x|nr|nrt|j)$/.test(b.tag) &&
  a.word.length + b.word.length >= 3 &&
  a.word.length + b.word.length <= 4 &&
  /^\p{Script=Han}+$/u.test(b.word);

/**
 * 易卜拉|欣在…: a name the sound reader ended one or two characters inside a word jieba holds as
 * a person's name (nr, nrt) is that word.
 */
function segmenterWholeName(text: string, start: number, name: string): string | undefined {
  const [first] = tag(text.slice(start, start + name.length + 4));
  if (!first || !/^(nr|nrt)$/.test(first.tag)) return undefined;
  const extra = first.word.length - name.length;
  return extra >= 1 && extra <= 2 && first.word.startsWith(name) ? first.word : undefined;
}

/**
 * The name afterTitle (people.ts) takes at text[i…], given what the surname and sound readers
 * read there: jieba's reading where they read none, or where theirs stops inside jieba's run of
 * sounds (主席巴其尔|勒); a run of sounds ending inside jieba's name is that name (易卜拉|欣). After
 * an occupation (游客来台) only an unknown word of a Chinese name's shape, ending clearly.
 */
export function segmenterReading(
  text: string,
  i: number,
  role: string,
  knownPlaces: KnownPlaces,
  read: string | undefined,
): string | undefined {
  // 小将刘某彬获得: after an occupation only a Chinese name's shape that ends clearly.
  if (gazetteer().occupations.has(role))
    return read ?? segmenterNameAfterTitle(text, i, knownPlaces, true);
  const jieba = segmenterNameAfterTitle(text, i, knownPlaces);
  if (
    jieba &&
    (!read ||
      (jieba.length > read.length && jieba.startsWith(read) && isSound(jieba, jieba.length - 1)))
  )
    return jieba;
  const sounds =
    read && read.length >= 3 && isSound(read, read.length - 1) && isSound(read, read.length - 2);
  return (sounds && segmenterWholeName(text, i, read)) || read;
}

/** A finding after a post title that jieba reads as a name there (false-names.ts keeps it). */
export const segmenterKeepsAfterTitle = (text: string, f: Found): boolean =>
  f.via === 'post' &&
  segmenterNameAfterTitle(
    text,
    f.start,
    () => false,
    gazetteer().occupations.has(roleEndingAt(text, f.start) ?? ''),
  ) === f.name;

/**
 * 张伟代表关注产业…: a verb right after a title, with the "name" cutting the next word in two
 * (关注|产|业), opens the predicate. A name that reads as a verb stays (甘露霏: 甘露|霏|说).
 */
export function opensWithVerb(text: string, i: number, name: string): boolean {
  const tokens = tag(text.slice(i, i + name.length + 2));
  if (tokens[0]?.tag !== 'v' || tokens[0].word.length < 2) return false;
  let end = 0;
  for (const t of tokens) if ((end += t.word.length) === name.length) return false;
  return true;
}
