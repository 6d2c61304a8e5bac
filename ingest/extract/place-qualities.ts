/**
 * lstrat48 (issue 13): a county's or a city's strategy named by the quality it builds into itself —
 * 平安蓬溪建设, 法治某县建设, 干净柞水建设, 数字某市 — after the national 平安中国, 法治中国 and
 * 数字中国 of the gazetteer. Read where its building is carried out: 建设 after the name, or before
 * it (建设平安某县), or shared by a list (为建设平安某县、法治某县建设). The place must be a county,
 * district or city of districts.json by its short name (蓬溪 for 蓬溪县): 平安校园, 数字乡村 name
 * kinds of places, which are other programs or none.
 */
import { programByForm as mention, type Mention } from './mentions.ts';
import { districtShortNames } from './places.ts';

const QUALITY = '平安|法治|干净|健康|数字|智慧|文明|幸福|清廉|廉洁|书香|诚信|活力|宜居';
const ANY_QUALITY = new RegExp(QUALITY);
const NAMED = new RegExp(`(${QUALITY})(\\p{Script=Han}{2,3})`, 'gu');
/** 建设平安某县: the building verb before the name. */
const BUILT_BEFORE = /(建设|打造|推进|创建)$/;
/** 平安某县、法治某县建设: a list sharing the 建设 after its last item. */
const LISTED_BUILT = new RegExp(`^、(${QUALITY})\\p{Script=Han}{2,3}建设`, 'u');

/** Any district by its short name, listed (渝北) or its name without its ending (蓬溪 for 蓬溪县). */
const places = () => districtShortNames('all', true);

export function placeQualities(text: string): Mention[] {
  if (!ANY_QUALITY.test(text)) return [];
  const known = places();
  const out: Mention[] = [];
  for (const m of text.matchAll(NAMED)) {
    // 平安蓬溪建设: the longest place name after the quality (3, then 2 characters).
    const place = [m[2]!, m[2]!.slice(0, 2)].find((p) => known.has(p));
    if (!place) continue;
    const end = m.index + m[1]!.length + place.length;
    const name = m[1]! + place;
    const built =
      text.startsWith('建设', end) ||
      BUILT_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index)) ||
      LISTED_BUILT.test(text.slice(end, end + 10));
    if (!built) continue;
    const surface = text.startsWith('建设', end) ? `${name}建设` : name;
    out.push(mention(`${name}建设`, surface, m.index, '建设'));
  }
  return out;
}
