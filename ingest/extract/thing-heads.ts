/**
 * Heads that make a name read by sight a thing's (types38, issue 13, from junk people of the
 * cctv22u, cctv24y, cctv25r annotations and of fresh days):
 * - 某某电气集团 … 某某电气坚持…: a firm's name printed once before its legal form (集团, 公司,
 *   有限公司: noun-phrases.ts FIRM_HEAD) is the firm's at every printing in the story, where it
 *   is often printed short (某某电气 without 集团);
 * - 费城某某表演艺术中心, 某某大剧院: a venue of the arts after the "name" is named after someone
 *   or something, and is no person (beside thing-contexts.ts INSTITUTIONS);
 * - 文博工作者, 文博事业: a field's workers or cause after the "name": the word is that field;
 * - 森林: a word the dictionary holds as a common noun (not tagged a name) and counts as often as
 *   the commonest words is that word, never a person's name;
 * - 风油精、毛巾等, 康乃馨、百合切花: an item of a list whose next item is a common noun (no title
 *   or occupation) lists things; a list of people holds names, titles and occupations only;
 * - 某州首府某某: a capital's name after 首府, 首都 or 省会 is a city's, at every printing;
 * - 天津某某青, 某某青木版年画: a "name" printed right after a district's name anywhere in the
 *   story is a place in it (a town, a site), at every printing; a person is introduced by a noun
 *   or a title after the place (某地村民某某), not glued to it;
 * - 森林法: a common noun and 法 is a law's short name (草原法, 森林法), no person;
 * - 滑雪服, 滑冰服, 滑雪板: a word the dictionary counts (滑雪, 冲锋) and a garment's or a gear's
 *   head (服, 鞋, 帽, 裤, 板), which no given name ends in, is that garment or gear.
 * Read by `inThingContext` (thing-contexts.ts) for names found by sight only.
 */
import { gazetteer } from '../gazetteer/index.ts';
import { dictionaryFrequency, isCommonWord, tag } from '../text/segmenter.ts';
import { COMMON_NOUN_COUNT, GEAR_WORD_COUNT } from './frequency-thresholds.ts';
import { FIRM_HEAD } from './noun-phrases.ts';
import { districtInfo } from './places.ts';
import { type Found, inStoryWhere } from './story-names.ts';

/** Venues of the arts a name is given to (not 纪念馆: a memorial hall names the person it honours). */
const VENUE = /^(?:表演艺术中心|艺术中心|大剧院|剧院|音乐厅|美术馆|展览馆)/;
/** A field's people or cause after its name (文博工作者, 文博事业). */
const FIELD_AFTER = /^(?:工作者|事业)/;

/** One dictionary word tagged a common noun (森林/n; not 周恩来, which jieba tags t). */
function nounWord(name: string): boolean {
  const words = tag(name);
  return isCommonWord(name) && words.length === 1 && words[0]!.tag === 'n';
}
/** A garment's or a gear's head after a two-character word (滑雪服, 滑雪板). */
const GEAR = /^\p{Script=Han}{2}[服鞋帽裤板]$/u;
/** The seat of a state, a province or a country right before the name. */
const CAPITAL_BEFORE = /(?:首府|首都|省会)$/;

/** A common noun (tag n, neither a title nor an occupation). */
function commonNoun(word: { word: string; tag: string }): boolean {
  const g = gazetteer();
  return word.tag === 'n' && !g.roles.has(word.word) && !g.occupations.has(word.word);
}
/** What may stand before or after a list item: a pause or a function word (包括, 以及, 等). */
const ITEM_EDGE = /^(?:v|c|p|u|r|d|f)/;
const PAUSE = /^[、，。；：！？（）“”]$/;

/**
 * The item of a list printed `side` of the 、 at `at`: common nouns only, up to a pause or a
 * function word (风油精 after 包括, 百合切花 before 以及). A surname the segmenter cut off a name
 * (栗|战书, 陈|全国) is no function word: then the item is no thing's.
 */
function thingItem(text: string, at: number, side: -1 | 1): boolean {
  const words =
    side < 0
      ? [...tag(text.slice(Math.max(0, at - 8), at))].reverse()
      : tag(text.slice(at + 1, at + 9));
  let nouns = 0;
  let at2 = at + 1;
  for (const w of words) {
    if (commonNoun(w) && w.word.length >= 2) nouns++;
    // 、国家能源|投资/vn|集团某某: nouns, then a trade the segmenter reads as a verb (投资) and a
    // legal form, open a firm's name: a list of speakers after their firms (names43).
    else if (side > 0 && FIRM_HEAD.test(text.slice(at2, at2 + 8))) return false;
    else return nouns > 0 && (PAUSE.test(w.word) || ITEM_EDGE.test(w.tag));
    at2 += w.word.length;
  }
  return false;
}

/** 风油精、毛巾, 康乃馨、百合切花: the item printed next to the name across 、 is a thing. */
function listedWithThing(text: string, f: Found): boolean {
  if (text[f.start - 1] === '、' && thingItem(text, f.start - 1, -1)) return true;
  return text[f.end] === '、' && thingItem(text, f.end, 1);
}

/** A district's name (天津, 某某区) ends right before `at`, as the segmenter reads the text. */
function districtBefore(text: string, at: number): boolean {
  const last = tag(text.slice(Math.max(0, at - 6), at)).at(-1);
  return last?.tag === 'ns' && last.word.length >= 2 && districtInfo(last.word, true) !== undefined;
}

export function thingByHead(text: string, f: Found): boolean {
  if (f.via !== 'sight') return false;
  const after = text.slice(f.end, f.end + 8);
  if (VENUE.test(after) || FIELD_AFTER.test(after)) return true;
  // One printing after 首府 makes the name a city's at every printing in the story.
  const capital = (at: number) => CAPITAL_BEFORE.test(text.slice(Math.max(0, at - 2), at));
  if (inStoryWhere(text, f.name, capital)) return true;
  if (listedWithThing(text, f)) return true;
  if (f.name.length === 3 && f.name.endsWith('法') && isCommonWord(f.name.slice(0, 2))) return true;
  if (GEAR.test(f.name) && dictionaryFrequency(f.name.slice(0, 2)) >= GEAR_WORD_COUNT) return true;
  if (inStoryWhere(text, f.name, (at) => districtBefore(text, at))) return true;
  if (nounWord(f.name) && dictionaryFrequency(f.name) >= COMMON_NOUN_COUNT) return true;
  return inStoryWhere(text, f.name, (at) =>
    FIRM_HEAD.test(text.slice(at + f.name.length, at + f.name.length + 8)),
  );
}
