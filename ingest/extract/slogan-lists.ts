/**
 * lstrat54 (issue 13): local campaigns named by counted slogans in forms slogan-campaigns.ts and
 * counted-slogans.ts do not read:
 * - a quoted list of counted names, each ending in a programme word (“三大战略、八大行动”: two
 *   named pushes printed in one pair of quotes, each its own programme);
 * - a short counted slogan before the work it names (“七边”环境治理, “三个领域”专项整治), several
 *   adjacent quotes sharing that work (“七边”“六清”环境治理: two campaigns, one word of work);
 * - counted battles a verb fights (打好“八场硬仗”: so many fights of one campaign) and a hundred
 *   days' push (打赢“百日攻坚”, 开展“百日会战”).
 * - a code of digits a verb carries out (深入实施“1338”, 落实“1+3+N”: a county's strategy named by
 *   its counts of goals, fields and tasks), not one a platform, a hotline or a system bears;
 * - parallel tasks of five to eight characters quoted before an action's word (“整顿纪律作风、提升
 *   工作效能”专项行动: programs.ts reads items of two to four characters only);
 * - paired assistance as a work (对口帮扶工作, 东西部协作和对口帮扶): a city that 对口帮扶 another
 *   does it, the verb names nothing.
 * Goals (“三大高地”), tasks (“六稳”“六保”任务) and Party formulas (“四个全面”) are followed by no
 * word of work and fought by no verb, so they stay out.
 */
import { programByForm as mention, type Mention } from './mentions.ts';
import { quotedTerms } from './quoted-terms.ts';
import { ITEM_JOINTS } from '../text/function-words.ts';

const N = '一二三四五六七八九十两';
/** 三大战略, 八大行动, 十大工程, 五大攻坚: a count and one programme word (a goal's 高地 is none). */
const COUNTED_NAME = new RegExp(
  `[${N}]大(?:战略|行动|工程|攻坚|会战|革命|战役|计划|专项行动)`,
  'u',
);
const COUNTED_LIST = new RegExp(`^${COUNTED_NAME.source}(?:、${COUNTED_NAME.source}){1,4}$`, 'u');
/** 七边, 六清, 三个领域, 双违: a count and what is counted, at most four characters. */
const SHORT_COUNT = new RegExp(`^[${N}双](?:个)?\\p{Script=Han}{1,2}$`, 'u');
/** 两拆, 三个领域: a quote that only counts what it names (programs.ts reads runs of them). */
export const isCountedSlogan = (inner: string): boolean => SHORT_COUNT.test(inner);
/** The work a counted slogan names: an environmental clean-up, a special rectification, a push. */
const WORK =
  /^(?:环境)?(?:综合|集中|专项)?(?:整治|治理)(?:行动|工程)?|^专项行动|^攻坚行动|^大会战/u;
/** 八场硬仗, 三场攻坚战, 四场战役: counted battles of one campaign. */
const BATTLES = new RegExp(`^[${N}]场(?:硬仗|攻坚战|战役|大仗|会战)$`, 'u');
/** 百日攻坚, 百日会战, 百日冲刺: a hundred days' push. */
const HUNDRED_DAYS = /^百日(?:攻坚|会战|冲刺|攻坚战|大会战|行动)$/;
/** The field of work a hundred days' push is named by, right before the quote (项目“百日攻坚”). */
const PUSH_FIELD = /(?:项目建设|项目|招商引资|招商|征地拆迁|征迁|拆违)$/;
/** The verb that fights the battles or runs the push, right before the quote (迎大庆 may sit between). */
const FOUGHT = /(打好|打赢|打响|开展|启动|实施|推进|深化|决战|聚力|全力)(?:迎\p{Script=Han}{2})?$/u;

export function sloganLists(text: string): Mention[] {
  const out: Mention[] = [];
  for (const { inner, quoted, at, end } of quotedTerms(text, 20)) {
    if (COUNTED_LIST.test(inner)) {
      // Each item is read as if quoted alone (a quoted count is a name, an unquoted one a tally),
      // its span its own characters only, so that the items do not overlap.
      let from = at + 1;
      for (const item of inner.split('、')) {
        out.push({ ...mention(item, `“${item}”`, from, 'campaign'), end: from + item.length });
        from += item.length + 1;
      }
      continue;
    }
    const before = text.slice(Math.max(0, at - 8), at);
    if ((BATTLES.test(inner) || HUNDRED_DAYS.test(inner)) && FOUGHT.test(before)) {
      out.push(mention(inner, quoted, at, 'campaign'));
      continue;
    }
    // 招商推介暨项目“百日攻坚”集中签约活动: a hundred days' push named by its field of work (blocal-j).
    const field = HUNDRED_DAYS.test(inner) ? PUSH_FIELD.exec(before)?.[0] : undefined;
    if (field) out.push(mention(field + inner, field + quoted, at - field.length, 'campaign'));
  }
  out.push(...sharedWork(text), ...digitCodes(text), ...longTasks(text), ...pairedAssistance(text));
  return out;
}

