/**
 * What is glued in front of a sector and cut off before it (computeSector, industries.ts): a country
 * or its one-character short form, a manner and a verb, a firm and a place inside a base's name, or
 * a leading place name.
 */
import { tag } from '../text/segmenter.ts';
import { districtInfo, startsWithPlace } from '../extract/places.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { canonical, terms } from './sector-vocabulary.ts';
import { COUNTY_LEVEL_DIVISIONS, levelClass } from '../text/level-words.ts';

export const countries = gazetteer().countries;
/** 日本出口, 中国乡村: a country in front; what follows is a sector only if the vocabulary knows it. */
export function afterCountry(name: string): string | undefined {
  for (let n = 2; n <= Math.min(5, name.length - 2); n++)
    if (countries.has(name.slice(0, n))) return name.slice(n);
  return undefined;
}
/**
 * 加大对伊化工、电力等领域投资: a country's one-character short form (伊 for 伊拉克) glued before a
 * known sector. Not 中 (中医药 is a sector of its own), nor the start of a word.
 */
const shortCountries = gazetteer().countryShort;
export function afterShortCountry(name: string): string | undefined {
  const rest = name.slice(1);
  if (name[0] === '中' || !shortCountries.has(name[0]!) || rest.length < 2) return undefined;
  // One word (土特产, 加工业) is no short form and a sector.
  if (tag(name)[0]!.word.length > 1) return undefined;
  return terms.has(rest) || canonical.has(rest) ? rest : undefined;
}
/**
 * 全面排查矿山: a manner and a verb not in VERB_PREFIX glued in front of a known sector (the first
 * item of a list after its verb); the sector is what follows the last verb. Words that make a
 * sector (智能制造装备: 制造) are no such verb, and one word alone (直播电商) is the sector's kind.
 */
export function afterVerb(name: string): string | undefined {
  if (terms.has(name) || canonical.has(name)) return undefined;
  const tokens = tag(name);
  for (let i = tokens.length - 2, at = name.length; i >= 0; i--) {
    at -= tokens[i + 1]!.word.length;
    const t = tokens[i]!;
    if (!/^vn?$/.test(t.tag) || /^(制造|加工|开发|服务|配套|生产)$/.test(t.word)) continue;
    const rest = name.slice(at);
    // 直播电商, 移动物联网: one word tagged a verb names the sector's kind; 全面排查 is a clause.
    const cut = tokens.slice(0, i + 1);
    if (cut.length < 2 || cut.some((w) => terms.has(w.word) || canonical.has(w.word)))
      return undefined;
    if (terms.has(rest) || canonical.has(rest)) return rest;
  }
  return undefined;
}

/**
 * 中车松原新能源 (of 中车松原新能源产业基地): a firm and a place before a known sector are the start
 * of a base's or a park's name; the sector is what follows the place (things21).
 */
export function afterInnerPlace(name: string): string | undefined {
  for (let i = 1; i < name.length - 3; i++)
    for (let n = 2; n <= 4 && i + n < name.length - 1; n++) {
      const rest = name.slice(i + n);
      if (districtInfo(name.slice(i, i + n)) && (terms.has(rest) || canonical.has(rest)))
        return rest;
    }
  return undefined;
}
/** 某县, 某区, 某旗, 某市: the full name of a county-level division ends with its level word. */
const COUNTY_LEVEL_END = new RegExp(`${levelClass(COUNTY_LEVEL_DIVISIONS)}$`);
/**
 * 川渝汽车 → 汽车: the shortest cut after a leading place name that leaves a known sector; else
 * (兴县杂粮, 某市服装电商) the longest place name in front, since a sector is not a place's.
 */
export function withoutPlace(name: string): string | undefined {
  let longest: string | undefined;
  // 某县马产业: after a county's full name one character is left (马), a fragment of no sector.
  const county = name.slice(0, -1);
  if (COUNTY_LEVEL_END.test(county) && districtInfo(county)) return name.slice(-1);
  for (let i = 2; i <= Math.min(6, name.length - 2); i++) {
    const rest = name.slice(i);
    if (!startsWithPlace(name.slice(0, i)) || !districtInfo(name.slice(0, i))) continue;
    if (terms.has(rest) || canonical.has(rest)) return rest;
    longest = rest;
  }
  return longest;
}
