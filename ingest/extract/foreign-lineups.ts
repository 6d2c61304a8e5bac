/**
 * The country of a foreign official's bare title from the sentence: the last country named before
 * it, and lines of one country's officials (某国总统甲，议长乙，总理丙和外长丁) whose later titles
 * are that country's offices.
 */
import { countryAtStart, gazetteer } from '../gazetteer/index.ts';
import { segment } from '../text/segmenter.ts';
import { wordEndingAt } from './countries.ts';
import type { PostTitle } from './facts.ts';
import { envoyInLine } from './envoy-lines.ts';
import { dottedNameEndingIn } from './dotted-tails.ts';

const g = gazetteer();

/** Bodies of states in the country list: no 总统 or 总理 of their own (联合国秘书长…、某某总理). */
const NO_HEAD = /^(欧盟|联合国|北约|东盟|非盟)$/;
/** A foreign state that can head its own offices (not China, not a body of states). */
const isForeignHead = (word: string) =>
  word !== '中国' && !NO_HEAD.test(word) && g.states.has(word);
const OTHER_OFFICE = /^(?:总统|总理|首相|外长|部长|议长|国王|大使)/;

/**
 * The country named last in `text` before `end`, within its sentence, China left out; a country
 * printed with another office (日本首相称，某某总统说) is that official's, not the title's.
 */
export function countryNamedBefore(
  text: string,
  end: number,
  title: string,
  names: Set<string> = g.countries,
  /** The holder's name, whose other printings may name the country (countryOfNameElsewhere). */
  holder?: string,
): string | undefined {
  // Not past a semicolon: a list's items are separate facts (…中俄元首三次会晤；…习近平主席同某某总统
  // 举行会晤: Russia is the item before's; dups35, a U.S. president read as Russia's on cctv24z).
  for (let j = end - 1; j >= 0 && !/[。！？!?；;\n]/.test(text[j]!); j--)
    for (let n = Math.min(8, end - j); n >= 1; n--) {
      const word = text.slice(j, j + n);
      if (word === '中国' || NO_HEAD.test(word) || !names.has(word)) continue;
      // 中俄 (关系, 元首…): a pair of states names China's partner, not the holder's country.
      if (n === 1 && text[j - 1] === '中') break;
      // 贝尔格莱德国际机场: 德国 there is the tail of a city and 国际, no country.
      if (word.endsWith('国') && text[j + n] === '际') continue;
      // 文莱苏丹某某、王储某某: a state's name right after another's is its ruler's title (苏丹, the
      // Sultan), not a second state (things36; 苏丹王储 junk on fresh days).
      if (afterState(text, j, names)) continue;
      // 白俄罗斯总统甲和总理乙: 俄罗斯 read from the back is the tail of a longer state's name.
      if (tailOfState(text, j, n, names)) continue;
      const office = OTHER_OFFICE.exec(text.slice(j + n, j + n + 2))?.[0];
      if (!office || office === title || inLineup(text.slice(j + n, end))) return word;
      break;
    }
  return holder ? countryOfNameElsewhere(text, holder, title) : undefined;
}

/** Whether a longer state's name (白俄罗斯) opening before j covers [j, j + n) (俄罗斯, 俄). */
function tailOfState(text: string, j: number, n: number, names: Set<string>): boolean {
  for (let from = Math.max(0, j - 7); from < j; from++)
    for (let to = j + n; to <= from + 8; to++) if (names.has(text.slice(from, to))) return true;
  return false;
}

/** Whether a state's name (of 2 to 8 characters) ends right before `at`. */
function afterState(text: string, at: number, names: Set<string>): boolean {
  return wordEndingAt(text, at, (word) => word !== '中国' && names.has(word)) !== undefined;
}

/**
 * 某国总统某某夫妇，议长某某，总理某某和外长某某: a line of one country's officials, each a title
 * and a name, parted by commas or 和, with no verb between (某国总统会见来访的总理某某 is two
 * countries). The text runs from the country's first office to the bare title.
 */
