/**
 * Program-shaped names that fresh national days (prog44, tests/fixtures/prog44-a; prog42-a) show
 * to be something else: an agency's relief work, a festive gathering, a farming technique adopted,
 * a practice quoted before 机制, a strategy's words inside an event's theme or a list of
 * principles, and the plans of two periods glued into one name. Each is read from the name and the words printed around it.
 */
import type { Mention } from './mentions.ts';
import { tag } from '../text/segmenter.ts';

const QUOTE_OPEN = /^[“"‘「]/;

/**
 * 被迫停止人道主义行动, 人道主义救援行动: what a relief agency does in a war or a disaster is its
 * work, not a named programme (a named one is quoted or titled; junk in prog44-a).
 */
const HUMANITARIAN = /人道主义\p{Script=Han}{0,4}行动$/u;

/**
 * “舞龙迎春团拜”活动, 新春茶话会活动: a gathering to exchange greetings, a party, a fair or a
 * garden party is an event of a day, not a campaign (junk in prog44-a, as every …活动 event of the
 * development annotations).
 */
const GATHERING = /(团拜|拜年|联欢|茶话|游园|庙会|灯会|年会|晚宴|酒会)\p{Script=Han}{0,4}活动$/u;
/** 举行了富有特色的“某某”活动: held, with a short description between the verb and the name. */
const HELD_DESCRIBED = /(举行|举办)了?[^，。；：！？“”《》]{1,10}的$/;

/**
 * 采用“某某”等措施增产, 运用“某某”等技术: a quoted name a farmer or a firm adopts, one of a kind of
 * measures or techniques, is a way of working (a crop technique: junk in prog44-a, as cctv22u
 * junked 大豆玉米带状复合种植), not a programme carried out.
 */
const ADOPTED_BEFORE = /(采用|采取|运用|应用|推广|使用)$/;
const TECHNIQUE_AFTER = /^等\p{Script=Han}{0,4}(措施|技术|方式|办法|手段|模式)/u;

/**
 * 推行“共享”机制, “拿地即开工”机制: a practice printed only as verbs in quotes before 机制 (to share,
 * to start work on taking the land) is a way of working, not a named mechanism (junk in prog42-a);
 * a coined term (“接诉即办”: 接诉 is no dictionary word) or a noun (“吹哨报到”) stays.
 */
const PRACTICE_MECHANISM = /^[“"‘「]([^”"’」]{2,8})[”"’」]机制$/;
const VERBAL = /^(v|vd|uv|d|p|c)$/;

/**
 * 活动以“信息赋能乡村建设 消费助力乡村振兴”为主题: a gazetteer action read from its bare stem
 * (乡村建设 → 乡村建设行动) inside an event's theme is a word of the slogan, not the action carried
 * out (junk in prog44-a). Only the stem read so: a strategy printed by its own name stays.
 */
const CARRIED_OUT_STEM = 'a gazetteer action carried out (实施…)';
const THEME_AFTER = /^[^“”"]{0,30}[”"’」](为|作为)主题/;

/**
 * 推进政治建军、改革强军、科技强军、人才强军、依法治军; 建设教育强国、科技强国、人才强国: a
 * strategy read from its bare stem (依法治军 → 依法治军战略) as one of three or more parallel
 * four-character words ending alike is a principle or a goal of that list, not the strategy
 * carried out (cctv29a's annotator: principles and goals are junk; prog56). Printed with 战略, or
 * alone (深入推进依法治军), it stays.
 */
function parallelFormula(text: string, m: Mention): boolean {
  if (!m.name.endsWith('战略') || m.surface.includes('战略') || QUOTE_OPEN.test(m.surface))
    return false;
  const before = /(?:\p{Script=Han}{4}、)+$/u.exec(text.slice(Math.max(0, m.start - 40), m.start));
  const after = /^(?:、\p{Script=Han}{4})+/u.exec(text.slice(m.end, m.end + 40));
  const items = [before?.[0], m.surface, after?.[0]].join('、').split('、').filter(Boolean);
  const last = m.surface.at(-1);
  return items.length >= 3 && items.every((i) => i.length === 4 && i.at(-1) === last);
}

/** The program found at `m` is one of the things above. */
export function misreadProgram(text: string, m: Mention): boolean {
  const quoted = QUOTE_OPEN.test(m.surface);
  if (!quoted && HUMANITARIAN.test(m.name)) return true;
  if (GATHERING.test(m.name)) return true;
  if (
    m.name.endsWith('活动') &&
    HELD_DESCRIBED.test(text.slice(Math.max(0, m.start - 14), m.start))
  )
    return true;
  if (quoted && ADOPTED_BEFORE.test(text.slice(Math.max(0, m.start - 2), m.start))) {
    const quoteEnd = text.indexOf('”', m.start) + 1;
    if (quoteEnd > 0 && TECHNIQUE_AFTER.test(text.slice(quoteEnd, quoteEnd + 8))) return true;
  }
  const practice = PRACTICE_MECHANISM.exec(m.surface)?.[1];
  if (practice && tag(practice).every((w) => VERBAL.test(w.tag))) return true;
  if (parallelFormula(text, m)) return true;
  return m.reason === CARRIED_OUT_STEM && THEME_AFTER.test(text.slice(m.end, m.end + 40));
}

/**
 * “十三五”“十四五”文化发展规划: the plans of two periods printed with one plan word are two plans,
 * one per period (十三五文化发展规划, 十四五文化发展规划), not one name glued from both (junk in
 * prog44-a, as cctv25r's 美丽城市美丽乡村两个建设实施方案).
 */
const PERIOD_RUN = /^((?:[“"‘「][一二三四五六七八九十]+五[”"’」]){2,})(\p{Script=Han}{2,})$/u;
export function onePlanPerPeriod(m: Mention): Mention[] {
  const run = PERIOD_RUN.exec(m.surface);
  if (!run) return [m];
  const plan = run[2]!;
  return [...run[1]!.matchAll(/[“"‘「]([一二三四五六七八九十]+五)[”"’」]/gu)].map((q) => {
    const start = m.start + q.index!;
    const last = q.index! + q[0].length === run[1]!.length;
    const surface = last ? m.surface.slice(q.index!) : q[0];
    return { ...m, name: q[1]! + plan, surface, start, end: start + surface.length };
  });
}
