/**
 * lstrat60 (issue 13): a campaign quoted inside the name of the event that serves it — a meeting
 * held to carry it on (召开持续深化“三抓三比、十项竞赛”暨…动员大会: the verb, the quote, then 暨
 * joining the meeting's other business) and the signing or starting of projects under it (“某某”
 * 项目集中签约活动, 项目“某某”集中开工). The quote rules see no program word after such a quote;
 * the event's shape says the quote names the work the event advances.
 */
import { programByForm as mention, type Mention } from './mentions.ts';

/** 持续深化“某某”暨: a verb of carrying a campaign on, the quote, 暨. */
const CARRIED_ON = /(深化|推进|开展|实施|落实|启动)[“"]([^“”"\n，。；]{4,16})[”"]暨/gu;
/** “某某”重大项目集中签约, 项目“某某”集中开工: projects signed or started together under the quote. */
const PROJECTS_UNDER =
  /[“"]([^“”"\n，。；]{4,12})[”"](?:(?:重大|重点)?项目)?集中(?:签约|开工)|项目[“"]([^“”"\n，。；]{4,12})[”"]集中(?:签约|开工)/gu;
/** A meeting's or a day's own name is no campaign (“某某大会”暨…, “十一”). */
const NOT_CAMPAIGN = /(会议|大会|论坛|峰会|节|日|周年)$/;

export function eventBorneCampaigns(text: string): Mention[] {
  if (!text.includes('暨') && !text.includes('集中')) return [];
  const out: Mention[] = [];
  for (const m of text.matchAll(CARRIED_ON)) {
    const inner = m[2]!;
    if (NOT_CAMPAIGN.test(inner)) continue;
    const at = m.index + m[1]!.length;
    out.push(mention(inner, text.slice(at, at + inner.length + 2), at, 'campaign'));
  }
  for (const m of text.matchAll(PROJECTS_UNDER)) {
    const inner = (m[1] ?? m[2])!;
    if (NOT_CAMPAIGN.test(inner) || /^[0-9]/.test(inner)) continue;
    const at = m.index + m[0].indexOf(inner) - 1;
    out.push(mention(inner, text.slice(at, at + inner.length + 2), at, 'campaign'));
  }
  return out;
}