function inLineup(between: string): boolean {
  return (
    between.length <= 80 &&
    /[，、和及]$/.test(between) &&
    !/会见|会谈|来访|访问|欢迎|陪同|见证|称|说|表示|指出|致|向|同|与|对|在|的/.test(between)
  );
}

/**
 * 某国总统甲、总理乙, 某国财政部长甲及商务部长乙、贸易代表丙: the country of a line of one
 * country's officials, for a title printed right after its 、 or 和 (the line checked by inLineup).
 */
export function lineupCountry(text: string, titleStart: number, title: string): string | undefined {
  // 某国副总统甲和国务卿乙: 和 joins two of the line's officials as 、 does; so does (以)及
  // (某国财政部长甲以及贸易代表乙).
  if (!/[、和及]/.test(text[titleStart - 1] ?? '')) return undefined;
  const country = countryNamedBefore(text, titleStart, title, g.states);
  if (!country) return undefined;
  const at = text.lastIndexOf(country, titleStart - 1);
  return at >= 0 && inLineup(text.slice(at + country.length, titleStart)) ? country : undefined;
}

/** A title of one role word or a short field and a role (贸易代表, 安全顾问), no body before it; a
 * cabinet minister named by portfolio (某国国防大臣甲和外交大臣乙: 外交大臣 is that country's). */
const BARE_LISTED_TITLE = /^[\u4e00-\u9fa5]{0,4}(?:代表|顾问|助理|特使|发言人|大臣)$/;

/**
 * 某国财政部长甲及商务部长乙、贸易代表丙: a bare title after 、, 和 or (以)及 in a line of one
 * country's officials, with no body of its own, is that country's office (美国贸易代表).
 */
export function listedForeignTitle(chain: string[], text: string, titleEnd: number): PostTitle[] {
  // 某国财政部长甲以及贸易代表乙: the chain runs back over the name before (以)及/和 (and over
  // the titles before that name: 甲方牵头人、某国财政部长甲以及…); the title is the part after it
  // (lineupCountry checks the conjunction and the line).
  const last = chain[chain.length - 1] ?? '';
  const after = last.replace(/^.*[和及]/, '');
  const title = chain.length === 1 || after !== last ? after : '';
  // 甲和美国总统特使乙: a title that names its own country is no bare one of the line's.
  // 甲、俄总统助理乙: the country printed short (俄, 美) heads the title as well.
  // 中国驻某国大使甲、驻联合国代表乙: the sending state's, not the host's (envoy-lines.ts).
  if (ENVOY.test(title)) return envoyInLine(text, titleEnd, title, inLineup);
  if (!BARE_LISTED_TITLE.test(title) || countryAtStart(title) || shortCountryAtStart(title))
    return [];
  const country = lineupCountry(text, titleEnd - title.length, title);
  if (!country) return [];
  // 某国国防大臣甲和外交大臣乙: a minister takes the country of a line of the cabinet only (某国某省
  // 省长甲、外交大臣乙 leaves it as printed).
  const line = text.slice(
    text.lastIndexOf(country, titleEnd - title.length),
    titleEnd - title.length,
  );
  if (title.endsWith('大臣') && !/(?:大臣|首相|总理|部长)/.test(line)) return [];
  const label = country + title;
  return [{ label, printed: title, organization: country, role: title, former: false }];
}

/** An envoy's title with no state before it: posted to a state or a body (驻联合国代表). */
const ENVOY = /^驻[\u4e00-\u9fa5]{1,10}(?:大使|代表|总领事|领事|公使|大使衔代表)$/;

/** A one-character short form of a country (俄, 美: country-short.txt) heading a title of its own. */
const shortCountryAtStart = (title: string) =>
  title.length > 2 && !!g.countryShort.get(title[0]!) && BARE_LISTED_TITLE.test(title.slice(1));

