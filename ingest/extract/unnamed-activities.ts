/**
 * Program-shaped words that independent annotators of issue 13 judge junk on fresh news (prog42's
 * days, cctv24x, cctv25r): a verb phrase ending in a program word, the duties of troops and ships,
 * a year's routine plan, a plan named by a common object and its work, one emergency works. Only
 * unquoted names: a title in 《》 or a quote is read as a name. Gazetteer names never reach here
 * (isEventOrIdiom checks them first). A season's giving drive (“某某新春送暖行动”) is left: junk to
 * cctv25r's annotator, a program to cctv24z's (2025年…工会送温暖行动).
 */
import type { Mention } from './mentions.ts';

/**
 * 推动国企更好服务国家战略, 主动融入国家战略: serving, joining or supporting the national strategy is
 * what a body does, the verb's object is no one program (junk on prog42's days).
 */
const SERVES_STRATEGY = /(服务|融入|对接|支撑|助力|保障|服从)于?(国家|区域|重大|发展)*战略$/;
/**
 * 发动突击行动, 参加重大演训任务和海上维权行动: an assault, exercises and training, guarding rights at
 * sea, patrols are the duties of troops and ships, no campaign (military hostilities are HOSTILE in
 * not-programs.ts); tasks joined to an action (…任务和…行动) are a list of duties.
 */
const DUTY =
  /(突击|演训|维权|巡逻|巡航|护航|警戒|拦截|追捕|抓捕|轮换|部署)行动$|任务[和与及、]\p{Script=Han}*行动$/u;
/** 发动…行动, 发起…行动, 采取…行动: a verb that opens the name makes it a clause. */
const VERB_FIRST = /^(发动|发起|展开|采取|参加|参与)/;
/**
 * 按照年度国土绿化植树造林计划: a yearly plan without its year is the routine plan of a field, whatever
 * its length (not-programs.ts refuses the short ones; 2024年…计划 names one year's plan and stays).
 */
const ROUTINE_YEAR = /^(国家|政府)?(年度|季度|月度)\p{Script=Han}{0,14}(计划|方案)$/u;
/**
 * 推进实施岗位开发计划: a plan named only by a common object and the work done on it (jobs developed,
 * staff trained, talent recruited) is any plan of that kind (junk in cctv25r).
 */
const COMMON_OBJECT_PLAN = /^\p{Script=Han}{2}(开发|培训|招聘|储备|引进)(计划|方案)$/u;
/**
 * 南水北调东线北延应急供水工程: a works built for an emergency (supply, a water source, a repair) is
 * one construction, not a program (junk in cctv24x, as single works in cctv24y).
 */
const EMERGENCY_WORKS = /应急\p{Script=Han}{0,4}工程$/u;

export function unnamedActivity(m: Mention): boolean {
  if (/^[《“"‘「]/.test(m.surface)) return false;
  return (
    SERVES_STRATEGY.test(m.name) ||
    DUTY.test(m.name) ||
    VERB_FIRST.test(m.name) ||
    ROUTINE_YEAR.test(m.name) ||
    COMMON_OBJECT_PLAN.test(m.name) ||
    EMERGENCY_WORKS.test(m.name)
  );
}
