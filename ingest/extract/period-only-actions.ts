/**
 * An action named by its period alone (三年攻坚行动, 百日行动) names no campaign: it is the tail of a
 * longer name the program rules cut at 和 (围绕城市更新和城市建设三年攻坚行动: two fields of one
 * campaign, lstrat50-l). Where the clause before it holds only such joined fields after its verb,
 * they are the name's head; otherwise the period-only name is dropped. A quoted one is a name
 * as printed (燃气安全“百日行动”: real in cctv22u) and stays.
 */
import { NOUN_CONJUNCTIONS } from '../text/function-words.ts';
import type { Mention } from './mentions.ts';

const PERIOD_ONLY =
  /^(?:[一二三四五六七八九十两]+(?:年|个月)|百日|千日|[0-9]+天)(?:攻坚|提升|专项|集中)?(?:行动|计划|工程)$/u;
const LEADING_VERB =
  /^(?:围绕|推进|推动|开展|实施|打响|启动|深化|落实|聚焦|持续|深入|扎实|全力|加快|全面|组织)+/u;
const JOINED_FIELDS = new RegExp(
  String.raw`^\p{Script=Han}{2,8}[${NOUN_CONJUNCTIONS}]\p{Script=Han}{2,8}$`,
  'u',
);

export function periodOnlyActions(text: string, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of found) {
    if (!PERIOD_ONLY.test(m.name) || /^[“"‘「]/.test(m.surface)) {
      out.push(m);
      continue;
    }
    const clause = text
      .slice(Math.max(0, m.start - 24), m.start)
      .split(/[^\p{Script=Han}]/u)
      .pop()!;
    const head = clause.replace(LEADING_VERB, '');
    if (!JOINED_FIELDS.test(head)) continue;
    const start = m.start - head.length;
    out.push({ ...m, name: head + m.name, surface: text.slice(start, m.end), start });
  }
  return out;
}
