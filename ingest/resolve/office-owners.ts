/**
 * Whose office a post is (canonicalPost, posts.ts): a head of state's belongs to a state, what names
 * a state, a place or a body, where a verb or a second title glued before a country's office ends,
 * and whether an organisation holds a name word at all.
 */
import { countryAtStart, gazetteer } from '../gazetteer/index.ts';
import { districtInfo, startsWithPlace } from '../extract/places.ts';
import { roleEndingAt } from '../extract/posts.ts';
import { tag } from '../text/segmenter.ts';
import { formalState } from './state-names.ts';
import { shortCountry, startsWithCountry, STATE_BODY } from './country-names.ts';

const g = gazetteer();

/**
 * A head of state or government belongs to a state: what stands before 总统 or 首相 is a country,
 * a place or a body (马克龙总统 prints a name there, not an office); so does a cabinet's 大臣 after
 * more than one word (绿色增长 of 副首相兼气候与绿色增长大臣, left once the list was cut: things36;
 * cctv25r). A bare 外交大臣 in a line of one state's officials stays.
 */
const HEAD_ROLE = /^(副)?(总统|总理|首相|国王|女王|王储)$/;
export const headOfState = (role: string, org: string) =>
  HEAD_ROLE.test(role) || (/^副?大臣$/.test(role) && org.length > 2);
// Not a party: 保守党党首、现任首相某某 names the state's 首相, not the party's (orgpost18).
const BODY_END = /[国府院会部盟团阁构省州邦区]$/;
/**
 * Where a second title or a verb glued before a country's office ends (某会轮值主席巴林国王,
 * 某某批准伊朗第一副总统, 某援助团和联合国秘书长): the index of the country or 联合国 that starts
 * the office, when what follows it is only a state body or a rank (not 联合国秘书长也门问题特使).
 */
export function gluedBefore(org: string): number | undefined {
  for (let i = 2; i < org.length - 1; i++) {
    const rest = org.slice(i);
    const name = rest.startsWith('联合国') ? '联合国' : countryAtStart(rest);
    // 美国常驻联合国代表: a delegation to the body, not a clause before it.
    if (!name || name === '中国' || org[i - 1] === '驻') continue;
    const after = rest.slice(name.length);
    if (after && !STATE_BODY.test(after) && !/^(第一|常务|首席)$/.test(after)) continue;
    if ('和及'.includes(org[i - 1]!) || roleEndingAt(org, i)) return i;
    const last = tag(org.slice(0, i)).at(-1);
    if (last && last.word.length >= 2 && /^v/.test(last.tag)) return i;
  }
  return undefined;
}

/** Whether a head of state's organisation names a state, a place or a body (not a name). */
export function headsState(org: string): boolean {
  if (!org || g.countries.has(org) || shortCountry(org[0]!) || startsWithCountry(org)) return true;
  return BODY_END.test(org) || startsWithPlace(org) || !!formalState(org);
}

/** Whether an organisation holds a name word (not only a time and a verb: 暑期休假). */
export function isNamePart(org: string): boolean {
  if (g.countries.has(org) || shortCountry(org)) return true;
  // 加纳驻华: a country's mission names its country first, whatever the segmenter tags it (加纳/v).
  if (/驻/.test(org) && countryAtStart(org)) return true;
  // 临澧县: a division the gazetteer knows, though jieba's dictionary tags it a verb (blocal-k).
  if (districtInfo(org)) return true;
  const words = tag(org);
  // 巡视办, 改革办: an office (办公室) named by its work, which the segmenter reads as two verbs;
  // not 主办, 承办 (one verb).
  if (org.length >= 3 && words.at(-1)?.word === '办') return true;
  return !words.every((t) => /^(t|v|d|p|c|u|f)/.test(t.tag));
}
