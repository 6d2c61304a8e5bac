/**
 * Words that open a title chain without being part of its first title (posts.ts parsePostChain).
 *
 * 中央纪委对某省委常委、副省长某某立案审查: a body acting on an official (a discipline commission,
 * a court) is printed before the official's chain with 对/向/给, and no title of his starts there.
 * The chain's first title, and the area its later bare titles refer back to (副省长 -> 某省副省长),
 * start after the preposition. Only a local party committee, government, congress or
 * consultative conference opening what follows marks the cut: 中共中央对外联络部, 中国政府对非洲
 * 事务特别代表 and 对口支援 are names of their own.
 */
import {
  levelClass,
  COUNTY_AND_ABOVE,
  PROVINCE_TO_COUNTY_AND_PREFECTURE,
} from '../text/level-words.ts';
const LOCAL_BODY_AHEAD = new RegExp(
  String.raw`^[\p{Script=Han}]{1,8}?(?:自治区|自治州|自治县|${levelClass(COUNTY_AND_ABOVE)})(?:委|党委|政府|人大|政协)`,
  'u',
);

/** The element with a leading "<body>对" cut off where a local body's title follows. */
export function cutActingBody(element: string): string {
  for (let k = 2; k <= 10 && k < element.length - 4; k++) {
    if (!'对向给'.includes(element[k]!)) continue;
    const rest = element.slice(k + 1);
    if (LOCAL_BODY_AHEAD.test(rest)) return rest;
  }
  return element;
}

/**
 * 出席会议的有省委常委某某、某某: 有 (there were) opens the list of those present, not the title.
 * Only before a national or local body's title (省委, 国务委员, 全国政协): 有色金属 and 有限公司 are
 * words of a name.
 */
const PRESENT_LIST = new RegExp(
  String.raw`^有(?=(?:中共|中央|国务|全国|国家|${levelClass(PROVINCE_TO_COUNTY_AND_PREFECTURE)})\p{Script=Han})`,
  'u',
);

/** The element without the 有 of a list of those present. */
export const cutListOpener = (element: string): string => element.replace(PRESENT_LIST, '');
