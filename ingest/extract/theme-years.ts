/**
 * A year a county or a city declares for one push (issue 13, prog56): 以“项目竞进年”为主题 (blocal-f
 * lists 筠连县“项目竞进年”), 召开“重大项目攻坚年”、“环境整治攻坚年”动员大会 (lstrat54-l lists both),
 * 开展营商环境突破年活动. The year is named by its push (攻坚, 竞进, 突破, 提升…), which is the
 * campaign. National news quotes years between two countries the same way (中俄“文化年”, “中法文化
 * 旅游年”, “中国—东盟人文交流年”): they name an exchange, no push, and are occasions. The one list
 * of pushes, read by counted-campaigns.ts (…年活动 unquoted) and not-programs.ts (such a year's
 * 活动 is a campaign, not an occasion), and by themeYears here (the year quoted alone).
 */
import { programByForm as mention, type Mention } from './mentions.ts';
import { quotedTerms } from './quoted-terms.ts';

export const PUSH =
  '突破|攻坚|提升|提质|提效|优化|深化|推进|落实|效能|作风建设|项目建设|竞进|赶超|冲刺|比拼|奋进|实干|拼抢|会战|大干|争先';
/**
 * “招商引资年”活动, “优化环境年”活动: a year a county declares for a work task (projects,
 * investment, the business environment, a push) is a campaign, however its words run; a year named
 * for a theme (“中东文化年”) or a date (建城千年) is an occasion and stays out (not-programs.ts). What the year is for, beside PUSH's push words (lthings56).
 * Printed alone (以“项目竞进年”为主题) it is not read: the seeds' gold leaves 今年是某城“项目攻坚年” out.
 */
export const TASK_YEAR =
  /(项目|招商|引资|营商|环境|作风|效能|产业|工业|民生|整治|攻坚|竞进|推进|突破|提升|提质|提效|优化|深化|落实)\p{Script=Han}{0,3}年$/u;

/** 重大项目攻坚年: at least two characters say what the push is for, then the push and 年. */
const PUSH_YEAR = new RegExp(`^\\p{Script=Han}{2,10}?(?:${PUSH})年$`, 'u');
/** “某某攻坚年”活动 is read by the quote rules of programs.ts under that name. */
const WORD_AFTER = /^(活动|行动)/;
/**
 * The year is run as a campaign: taken as a theme, mobilised for, carried out (以“…”为主题, 召开
 * “…”、“…”动员大会, 深入开展“…”). A year only declared (今年是某城“项目攻坚年”) is a slogan to the
 * seeds' golds, and stays out.
 */
const RUN_BEFORE = /(以|开展|推进|深化|实施|掀起|抓好|打好|召开)$/;
/** lstrat61: 聚焦“重点工作突破年”主题: a year a county's work focuses on as its theme is run too. */
const FOCUSED = /(聚焦|围绕|紧扣)$/;
const RUN_AFTER = /^(?:、“[^“”\n]{2,12}”)*(?:为主题|动员|推进会|誓师|部署会|工作会|活动|行动)/u;

/**
 * A push year quoted alone (followed by 为主题, 动员大会, 、 or a pause, not by 活动: that name is
 * the quote rules'); where the story prints it with 活动 or 行动 elsewhere, that is its name, so that
 * the year is one node.
 */
export function themeYears(text: string): Mention[] {
  const out: Mention[] = [];
  if (!text.includes('年”')) return out;
  for (const q of quotedTerms(text, 12)) {
    if (!PUSH_YEAR.test(q.inner) || WORD_AFTER.test(text.slice(q.end, q.end + 2))) continue;
    const run =
      RUN_BEFORE.test(text.slice(Math.max(0, q.at - 2), q.at)) ||
      RUN_AFTER.test(text.slice(q.end, q.end + 60)) ||
      (FOCUSED.test(text.slice(Math.max(0, q.at - 2), q.at)) && text.startsWith('主题', q.end));
    if (!run) continue;
    const word = [...text.matchAll(new RegExp(`“${q.inner}”(活动|行动)`, 'gu'))][0]?.[1] ?? '';
    out.push(mention(q.inner + word, q.quoted, q.at, word || '活动'));
  }
  return out;
}
