/**
 * lstrat48 (issue 13): local campaigns named by a quoted counted slogan that counted-campaigns.ts
 * does not read — a count of things done jointly (“三城联创”, “五水共治”: create three cities'
 * titles together, govern five waters together), a doubled pair (“双招双引”: invite investment,
 * attract talent) and the creation of a counted title (“五星”支部创建). Each was a named strategy
 * of lstrat48-l's blind annotation of fifteen local pages that no rule found. The shape is narrow
 * (a count, a thing, a joint verb), and a campaign word after it or a verb carrying it before it
 * must confirm it: party formulas (“两个确立”, “五位一体”, “一国两制”) have neither shape.
 */
import { programByForm as mention, type Mention } from './mentions.ts';
import { quotedTerms } from './quoted-terms.ts';

const N = '一二三四五六七八九十两';
/** The slogans read are of four characters at most (“三城联创”, “双招双引”, “五星”). */
const LONGEST = 8;
/** “三城联创”, “五水共治”, “两区共建”: a count, what is counted, a joint verb (联, 同, 共), a verb. */
const JOINT = new RegExp(`^[${N}](?![个位])\\p{Script=Han}[联同共齐]\\p{Script=Han}$`, 'u');
/** “双招双引”, “双拥双创”: two tasks, each doubled. */
const DOUBLED = /^双\p{Script=Han}双\p{Script=Han}$/u;
/** “五星”, “十星”, “四好”: a counted grade a village, a branch or a household is awarded. */
const GRADE = new RegExp(`^[${N}](星|好|美|型|强)$`, 'u');
const CAMPAIGN_AFTER = /^(工作|行动|活动|工程|建设|创建|攻坚|各项工作|指挥部|动员)/;
/** The verb that carries the campaign out, right before the quote (打出…新攻势, 开展…工作). */
const CARRIED =
  /(推进|加快|实施|深化|推动|开展|抓好|落实|坚持|实行|打出|打好|打响|掀起|聚焦|持续|主攻)$/;

export function countedSlogans(text: string): Mention[] {
  const out: Mention[] = [];
  for (const { inner, quoted, at, end } of quotedTerms(text, LONGEST)) {
    const after = text.slice(end, end + 8);
    const confirmed =
      CAMPAIGN_AFTER.test(after) || CARRIED.test(text.slice(Math.max(0, at - 4), at));
    if ((JOINT.test(inner) || DOUBLED.test(inner)) && confirmed)
      out.push(mention(inner, quoted, at, 'campaign'));
    else if (GRADE.test(inner)) {
      // “五星”支部创建: the title's holder (支部, 村, 文明户) and 创建 follow the quote.
      const created = /^(\p{Script=Han}{1,4}?)创建/u.exec(after);
      if (created) out.push(mention(`${inner}${created[1]}创建`, quoted + created[0], at, '创建'));
    }
  }
  return out;
}
