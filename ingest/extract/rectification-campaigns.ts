/**
 * strat50 (issue 13): a nationwide rectification campaign is named by what it rectifies and 专项整治
 * or 集中整治 (开展老年人药品、保健品虚假宣传专项整治, 深化“靠企吃企”专项整治, 启动春耕备耕农资
 * 打假专项整治), or by a named problem and 综合治理 (开展食品添加剂滥用问题综合治理): what a body
 * launches, deploys or deepens up to that word is the campaign (cctv24y and cctv25w list three; none
 * judges such a name junk). Not a campaign named by its scope alone (重点领域专项整治, 联合专项整治)
 * nor a field's general upkeep (城乡环境综合治理: no 问题 named).
 */
import { programByForm as mention, type Mention } from './mentions.ts';

const CAMPAIGN =
  /(?:部署开展|开展|深化|启动|部署|巩固)(?:了)?(?:在全国|全国性?|全面)?([^，。；：《》\s的和与及在等]{4,26}?(?:专项整治|集中整治|问题综合治理))(?!领导小组|办公室|工作组)/gu;
/** A scope, a time or a partner, not what is rectified (重点领域, 岁末年初, 联合). */
const SCOPE_ONLY =
  /^(?:重点领域|重点行业|相关领域|各领域|联合|集中|多项|各类|系列|新一轮|岁末年初|年度|[0-9]{4}年)/;

export function rectificationCampaigns(text: string): Mention[] {
  if (!/整治|综合治理/.test(text)) return [];
  const out: Mention[] = [];
  for (const m of text.matchAll(CAMPAIGN)) {
    // 岁末年初安全生产重大隐患专项整治: a time before the named problem is the clause's.
    const name = m[1]!.replace(/^(?:岁末年初|年内|今年|[0-9]{4}年)/, '');
    const what = name.replace(/(?:问题)?(?:专项整治|集中整治|综合治理)$/, '').replace(/[“”]/g, '');
    if (what.length < 4 || SCOPE_ONLY.test(name) || /^、|、$/.test(what)) continue;
    out.push(mention(name, m[0], m.index + m[0].length - name.length, '整治'));
  }
  return out;
}
