/**
 * Things the name finders read as people, by what stands right around them (things46, fresh
 * national days): read by `inThingContext` (thing-contexts.ts).
 * - 陶马16匹, 铜镜3枚: a count with a classifier only things and animals take, right after the
 *   "name", counts that thing; a person is counted with 名, 位 or 人, never 匹 or 件.
 * - 某国潘古党领袖: a "name" ending in 党 right before a party's leading title is the party.
 * - 正在德国霍恩费尔斯进行: foreign sounds right after 在 and a country, before a verb of holding
 *   or happening (进行, 举行, 登陆), name where it happens, a place.
 * - 胡锦涛和中共中央、全国人大常委会、国务院: a list running on from names into the bodies that
 *   sent wreaths; a national body's name (org-aliases.json, the four bodies) is no person.
 * - prog63: 国际评级机构惠誉21日发布…，惠誉表示: a "name" the story prints right after a kind of
 *   body (评级机构, 智库, 通讯社) is that body wherever it speaks; a person is given a title there.
 * - prog63: 宋代罗衫, a garment by sight right after an era (historical-figures.ts eraBeforeName).
 */
import { gazetteer } from '../gazetteer/index.ts';
import type { Found } from './story-names.ts';
import { eraBeforeName } from './historical-figures.ts';
import { occurrencesOf } from '../text/occurrences.ts';

/** A kind of body printed right before its own name (评级机构惠誉, 智库兰德公司, 某某通讯社). */
const BODY_KIND_BEFORE = /(?:机构|智库|通讯社)$/;

/** A numeral (digits, Chinese numerals, 余/多) and a classifier of things or animals. */
const THING_COUNT_AFTER =
  /^(?:[0-9０-９]+|[一二两三四五六七八九十百千万]+)[余多]?(?:匹|头|只|件|枚|颗|株|棵|台|辆|艘|架|尊|套|块|把|口|盏|幅|吨|公斤|千克|亩|平方米)/;
const PARTY_TITLE_AFTER = /^(?:领袖|主席|副主席|总书记|党首|领导人|总裁)/;
const EVENT_VERB_AFTER = /^(?:进行|举行|举办|召开|开幕|闭幕|展开|开展|落幕|登陆|发生|上演)/;
const NATIONAL_BODIES = new Set(['全国人大', '全国政协', '中共中央', '国务院', '中央军委']);
const bodyNames = (): Set<string> => {
  const names = new Set(NATIONAL_BODIES);
  for (const group of gazetteer().orgAliases) for (const n of group) names.add(n);
  return names;
};
let bodies: Set<string> | undefined;

export function namedThing(text: string, f: Found): boolean {
  if (f.via === 'sight' && THING_COUNT_AFTER.test(text.slice(f.end, f.end + 6))) return true;
  if (f.name.endsWith('党') && PARTY_TITLE_AFTER.test(text.slice(f.end, f.end + 3))) return true;
  if ((bodies ??= bodyNames()).has(f.name)) return true;
  if (f.via === 'sight' && eraBeforeName(text, f.start, f.name)) return true;
  for (const at of occurrencesOf(text, f.name))
    if (BODY_KIND_BEFORE.test(text.slice(Math.max(0, at - 3), at))) return true;
  return f.via === 'sight' && placeAfterCountry(text, f);
}

/** 在德国某某进行: 在, a country of the tables, the "name", a verb of holding or happening. */
function placeAfterCountry(text: string, f: Found): boolean {
  if (!EVENT_VERB_AFTER.test(text.slice(f.end, f.end + 2))) return false;
  const { countries } = gazetteer();
  for (let n = 2; n <= 6 && n < f.start; n++)
    if (text[f.start - n - 1] === '在' && countries.has(text.slice(f.start - n, f.start)))
      return true;
  return false;
}
