/**
 * A bare government title before a foreign name (副总理某某, 外长某某): the office of the country its
 * sentence names before it. Read by people.ts (afterTitle).
 */
import { NOUN_CONJUNCTIONS } from '../text/function-words.ts';
import { gazetteer } from '../gazetteer/index.ts';
import type { PostTitle } from './facts.ts';
import { countryEndsAt } from './countries.ts';
import { isForeignCharAt } from './name-stats.ts';
import { INNER_SOUNDS, SOUNDS } from './foreign-names.ts';
import { hasSurnameAt } from './names.ts';
import { onlyForeignState } from './former-heads.ts';
import {
  afterVerb,
  countryNamedBefore,
  lineupCountry,
  lineupTitles,
  listedForeignTitle,
} from './foreign-lineups.ts';

/** 甲与乙: the second of two holders joined by a conjunction. */
const AFTER_CONJUNCTION = new RegExp(`[${NOUN_CONJUNCTIONS}]([^${NOUN_CONJUNCTIONS}]{2,5})$`);

const g = gazetteer();

/**
 * A government's titles that a bare one before a foreign name shares with its sentence's country;
 * its chief of staff too (某国总理甲、国防部长乙和总参谋长丙); not 财政部长, whose ministry names join
 * two fields with 和 (国民经济和财政部长: one title, not two officials).
 */
const BARE_GOVERNMENT_TITLE =
  /^(?:副?总理|副?总统|首相|王储|太后|太皇|外长|防长|外交部长|国防部长|议长|国务卿|外相|防卫相|总参谋长)$/;

/**
 * 某国议会通过了副总理某某的任命, 、副总理某某: a bare government title (no body before it) right
 * before a transliterated name is the office of the last foreign country its sentence names before
 * the title, as a head's title after such a name is (foreignPostAfterName); none where the sentence
 * names none or names the country with another office (某国总统会见来访的总理某某).
 */
export function bareForeignTitle(
  chain: string[],
  text: string,
  titleEnd: number,
  name: string,
): PostTitle[] {
  // 通过了包括副总理某某: the title after the clause that LEADING_WORDS (posts.ts) cuts.
  const cut =
    chain.length === 1
      ? afterVerb(chain[0]!.replace(/^.*(?:包括|批准了|通过了|任命了|以及|有关|弹劾)/, ''))
      : '';
  // 总理某某和外长某某: the chain runs back over the name before 和; the title is the part after.
  // 埃及外长某某: 及 closing a country's name (埃及) is no conjunction. 与 joins two as 和 does
  // (某国反对派领袖甲与前国防部长乙).
  const and = AFTER_CONJUNCTION.exec(cut);
  const afterAnd = and && !countryEndsAt(cut, and.index + 1) ? and[1] : undefined;
  const printed =
    afterAnd && BARE_GOVERNMENT_TITLE.test(afterAnd.replace(/^前/, '')) ? afterAnd : cut;
  // 某国国王甲、王储兼首相乙: bare titles joined by 兼 in a line of one country's officials (pairs34).
  const joined = printed.split('兼');
  if (joined.length > 1 && joined.every((t) => BARE_GOVERNMENT_TITLE.test(t)))
    return lineupTitles(joined, text, titleEnd - printed.length);
  // 有关前总统某某: a former holder; the bare printed form is an alias of the office. 时任首相某某:
  // 时任 (then in office) marks the time, not the office's form: the alias is the bare title.
  const title = printed.replace(/^(?:前|时任)/, '');
  const then = printed.startsWith('时任');
  // A title China has no holder of (总统, 首相) is foreign whatever the name looks like (弹劾总统某某).
  // 某国财政部长甲、贸易代表乙: a short title with no body takes its line's country.
  if (!BARE_GOVERNMENT_TITLE.test(title)) return listedForeignTitle(chain, text, titleEnd);
  // 某国总统甲、总理莫迪: a title after 、 in a line of one country's officials is that country's,
  // though the name reads as a surname and a given name.
  const listed = lineupCountry(text, titleEnd - printed.length, title) !== undefined;
  if (!listed && !spelledInSounds(name) && !/^(?:副?总统|首相)$/.test(title)) return [];
  // States only: a city named on the way (在某国首都某市会见…、总理某某) is no government.
  const country =
    countryNamedBefore(text, titleEnd - printed.length, title, g.states) ??
    (then ? onlyForeignState(text, titleEnd) : undefined); // former-heads.ts
  if (!country) return [];
  const label = country + title;
  // The bare title as printed is the form readers quote beside the name: an alias of the office.
  const alias = then ? title : printed;
  return [{ label, printed: alias, organization: country, role: title, former: printed !== title }];
}

/** Every character a sound of transliteration (韦列修克: 修 only inside a run), three or more. */
const spelledInSounds = (name: string): boolean =>
  (name.length >= 3 || !hasSurnameAt(name, 0)) &&
  [...name].every((ch, k) => SOUNDS.has(ch) || INNER_SOUNDS.has(ch) || isForeignCharAt(name, k));