/**
 * 习近平主席同某某总统举行会谈: a sentence that names no country before the name and its bare
 * head's title; the story printing the same name elsewhere right after a country and the same
 * title (某国总统某某) says whose office it is (people18: the 武契奇总统 form, cctv23m, cctv24c).
 */
function countryOfNameElsewhere(text: string, name: string, title: string): string | undefined {
  // 同某某总统 after 某国总统甲·某某: the dotted full name carries the country and the title.
  const full = dottedNameEndingIn(text, name);
  return (
    countryTitledElsewhere(text, name, title) ??
    (full ? countryTitledElsewhere(text, full, title) : undefined) ??
    pairedWithChinaBefore(text, text.indexOf(name + title))
  );
}

/**
 * The state printed right before the same title and name elsewhere in the story (某国总统某某), or
 * undefined. Alone, without the pairing of the sentence before, for names Chinese in shape: 中朝关系
 * before 以习近平总书记为核心 says nothing of whose 总书记 he is.
 */
export function countryTitledElsewhere(
  text: string,
  name: string,
  title: string,
): string | undefined {
  for (let k = text.indexOf(title + name); k >= 0; k = text.indexOf(title + name, k + 1)) {
    const state = wordEndingAt(text, k, isForeignHead);
    if (state) return state;
  }
  return undefined;
}

/**
 * 中塞友谊历久弥坚。习近平主席同某某总统多次会晤: the sentence before, in the same paragraph, pairs
 * China with one country by its one-character short form (中塞, 中俄): the head's title is that
 * country's (people18, cctv25e). Only one such pair; a short form of several countries only where
 * the story names one of them in full.
 */
function pairedWithChinaBefore(text: string, at: number): string | undefined {
  if (at < 0) return undefined;
  const start = text.lastIndexOf('。', at - 1);
  const paragraph = text.lastIndexOf('\n', at - 1);
  if (start < 0 || start < paragraph) return undefined;
  const before = text.slice(Math.max(paragraph + 1, text.lastIndexOf('。', start - 1) + 1), start);
  const pairs = new Set(
    [...before.matchAll(/中(\p{Script=Han})(?=[两友关合建交方铁传全])/gu)].map((m) => m[1]!),
  );
  if (pairs.size !== 1) return undefined;
  const short = [...pairs][0]!;
  // 塞 stands for several countries (塞尔维亚, 塞内加尔): the one of them the story names.
  const named = [...g.states].filter(
    (s) => s.startsWith(short) && s !== '中国' && text.includes(s),
  );
  const country = g.countryShort.get(short) ?? (named.length === 1 ? named[0] : undefined);
  return country && country !== '中国' ? country : undefined;
}

/**
 * 某国国王甲、王储兼首相乙: bare titles joined by 兼 after 、 in a line of one country's officials
 * are each that country's office, printed bare (pairs34); none outside a line.
 */
export function lineupTitles(titles: string[], text: string, titleStart: number): PostTitle[] {
  const country = lineupCountry(text, titleStart, titles[0]!);
  if (!country) return [];
  return titles.map((t) => ({
    label: country + t,
    printed: t,
    organization: country,
    role: t,
    former: false,
  }));
}

/**
 * 要求释放总统某某, 谴责首相某某, 针对总统某某: a verb or preposition of two or more characters
 * acting on the holder ends the words before a bare title (代总统, 前总统 keep their mark: no verb before the title).
 */
export function afterVerb(printed: string): string {
  const m = /(?:副?总理|副?总统|首相|外长|防长|外交部长|国防部长|议长)$/.exec(printed);
  if (!m || m.index === 0) return printed;
  const words = segment(printed.slice(0, m.index), false);
  const last = words[words.length - 1];
  // 针对总统某某的逮捕令: a preposition of two characters or more too (针对/p).
  return last && last.word.length >= 2 && /^[vp]/.test(last.tag) ? m[0] : printed;
}
