/**
 * prog50 (issue 13): a pilot whose work starts, printed subject first — 全国某某试点城市实施工作今天
 * 正式启动 (a headline and the first clause of its story print it so). The other pilot rules want a
 * verb before the name (开展, 推进, 作为…) and miss it; prog50-a lists it as a named strategy. Pilot
 * cities are the pilot's places: the program is the cities' pilot (某某城市试点), as the ministries
 * name it; a pilot of counties or regions is the bare 某某试点.
 */
import { programByForm as mention, type Mention } from './mentions.ts';

const STARTS =
  /(?<=^|[，。；：！？\s])(?:全国|国家|我国)?([^，。；：、“”《》\s的在等]{4,22}?)试点(城市|地区|县|省份)?(?:实施|建设)?工作[^，。；]{0,16}?(?:正式)?(?:启动|展开)/gmu;
/** Words of a kind of pilot, no name of one (综合试点, 改革试点). */
const GENERIC = /^(?:全国|国家|我国|综合|改革|创新|示范|相关|各类|一批|新一批|各项)+$/;

export function pilotLaunches(text: string): Mention[] {
  if (!text.includes('试点')) return [];
  const out: Mention[] = [];
  for (const m of text.matchAll(STARTS)) {
    const field = m[1]!;
    if (GENERIC.test(field)) continue;
    const places = m[2] === '城市' ? '城市' : '';
    const printed = `${field}试点${m[2] ?? ''}`;
    out.push(mention(`${field}${places}试点`, printed, m.index + m[0].indexOf(printed), '试点'));
  }
  return out;
}
