/**
 * 在某鹏的研发中心, 走进某达的项目管理部: what a name read by sight owns after 的 says whose it is. A
 * firm's divisions (a department, a research centre, a workshop, a branch, a headquarters) belong
 * to a firm, so the two or three characters before them are the firm's short name, no person's.
 * A person owns a farm, a studio, a cooperative or a home (某某的家庭农场, 某某的工作室): those stay.
 * Only names read by sight: a title or a speech verb beside the name says it is a person's.
 */
import type { Found } from './story-names.ts';

/** A firm's unit after 的: a …部 department, a …中心 centre, a workshop, a branch, a production line. */
const FIRM_UNIT =
  /^的\p{Script=Han}{0,4}?(?:管理部|项目部|事业部|研发中心|技术中心|运营中心|生产车间|车间|分公司|子公司|总部|厂区|生产线|生产基地)/u;

export const ownsFirmUnit = (text: string, f: Found): boolean =>
  f.via === 'sight' && FIRM_UNIT.test(text.slice(f.end, f.end + 9));
