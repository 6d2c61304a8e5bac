/**
 * A name read by sight (sight-names.ts) that heads a place's or a body's name: 阿日昆都楞镇,
 * 巴彦查干嘎查, 普陀山-朱家尖管委会, 苏日戈养殖家庭牧场, 召开全旗…会议 (local48: banner and county news
 * of Inner Mongolia and Zhejiang). The statistics see a run of name-like sounds; what is printed
 * right after it says it is a town, a village (嘎查), a zone's committee or a farm, or the whole of
 * a banner (全旗), no person; so does a park's name (某某湿地公园) or a realm's word (王朝).
 */

import { dictionaryFrequency } from '../text/segmenter.ts';

/** Place words of the last level (镇, 乡, 苏木, 嘎查) a name-like run may open, a pause or verb not between. */
const PLACE_AFTER =
  /^[^\s，。、；：！？“”（）()到赴在去来至往从和与及的]{0,2}(?:镇|乡|苏木|嘎查)(?![长])/u;
/** A zone's, scenic area's or street's body right after the run (朱家尖管委会). */
const BODY_AFTER = /^(?:管委会|管理委员会|党工委|办事处|风景区|景区|街道)/;
/** A family farm or co-operative named after its owner (苏日戈养殖家庭牧场): the farm, no person. */
const FARM_AFTER = /^(?:养殖|种植)?(?:家庭牧场|家庭农场|专业合作社|合作社)/;
/** A Mongolian village or township word ending the run (查干嘎查), or the whole of a level (全旗),
 * or a dynasty or realm (商王朝, 某帝国: a polity, blind cctv27b). */
const PLACE_ITSELF = /(?:嘎查|苏木|王朝|帝国|王国)$|^[全各本][旗盟县市区乡镇村]/;
/** A park or scenic area the run heads, a character or two between (茅坪夜|月湿地公园: blind cctv27b). */
const PARK_AFTER =
  /^[^\s，。、；：！？“”（）()到赴在去来至往从和与及的]{0,2}(?:湿地公园|森林公园|公园|风景区|景区)/u;

/** Whether the name read by sight at `start` is the head of a place's or a body's name. */
export function namesPlaceOrBody(text: string, start: number, name: string): boolean {
  const after = text.slice(start + name.length, start + name.length + 8);
  // 巴彦查干嘎|查: the place word across the run's end.
  const across = name.slice(-1) + after.slice(0, 1);
  return (
    across === '嘎查' ||
    across === '苏木' ||
    PLACE_ITSELF.test(name) ||
    // 毛泽东才溪乡调查纪念馆: a name the dictionary knows stays a person before a town.
    ((PLACE_AFTER.test(after) || PARK_AFTER.test(after)) && dictionaryFrequency(name) === 0) ||
    BODY_AFTER.test(after) ||
    FARM_AFTER.test(after)
  );
}
