/**
 * Program names that run into the words of their clause (prog38, issue 13): an enumeration
 * marker, what is left of a count, the subject and verb of a designation, a leader's regard, a
 * statistic, a kind built or existing, a list closed by 等. None names a program; each was met
 * on the development sets' news (figures in docs/extraction-rounds.md). An unmarked name only (a
 * quote or a title is printed as one name), but for a total.
 */
import type { Mention } from './mentions.ts';

/** 一是团结工程。二是发展工程: the marker of an enumerated point glued before the point. */
const ENUMERATED = /^[一二三四五六七八九十]是/;
/** 培育60个左右零售业创新提升试点城市: the end of a count (左右, 以上) starts no name. */
const COUNT_LEFT = /^(左右|以上|以下|上下|之多)/;
/**
 * 确定12个城市为首批某某试点, 将23个地区纳入某某试点地区: places made or listed as pilots are the
 * subject and verb of a designation; the pilot's name follows the verb.
 */
const DESIGNATED =
  /^\p{Script=Han}{0,3}(城市|地区|县区|县|省份|企业|单位|园区|区域)(为|纳入|列入)/u;
/** 总书记高度重视某某工程: a leader's regard glued before the works it regards. */
const REGARDED = /(高度重视|十分重视|非常重视|亲自部署|亲自推动)/;
/** 沿线国家合计进出口22.0: a total (合计, 累计, 总计, 同比) is a statistic, no name. */
const STATISTIC = /(合计|累计|总计|同比)/;
/**
 * 巩固维护好已建农村供水工程, 充分调度现有水利工程: works by their state (built, existing) or by
 * the manner of using them are any works of that kind.
 */
const STATE_OF_WORKS = /^(已建|在建|拟建|待建|现有|既有|充分调度|调度现有)/;
/**
 * 工艺装备、产品技术、业态模式等焕新行动: a name opening with a list closed by 等 is the kind of
 * what is listed (平等, 对等 and 同等 are words of their own).
 */
const LISTED = /[^平对同均相初中高]等\p{Script=Han}{1,6}(行动|工程|计划|政策|试点)$/u;

/** The unmarked program `m` is a piece of its clause, no name. */
export function gluedClause(m: Mention): boolean {
  // A quote printed first (“一带一路”国家合计…) does not make the total a title.
  if (STATISTIC.test(m.name) && !m.surface.startsWith('《')) return true;
  if (/^[《“"‘「]/.test(m.surface)) return false;
  if (ENUMERATED.test(m.name) || COUNT_LEFT.test(m.name) || DESIGNATED.test(m.name)) return true;
  if (REGARDED.test(m.name) || STATE_OF_WORKS.test(m.name)) return true;
  return LISTED.test(m.name);
}
