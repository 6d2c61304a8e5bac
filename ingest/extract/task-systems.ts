/**
 * “三中心三高地”任务体系: a city's tasks or goals counted into a system (任务体系, 目标体系, 指标
 * 体系) are what it aims at, not a programme carried out (junk in lstrat50-l, as lstrat48-l junked
 * the counted 现代产业体系 of industries). A policy system (“1+N”政策体系) is a set of policies and
 * stays.
 */
import type { Mention } from './mentions.ts';

const COUNTED_AIMS = /^[一二三四五六七八九十两0-9]\p{Script=Han}{0,8}(任务|目标|指标)体系$/u;

export function countedAims(m: Mention): boolean {
  return COUNTED_AIMS.test(m.name);
}
