/**
 * The clause before an office that ends in 和/与/及/向 (split out of posts.ts): another title, a
 * title and a name, or a name alone, whose office is the one after the conjunction.
 */
import { NOUN_CONJUNCTION } from '../text/function-words.ts';
import { countryAtStart, gazetteer } from '../gazetteer/index.ts';
import { roleEndingAt } from '../extract/posts.ts';
import { startsWithPlace } from '../extract/places.ts';
import { dictionaryFrequency, tag } from '../text/segmenter.ts';
import { actorClauseEnd } from './actor-clauses.ts';

const g = gazetteer();

/** Whether the character at i is a word of its own (和, not 共和国's). */
function standsAlone(org: string, i: number): boolean {
  let at = 0;
  for (const t of tag(org)) {
    if (at === i) return t.word.length === 1;
    if ((at += t.word.length) > i) return false;
  }
  return false;
}

/** Countries whose names hold 和, 与 or 及 (安提瓜和巴布达, 阿尔及利亚). */
const JOINED_COUNTRIES = [...g.countries].filter((c) => NOUN_CONJUNCTION.test(c));

/**
 * Another title, or a title and a name, before 和/与/及/向 (某国政府代表和中国驻某国大使, 王储某某和
 * 首相, 某办负责人向某区行政长官): the clause up to the conjunction, whose office is the one after it.
 */
export function titleBefore(org: string): string | undefined {
  for (let i = org.length - 1; i >= 2; i--) {
    if (!'和与及向'.includes(org[i]!)) continue;
    for (let end = i; end >= Math.max(2, i - 4); end--)
      if (roleEndingAt(org, end)) return org.slice(0, i + 1);
    // 与某某和联邦院主席: a name before 和 (a person's, the segmenter's nr or unknown word), not
    // a field of the body's own name (工业和信息化部).
    // Not inside a country's own name (阿尔及利亚, 安提瓜和巴布达).
    const before = tag(org.slice(0, i));
    const inCountry = JOINED_COUNTRIES.some((c) => {
      const at = org.indexOf(c);
      return at >= 0 && at < i && i < at + c.length;
    });
    if (
      !inCountry &&
      !countryField(org.slice(0, i)) &&
      standsAlone(org, i) &&
      before.every((t) => /^(nr|x)/.test(t.tag))
    )
      return org.slice(0, i + 1);
    return undefined;
  }
  return undefined;
}

/**
 * 某国移民与海关执法局: a country and a word of the dictionary (移民) the segmenter glues into one
 * guessed name is the first field of the body's name before 与, no person's name (posts42).
 */
function countryField(head: string): boolean {
  const country = countryAtStart(head);
  return !!country && dictionaryFrequency(head.slice(country.length)) > 0;
}

/** A verb of two characters and a preposition before a title (签发对, 发出给). */
const VERB_PREPOSITION = /^(\p{Script=Han}{2})[对向给](?=\p{Script=Han}{2})/u;

/**
 * 13日签发对总统警卫次长: a verb acting on the holder through a preposition is a clause before
 * the title (pairs34): its length, or 0.
 */
export function verbActingBefore(org: string): number {
  const m = VERB_PREPOSITION.exec(org);
  if (m && tag(m[1]!).every((t) => t.tag.startsWith('v'))) return m[0].length;
  // 某某在某公司, 某院依法对某委: a subject of its own and a preposition (actor-clauses.ts).
  return actorClauseEnd(org);
}

/**
 * 甲任某市委副书记 乙任某市委常委 (a headline of appointments), 乙同志任某市委常委: a person's
 * name (or 同志) and the verb 任 glued before a place's body. The title read there is a clause of
 * appointments, not one office: which of the bodies, and whose, the reader cannot say (the
 * appointment's own sentence gives its pair). A name of two or three characters opening the title
 * or after a space, or 志 of a cut 同志; a place's name opening with 任 (任城区) is no clause.
 */
// 时任, 曾任, 现任, 兼任…: a tenure word before 任 (正是时任某市委书记的某某), no name.
const APPOINTED =
  /(?:^|\s)\p{Script=Han}{2,3}(?<![时曾历现兼拟新原后升调继出担转再连])任|^志任|同志任/u;
export function appointmentsGlued(org: string): boolean {
  const m = APPOINTED.exec(org);
  return !!m && startsWithPlace(org.slice(m.index + m[0].length));
}
