/**
 * “十四五”数字经济发展规划, “十五五”海洋经济发展规划: a field's plan of the five-year period, printed
 * without 《》, is one named plan (blind cctv27a; the development annotations list such plans:
 * “十四五”可再生能源发展规划, “十四五”服务贸易发展规划). What follows the quoted period is otherwise a
 * kind of plan (“十五五”专项规划, “十五五”实施方案: programs.ts), so the field must name something:
 * two characters or more, not a kind word alone, no verb of drafting or carrying out inside.
 */

import { tag } from '../text/segmenter.ts';
import type { Mention } from './mentions.ts';
import { program } from './program-mention.ts';

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
function fieldPlanAfterPeriod(after: string): string | undefined {
  const m = FIELD_PLAN.exec(after);
  if (!m || KIND_ONLY.test(m[1]!) || CLAUSE.test(m[1]!)) return undefined;
  return m[0];
}

/** Verbs of drafting or carrying out a plan: they end the field before the period's quote. */
const CARRYING =
  /^(制定|实施|编制|印发|出台|发布|落实|推进|谋划|做好|抓好|完成|深化|研究|审议|通过|贯彻|确保|实现|保障)$/;
/** Words a field may be made of (城市/n 更新/v, 扩大/v 消费/vn), no place, pronoun or particle. */
const FIELD_WORD = /^(n|vn|v|nz|an)$/;
/** What opens a field's name: a title's bracket, a quote, a pause. */
const OPENING = /^[《“（(，。；：、]$/;
/** Verbs that relate something to the plan (对接, 融入): the plan is the country's own. */
const RELATING = /(对接|衔接|融入|对标|服务|围绕|落实|贯彻)/;
/** Scopes that make the period's plan the country's or an area's own, no field's. */
const SCOPE = /^(全国|全省|全市|全区|全县|国家|各地|本地|当地|我|本|该)/;

/**
 * 制定实施扩大消费“十五五”规划, 《城市更新“十五五”规划》 (cctv37a): a field printed right before the
 * quoted period and its bare 规划 is that field's plan of the period, not the national plan: the
 * words back to a verb of drafting or carrying out, two to eight characters.
 */
function fieldBeforePeriod(left: string, textStart: boolean): string | undefined {
  const words = tag(left);
  let field = '';
  let verbs = 0;
  // The text's start opens it too (城市更新“十五五”规划印发).
  let bounded = textStart;
  let strong = false;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    // The field is opened by a verb of drafting or carrying out, a bracket or a pause.
    if (CARRYING.test(w.word) || OPENING.test(w.word)) {
      bounded = true;
      strong = CARRYING.test(w.word) || w.word === '《';
      break;
    }
    if (!FIELD_WORD.test(w.tag)) {
      bounded = false;
      break;
    }
    if (w.tag === 'v') verbs++;
    field = w.word + field;
  }
  // 对接国家“十五五”规划, 企业拓展对接“十五五”规划: what relates to the plan, no field of one.
  if (!bounded || verbs > 1 || RELATING.test(field)) return undefined;
  // 确保铁路“十四五”规划 after a pause: a verb opening the field is the clause's (only a verb of
  // drafting or a bracket before it lets one open a field: 制定实施扩大消费“十五五”规划).
  if (!strong && tag(field)[0]?.tag === 'v') return undefined;
  if (field.length < 4 || field.length > 8 || SCOPE.test(field)) return undefined;
  return field;
}

/** After “十五五”: any word but 规划 (纲要), 时期 or 期间 names a kind of plan, not one plan. */
const PERIOD_KIND = /^(?!规划|时期|期间)\p{Script=Han}/u;

/**
 * The program a quoted five-year period (`inner`, printed as `quote` at `at`, `after` following it)
 * names: a field's plan (after it, or before it), the period's own 规划; null for a kind of plan of
 * the period (“十五五”专项规划, “十五五”实施方案); undefined where the quote is no period.
 */
export function periodPlan(
  text: string,
  at: number,
  quote: string,
  inner: string,
  after: string,
): Mention | null | undefined {
  if (!/^[一二三四五六七八九十]+五$/.test(inner)) return undefined;
  // prog57: the field may run past the 12 characters read after a quote
  // (“十五五”现代综合交通运输体系发展规划): its plan is read from the text itself.
  const fieldPlan = fieldPlanAfterPeriod(
    /^\p{Script=Han}{0,20}/u.exec(text.slice(at + quote.length))![0],
  );
  if (fieldPlan) return program(inner + fieldPlan, quote + fieldPlan, at, '规划') ?? null;
  if (PERIOD_KIND.test(after)) return null;
  // “十五五”规划实施: after a period 规划 is the plan, never the verb (规划建设).
  if (!after.startsWith('规划')) return undefined;
  const from = Math.max(0, at - 10);
  const field = fieldBeforePeriod(text.slice(from, at), from === 0) ?? '';
  return program(field + inner + '规划', field + quote + '规划', at - field.length, '规划') ?? null;
}
