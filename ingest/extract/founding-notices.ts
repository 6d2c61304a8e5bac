/**
 * lstrat48 (issue 13): 《某县关于成立“某某”指挥部的通知》: a notice that sets up a body (a
 * headquarters, a leading group, a task force) names the body, not a programme; the campaign it
 * serves has its own plan (《某县“某某”工作方案》 stays). Junk in lstrat48-l.
 */
import type { Mention } from './mentions.ts';

const FOUNDING =
  /关于(?:成立|组建|设立|调整)\p{Script=Han}{0,24}?(?:指挥部|领导小组|委员会|工作专班|专班|办公室|工作组)(?:成员)?的通知$/u;

export function foundingNotice(m: Mention): boolean {
  return FOUNDING.test(m.name);
}
