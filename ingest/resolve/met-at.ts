/**
 * Where two sides met, before the other side's office: 在北京同某银行行长某某会谈 → 某银行行长. The
 * place is a district (its province before it or not: 在某省某市与…, things35) or a hall; 上海同济大学
 * stays whole (同济 is a word).
 */
import { districtInfo } from '../extract/places.ts';
import { dictionaryFrequency } from '../text/segmenter.ts';

/** 在人民大会堂同…, 在钓鱼台国宾馆同…: a hall where two sides met, as a city is (things34). */
const VENUE = /(?:大会堂|国宾馆|宾馆|会议中心)$/;
/** A city where two sides met and 同/与 before the other side's office (在北京同某行行长), the
 * city after its province too (在某省某市与某行行长: things35). */
const MET_AT =
  /^在?((?:\p{Script=Han}{2,3}?(?:省|自治区))?\p{Script=Han}{2,5}?)[同与](?=\p{Script=Han}{2})/u;
const IN_PROVINCE = /^\p{Script=Han}{2,3}?(?:省|自治区)(?=\p{Script=Han}{2})/u;
/** Where two sides met: a district (its province before it or not) or a hall. */
const metPlace = (place: string): boolean => {
  const province = IN_PROVINCE.exec(place)?.[0];
  if (province && districtInfo(province) && districtInfo(place.slice(province.length))) return true;
  return !!districtInfo(place) || VENUE.test(place);
};

/** Where the office starts once the meeting place and its 同/与 are cut, or 0 when there is none. */
export function meetingPlaceEnd(org: string): number {
  const met = MET_AT.exec(org);
  if (!met || !metPlace(met[1]!)) return 0;
  const at = met[0].length - 1;
  return [2, 3, 4].every((k) => !dictionaryFrequency(org.slice(at, at + k))) ? at + 1 : 0;
}
