/**
 * “十四五”数字经济发展规划, “十五五”海洋经济发展规划: a field's plan of the five-year period, printed
 * without 《》, is one named plan (blind cctv27a; the development annotations list such plans:
 * “十四五”可再生能源发展规划, “十四五”服务贸易发展规划). What follows the quoted period is otherwise a
 * kind of plan (“十五五”专项规划, “十五五”实施方案: programs.ts), so the field must name something:
 * two characters or more, not a kind word alone, no verb of drafting or carrying out inside.
 */

/**
 * The field and its plan word right after the period's quote (海洋经济发展规划). prog63: a field's
 * action plan or programme of the period is one too (“十五五”红树林保护修复专项行动计划 to be drafted,
 * after the 2020—2025 one in 《》); read short, the tail rules made it 修复专项行动计划, an alias of
 * the earlier plan.
 */
const FIELD_PLAN = /^(\p{Script=Han}{2,14}?)(规划纲要|规划|行动计划|行动方案)/u;
/** Words of a kind of plan, or of the period's time, that name no field by themselves. */
const KIND_ONLY = /^(专项|区域|发展|总体|各类|各项|相关|重点|有关|国家级|省级|市级|中长期|五年)$/;
/** Time and carrying out inside the "field": a clause, not a plan's name (期间加快编制规划). */
const CLAUSE = /^(时期|期间|以来|开局|收官|规划)|编制|制定|实施|完成|落实|推进|加快|谋划|的/;

/** The field's plan (海洋经济发展规划) after a quoted five-year period, if one is named. */
export function fieldPlanAfterPeriod(after: string): string | undefined {
  const m = FIELD_PLAN.exec(after);
  if (!m || KIND_ONLY.test(m[1]!) || CLAUSE.test(m[1]!)) return undefined;
  return m[0];
}
