/**
 * The words of a party education campaign's name (党纪学习教育, 树立和践行正确政绩观学习教育), one
 * home for the two readers of such names (issue 15, "one home for each fact"): carried-out.ts
 * reads a campaign named by what it studies (…精神学习教育), view-campaigns.ts one named by the
 * view it instils (…观学习教育). Each kept its own copy of the kinds, of the characters a name
 * holds and of the campaign's bodies that follow it; the copies had drifted (巡回, of a campaign's
 * 巡回指导组, was carried-out.ts's only). They differ in one thing, how far back the name runs
 * before the word it ends in (its depth): a parameter of campaignName, each reader's value below.
 */

/** The kinds of campaign a name ends in: 学习教育 (党纪学习教育), 主题教育 (…思想主题教育). */
export const CAMPAIGN_KINDS: readonly string[] = ['学习教育', '主题教育'];

/**
 * The campaign's own bodies printed after its name (…学习教育领导小组, 办公室, 指导组; 巡回 opens
 * its touring ones, 巡回指导组, 巡回督导组): the name then names the body, an organisation, not the
 * campaign carried out.
 */
export const CAMPAIGN_BODIES: readonly string[] = ['领导小组', '办公室', '指导组', '巡回'];

/**
 * A character a campaign's name may hold: none of a pause, a quote or title mark, a space, 的,
 * the conjunctions 和/与/及 or 等 (a list of campaigns is several names, 的 a description).
 */
const CAMPAIGN_NAME_CHAR = '[^，。；：、“”《》\\s的和与及等]';

/**
 * What a campaign named by what it studies ends in, before its kind (党史学习教育, 党纪学习教育,
 * 深入贯彻中央八项规定精神学习教育, …思想主题教育, 不忘初心、牢记使命主题教育): carried-out.ts.
 * Not a field of training (开展安全学习教育 is no campaign).
 */
export const STUDIED: readonly string[] = ['党史', '党纪', '精神', '思想', '使命', '规定', '理论'];

/** How many name characters may stand before the word a campaign's name ends in. */
export interface CampaignDepth {
  min: number;
  max: number;
}

/**
 * carried-out.ts: what is studied, with the verbs the name may open with (深入贯彻中央八项规定
 * 精神学习教育: ten before 精神; 学习贯彻某某新时代中国特色社会主义思想主题教育: eighteen before
 * 思想), so up to 30; at least 2 (the clause's start or a verb stands before it).
 */
export const STUDIED_DEPTH: CampaignDepth = { min: 2, max: 30 };

/**
 * view-campaigns.ts: only the view's qualifier stands between the verbs of holding it and 观
 * (正确政绩, 正确权力: four), so at most 8: a longer run is a clause, not a view's name.
 */
export const VIEW_DEPTH: CampaignDepth = { min: 1, max: 8 };

/**
 * The pattern (source text, no flags) of a campaign's name: `depth` name characters (lazily, the
 * shortest name first), the word it ends in (`ending`, a pattern), a kind, and no body after it.
 */
export function campaignName(ending: string, depth: CampaignDepth): string {
  const kind = `(?:${CAMPAIGN_KINDS.join('|')})`;
  const noBody = `(?!${CAMPAIGN_BODIES.join('|')})`;
  return `${CAMPAIGN_NAME_CHAR}{${depth.min},${depth.max}}?${ending}${kind}${noBody}`;
}
