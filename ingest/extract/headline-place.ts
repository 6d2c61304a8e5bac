/**
 * 沙坪坝区：西部科学城加速建设, 大足：石刻文化旅游持续升温: a digest's headline that opens with a
 * place and a colon says where the story happens, and the story often never prints the place
 * again (在金凤镇…, 区委书记某某). The headline is no sentence of the story, so the rules over the
 * text never see it: it is read here, and the story then mentions the place and its bare 区/县
 * titles are that place's (posts-at-level.ts).
 */
import { districtInfo, findDistricts } from './places.ts';
import type { Mention } from './mentions.ts';
import { storyCounties } from './level-places.ts';

/** An optional column tag (【新春走基层】), then the place before a full- or half-width colon. */
const OPENING = /^\s*(?:【[^】]{1,12}】)?\s*(\p{Script=Han}{2,10}?)\s*[：:]/u;

/** The place a headline opens with, as a district mention (start −1: not in the story's text). */
export function headlinePlace(title: string | undefined): Mention | undefined {
  const place = title ? OPENING.exec(title)?.[1] : undefined;
  // Short forms too (大足, 江北): a headline's place before its colon is a place by position.
  const entry = place ? districtInfo(place, true) : undefined;
  const [m] = entry ? findDistricts(entry.name) : [];
  return m && m.name === entry!.name ? { ...m, surface: place!, start: -1, end: -1 } : undefined;
}

/** The story's 区 and 县 (level-places.ts): the headline's place wins over the text's count. */
export function withHeadlineCounty(
  counties: Map<string, string>,
  headline: Mention | undefined,
): Map<string, string> {
  return headline ? new Map([...counties, ...storyCounties([headline])]) : counties;
}
