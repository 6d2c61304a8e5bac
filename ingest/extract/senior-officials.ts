/**
 * 某组织高级官员某某 (哈马斯高级官员, as 哈马斯高级成员): how an armed group or a party names the
 * leaders it speaks through, a post of that body (roles.txt 高级官员). A state's senior officials
 * (某国高级官员, 某方高级官员) are many and unnamed by office: the occupation 官员, as 某国官员 is.
 */
import { countryAtStart, gazetteer } from '../gazetteer/index.ts';

export const stateSeniorOfficial = (org: string, role: string): boolean =>
  role === '高级官员' &&
  (org === '' ||
    gazetteer().states.has(org) ||
    countryAtStart(org) === org ||
    /^[某该多一]|^\p{Script=Han}方$/u.test(org));
