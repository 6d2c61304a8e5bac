/**
 * Back-references inside a post chain: a bare 区农业农村委 or 宣传部 after an earlier title names
 * the chain's area or committee. Split out of posts.ts (parsePostChain calls it per title).
 */
import { levelClass, PROVINCE_TO_COUNTY_AND_PREFECTURE, TOWNSHIPS } from '../text/level-words.ts';

/** A body that only exists inside a party committee: 市委常委、宣传部部长 is the 市委's; so is the
 * general office after a committee's title (区委常委、办公室主任: blocal-g). */
const COMMITTEE_BODY = /^(宣传部|组织部|统战部|政法委|纪委|编办|政研室|办公厅|办公室|秘书长)/;
/**
 * The committee at the start of a title: 市委, 永川区委, 某某县委, and a prefecture's or an
 * autonomous region's (某某州委, 某某自治区党委: 自治区党委常委、宣传部部长 is its 宣传部; pairs42),
 * and a management district's or a town's 党委 (某管理区党委委员、办公室主任: blocal-g).
 */
const COMMITTEE = new RegExp(
  `^(.{0,8}?(?:${levelClass(PROVINCE_TO_COUNTY_AND_PREFECTURE)}委|自治区党委|自治州党委|${levelClass('区县' + TOWNSHIPS)}党委))(?!员)`,
);

/** An area's government printed bare (人民政府, 政府). */
const GOVERNMENT = /^(人民)?政府$/;

/**
 * The organisation a bare 区农业农村委 or 宣传部 stands for after an earlier title of the chain:
 * the chain's area for a leading 区/县/市/镇/乡 (永川区委书记、区农业农村委主任), the chain's
 * committee for a body inside it (市委常委、宣传部部长). `area` is the chain's area (永川区, 某某镇).
 * Undefined when nothing refers back.
 */
export function backReference(
  org: string,
  base: string,
  area: string | undefined,
): string | undefined {
  if (!base || !org) return undefined;
  if (COMMITTEE_BODY.test(org)) {
    const committee = COMMITTEE.exec(base)?.[1];
    return committee ? committee + org : undefined;
  }
  // 某自治区党委常委、人民政府副主席: a bare government after the area's party title is that
  // area's (things39: read as a 人民政府 of no place on a fresh day).
  if (GOVERNMENT.test(org) && area && area.length >= 2) return area + org;
  // 某街道党工委副书记、办事处主任: a street's office (办事处) printed bare after its party title;
  // a street named 某区 (a city's 东区, 西区: lpeople56) has its 办事处 too, after its 党工委's title.
  if (org === '办事处' && area && (area.endsWith('街道') ? area.length > 2 : area.length >= 2))
    return area + org;
  const level = area?.at(-1);
  // 区委 after 永川区委常委 is the same 区委; 市委 after 重庆市委 likewise.
  if (!area || area.length < 2 || org[0] !== level || /^.[长]/.test(org)) return undefined;
  return area + org.slice(1);
}

/** 组织部长, 宣传部长, 统战部长: a committee department's 部长 printed short (not 外长's kind). */
const SHORT_DEPARTMENT = /(组织|宣传|统战)部长$/;

/** The title with a short department head written out (区委组织部长 → 区委组织部部长). */
export const departmentWrittenOut = (part: string) =>
  SHORT_DEPARTMENT.test(part) ? part.slice(0, -1) + '部长' : part;

/**
 * The base a zone's administrative committee takes after its party committee's title: the zone
 * (区党委委员、管委会副主任 is the zone's 管委会, not a 管委会 of its 党委).
 */
export const zoneBase = (base: string, internal: string) =>
  internal === '管委会' && base.endsWith('党委') ? base.slice(0, -2) : base;

/**
 * 区委常委、宣传部长 → 区委宣传部部长; 全国政协常委、副秘书长 → 全国政协副秘书长: a title the chain
 * gave its body keeps its bare printed form (宣传部长, 副秘书长) as an alias, the form the golds
 * quote beside the name (local44, local46, local48: the short department head is one office with
 * 市委宣传部部长, its short form an alias). Not a lone 长 or a former marker's piece.
 */
export function chainForm(
  asPrinted: string,
  printed: string,
  fromChain: boolean,
): { chainForm?: string } {
  if (!fromChain || asPrinted === printed || asPrinted.length < 3) return {};
  return /^[原前]/.test(asPrinted) ? {} : { chainForm: asPrinted };
}
