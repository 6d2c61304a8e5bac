/**
 * A campaign's day of joint service is an event: 文化科技卫生“三下乡”集中示范活动在某州举行 prints the
 * gazetteer's annual campaign with 集中…活动 right after it, one activity held at one time and place
 * (program-lookalikes.ts refuses such …活动 by its name; a gazetteer name is read before that check,
 * so its surface is checked here on what follows it).
 */
import type { Mention } from './mentions.ts';

const HELD_AT_ONCE_AFTER = /^集中\p{Script=Han}{0,4}活动/u;

export function campaignDayOfService(text: string, m: Mention): boolean {
  return HELD_AT_ONCE_AFTER.test(text.slice(m.end, m.end + 10));
}
