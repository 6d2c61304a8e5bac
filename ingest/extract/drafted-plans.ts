/**
 * strat50 (issue 13): the national plans a Government Work Report or a meeting says will be drawn up
 * are printed without 《》 (制定服务业扩能提质行动方案, 制定一体推进教育科技人才发展方案, 制定能源
 * 强国建设规划纲要): after the verb of drawing up, a name of four or more characters ending in a
 * plan's word at the clause's end is that plan (prog44-a lists all three; the rules read 行动计划
 * so, carried-out.ts, not 方案 or 纲要). Not a plan named by how it is made (制定个性化帮扶方案,
 * 制定具体实施方案, 制定应急处置方案), nor one drawn up for each household or firm (逐户制定温暖过冬
 * 方案, “一药一策”制定增产扩能方案: many plans of a kind, no one named plan).
 */
import { programByForm as mention, type Mention } from './mentions.ts';

const DRAFTED =
  /(?:研究制定|抓紧制定|制定出台|制定|编制)(?:实施)?(?:了|好)?([^，。；：、“”《》\s的和与及在等]{4,20}?(?:行动方案|发展方案|建设方案|规划纲要|方案|纲要))(?=[，。；！？]|$)/gmu;
/** How a plan is made or whose it is, not which plan (个性化, 具体, 应急, 一户一策). */
const HOW_MADE =
  /^(?:个性化|针对性|差异化|精准|具体|相关|有关|专门|详细|配套|整体|总体|初步|应急|处置|救援|工作|实施|帮扶|一\p{Script=Han}一)/u;

/** For each household, village or firm (逐户, 每户, 一企一策, 针对不同苗情): many plans of one kind. */
const PER_UNIT =
  /(?:逐[户村企家人项个一]|每[户村家个]|分别|一\p{Script=Han}一策[”"]?|针对\p{Script=Han}{1,6})$/u;

export function draftedPlans(text: string): Mention[] {
  if (!/方案|纲要/.test(text)) return [];
  const out: Mention[] = [];
  for (const m of text.matchAll(DRAFTED)) {
    const name = m[1]!;
    const what = name.replace(/(?:行动方案|发展方案|建设方案|规划纲要|方案|纲要)$/, '');
    if (what.length < 4 || HOW_MADE.test(name) || /(?:工作|实施|应急|预案)$/.test(what)) continue;
    if (PER_UNIT.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    out.push(mention(name, m[0], m.index + m[0].length - name.length, '方案'));
  }
  return out;
}
