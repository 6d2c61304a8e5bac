/**
 * strat50 (issue 13): a party education campaign named by the view it instils (树立和践行正确政绩观
 * 学习教育, the campaign of 2026): its name opens with the verbs of holding the view, joined by 和,
 * and ends in a view (…观), so the campaign rule of carried-out.ts, which stops at 和 and reads
 * only names ending in what is studied (党史, 精神, 思想…), does not read it. strat50-a lists it;
 * no annotation judges such a name junk.
 */
import { programByForm as mention, type Mention } from './mentions.ts';
import { campaignName, VIEW_DEPTH } from './campaign-words.ts';

/** 树立和践行正确政绩观学习教育, 牢固树立正确权力观主题教育: verbs of holding, a view, the campaign. */
const VIEW_CAMPAIGN = new RegExp(
  `(?:牢固)?(?:树立|践行|坚持)(?:和(?:树立|践行|坚持))?${campaignName('观', VIEW_DEPTH)}`,
  'gu',
);

export function viewCampaigns(text: string): Mention[] {
  if (!text.includes('观')) return [];
  return [...text.matchAll(VIEW_CAMPAIGN)].map((m) => mention(m[0], m[0], m.index, '学习教育'));
}
