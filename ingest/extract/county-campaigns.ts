/**
 * lstrat57 (issue 13): campaigns a county or a city names once, in the words local news uses to
 * carry them — forms the suffix and quote rules miss (lstrat57-l, pages of Hunan, Guangxi, Guizhou):
 * - a quoted campaign a clause takes as its vehicle: 以开展“转作风、解难题…”活动为契机, 以“某某大整顿、
 *   某某大行动”暨“某某大动员”活动为载体 (活动 is a campaign's word only when it is the clause's lever;
 *   开展“迎新春、送温暖”活动 alone may be a day's event, quoted-programs.ts);
 * - quoted campaigns listed before 等活动 that a task is joined to: 结合我市“支部联建促产业”、“千企联村、
 *   扶贫攻坚”等活动 (each quote is one campaign, named bare as “渝车出海”等计划 is), and those
 *   carried on without end (持续开展“清洁庭院·幸福家园”等活动, lstrat58-l);
 * - a 大会战 named by its subject: 产业为王大会战, 交通大会战 (a count, 四大会战, is slogan-campaigns.ts);
 * - a pilot of a province's demonstration named as built or worked on: 关注乡村振兴集成示范试点建设
 *   (carried-out.ts wants 推进/开展… and 工作 or a pause after 试点);
 * - a push of so many days in quotes: 全县“奋战八十天，决战四季度”动员会.
 */
import type { Mention } from './mentions.ts';
import { program } from './program-mention.ts';

const QUOTE = /[“"]([^“”"\n]{2,24})[”"]/g;
/** 以(开展)“A”(暨“B”)活动为载体: the quotes the lever names, with the word of work after them. */
const VEHICLE =
  /以(?:深入|持续|扎实)?(?:开展|实施|推进)?((?:[“"][^“”"\n]{2,24}[”"]暨?){1,3})(活动|行动|工程)为(?:契机|载体|抓手|突破口|主线)/gu;
/** 结合(我市)“A”、“B”等活动: campaigns a task is joined to (结合, 依托); lstrat58: campaigns carried
 * on without end (持续开展“清洁庭院·幸福家园”“…”等活动: a one-off 开展 may list a day's events). */
const JOINED_LIST =
  /(?:结合|依托|(?:持续|深入|常态化|扎实)开展)(?:我市|我县|我区|全市|全县|全区|本地)?((?:[“"][^“”"\n]{3,16}[”"]、?){1,4})等(?:系列)?活动/gu;
/** A day's or a season's event in quotes (“读书月”, “文化节”, “农民丰收节”): no campaign. */
const EVENT = /(节|日|月|周|季|赛|会|展|晚会)$/;
/** 产业为王大会战: after a pause, 是 or a verb of waging it (and a preposition: 对交通大会战), a
 * subject of two to six characters. */
const BATTLE =
  /(?:^|[，。；：！？\s]|是|打好|打赢|打响|开展|推进|掀起|发起|实施|决战)(?:对|在|把|将|向|为|从|以)?((?![这该此一本])[^，。；：、！？\s“”《》的和与在等]{2,6}?)大会战/gu;
const PILOT =
  /(?:关注|推进|推动|开展|抓好|抓实|做好|实施|打造|创建)好?((?![这该此一本])[^，。；：、“”《》\s的和与在等]{2,12}?(?:集成示范|集成改革|示范)试点)(?=建设|工作|[，。；：！？、\s]|$)/gu;

/** “奋战八十天 决战四季度”, “大干100天”: a push of so many days, named by its quote (a hundred
 * days' push, 百日攻坚, is slogan-lists.ts); the quote may add the season it decides, or open
 * with where it is waged (“到一线去,大干120天”, lstrat59-l). */
const DAYS_PUSH =
  /[“"]((?:\p{Script=Han}{3,5}[\s,，])?(?:奋战|大干|决战|冲刺|攻坚)[0-9一二三四五六七八九十百]+天(?:[\s,，、]*(?:决战|奋战|冲刺|打赢)\p{Script=Han}{2,4})?)[”"]/gu;

export function countyCampaigns(text: string): Mention[] {
  const out: Mention[] = [];
  const push = (name: string, surface: string, start: number, kind: string) => {
    const p = program(name, surface, start, kind);
    if (p) out.push(p);
  };
  for (const m of text.matchAll(VEHICLE)) {
    const from = m.index + m[0].indexOf(m[1]!);
    const quotes = [...m[1]!.matchAll(QUOTE)];
    // “A”暨“B”活动: both campaigns share the word printed after the last quote (read as each one's,
    // though the first one's mention ends with its quote: the two do not overlap).
    for (const q of quotes) {
      const at = from + q.index!;
      const p = program(q[1]! + m[2]!, q[0] + m[2]!, at, m[2]!);
      if (p) out.push(q === quotes.at(-1) ? p : { ...p, end: at + q[0].length });
    }
  }
  for (const m of text.matchAll(JOINED_LIST)) {
    const from = m.index + m[0].indexOf(m[1]!);
    for (const q of m[1]!.matchAll(QUOTE))
      if (!EVENT.test(q[1]!)) push(q[1]!, q[0], from + q.index!, '活动');
  }
  for (const m of text.matchAll(BATTLE)) {
    const name = `${m[1]!}大会战`;
    push(name, name, m.index + m[0].length - name.length, '会战');
  }
  for (const m of text.matchAll(DAYS_PUSH)) {
    // A pause inside the quote is printing: the push is named with a space there, as headlines print it.
    push(m[1]!.replace(/[\s,，、]+/g, ' '), m[0], m.index, '行动');
  }
  for (const m of text.matchAll(PILOT)) push(m[1]!, m[1]!, m.index + m[0].indexOf(m[1]!), '试点');
  return out;
}