/** 1338, 1+3+N, 5+2: digits, or digits and letters joined by +. */
const DIGIT_CODE = /^(?:[0-9]{3,6}|[0-9]+(?:[+＋][0-9A-Z]+){1,4})$/;
/** What a code names when a noun follows it: a platform, a hotline, an industry system, a goal. */
const CODE_NOUN = /^\p{Script=Han}/u;
const CODE_CARRIED = /(实施|推进|深化|落实|推动|抓好|践行|打好)$/;
const BREAKTHROUGH = /^\p{Script=Han}{2}(?:突破|跨越|赶超)(?=[，。；、,[［〔]|$)/u; // [6]: a note
function digitCodes(text: string): Mention[] {
  const out: Mention[] = [];
  for (const { inner, quoted, at, end } of quotedTerms(text, 12)) {
    // “1338”工程, “1338”发展战略: the programme word's rules read those; a bare code carried out
    // (深入实施“1338”，) is the strategy itself.
    if (!DIGIT_CODE.test(inner)) continue;
    const carried = CODE_CARRIED.test(text.slice(Math.max(0, at - 4), at));
    // lstrat59: 务实推进“51233”转型突破: a code carried out as the breakthrough it makes is named so.
    const push = BREAKTHROUGH.exec(text.slice(end, end + 5))?.[0];
    if (carried && push) out.push(mention(inner + push, quoted + push, at, 'strategy'));
    // lstrat60: 省委“3815”战略发展目标: a code called a strategy is one, whatever goal the words after
    // give it (the quote rules read “1338”发展战略, not a strategy with its goal behind).
    if (/^战略(?:发展)?目标/.test(text.slice(end, end + 6)))
      out.push(mention(`${inner}战略`, `${quoted}战略`, at, 'strategy'));
    // lstrat59: 精准落实“25+1”“12+3”管控措施: a code followed by another quote is one of a run.
    if (CODE_NOUN.test(text.slice(end, end + 1)) || /^[“"]/.test(text.slice(end, end + 1)))
      continue;
    if (carried) out.push(mention(inner, quoted, at, 'strategy'));
  }
  return out;
}

const LONG_TASKS =
  /[“"](\p{Script=Han}{2,8}(?:、\p{Script=Han}{2,8}){1,3})[”"](专项行动|攻坚行动|专项整治|行动|工程)/gu;
function longTasks(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(LONG_TASKS)) {
    const items = m[1]!.split('、');
    // Items of two to four characters are programs.ts's; goals (高地, 中心) and counts are no tasks.
    if (
      items.every((i) => i.length <= 4) ||
      items.some((i) => /^[一二三四五六七八九十两]大/.test(i))
    )
      continue;
    out.push(mention(m[1]! + m[2]!, m[0], m.index, m[2]!));
  }
  return out;
}

/** 对口帮扶 as one item of a list of tasks (东西部协作和对口帮扶) or before 工作 names the campaign of
 * paired assistance; a list's joint or 工作 beside it tells it from the verb (对口帮扶某县). */
const PAIRED = new RegExp(`对口帮扶(?=工作|[${ITEM_JOINTS}])|(?<=[${ITEM_JOINTS}])对口帮扶`, 'g');
function pairedAssistance(text: string): Mention[] {
  return [...text.matchAll(PAIRED)].map((m) => mention('对口帮扶', m[0], m.index, 'campaign'));
}

/** “七边”“六清”环境治理, “三个领域”专项整治: each adjacent counted quote with the work after the last. */
const RUN = /((?:[“"][^“”"\n]{2,4}[”"]、?){1,4})/gu;
function sharedWork(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(RUN)) {
    const end = m.index + m[0].length;
    const work = WORK.exec(text.slice(end, end + 10))?.[0];
    if (!work) continue;
    const quotes = [...quotedTerms(m[0], 4)];
    if (!quotes.length || !quotes.every((q) => SHORT_COUNT.test(q.inner))) continue;
    // Only the last quote touches the work word: each earlier one is its own surface.
    quotes.forEach((q, i) => {
      const surface = i === quotes.length - 1 && q.end === m[0].length ? q.quoted + work : q.quoted;
      out.push(mention(q.inner + work, surface, m.index + q.at, work));
    });
  }
  return out;
}
