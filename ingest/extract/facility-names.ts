/**
 * Facilities and institutions named after their place (宁波港, 某县人民医院): the place is printed
 * as part of the name, not as a mention of its own. Read by places.ts (districtAt).
 */
import { tag } from '../text/segmenter.ts';

/**
 * A port, airport, station, railway line, bridge, customs, launch site, museum or experiment
 * named after a place (宁波港, 某某花湖机场, 怀化南站, 西安至延安高铁, 某某长江三桥, 某某海关,
 * 江门中微子实验), and an institution or a site (某县人民医院, 某市第七中学, 某县图书馆, 某某遗址,
 * 某某种植基地, 某某邮轮母港): the place is printed as part of that name, not as the
 * place itself (the blind annotators count such a place as no mention; a district's court or police
 * branch is its own organ, like its 区委, and names it). Read word by word: at most
 * three words of a name (nouns, numbers, 新, 至/到 between two ends of a line) before the
 * facility's word.
 */
export const FACILITY_WORD =
  /^(港|海港|[东南西北]?站|[一二三四五六七八九十]?桥|线)$|(大桥|机场|高铁|铁路|城际|地铁|隧道|码头|枢纽|口岸|海关|发射场|博物馆|博物院|实验|实验室|母港)$/;
/** A reservoir or a power station right after the place (某某水库: blocal-k); with a river's name
 * between (某市某江某某水电站: cctv25d) the place says where it stands, and stays. */
const WORKS_RIGHT_AFTER = /^(水库|水电站)$/;
/**
 * An institution named after its place takes the place's name and generic words only (某县人民
 * 医院, 某市第二十三中学): after a proper name of its own (某某冉庄地道战纪念馆, 某县寺洼遗址) the
 * place in front says where it is, and stays.
 */
export const INSTITUTION_WORD =
  /(医院|中学|小学|学校|图书馆|纪念馆|美术馆|科技馆|文化馆|体育馆|支行|分行|遗址|遗址群|旧址|陵园|基地)$/;
const GENERIC_NAME_TAG = /^(n|m|a|b|vn)$/;
const FACILITY_NAME_TAG = /^(n|ns|nz|nt|nr|j|m|a|b|x|s|f|vn)$/;
/**
 * The last characters of FACILITY_WORD's and INSTITUTION_WORD's words: a window holding none of
 * them has no token that ends like one, so the segmenter need not be asked (most places).
 */
export const FACILITY_END = /[港站桥线路际铁道头纽岸关场馆院验室学校行址群园地库]/;
export function namesFacility(rest: string): boolean {
  const window = rest.slice(0, 12);
  if (!FACILITY_END.test(window)) return false;
  let k = 0;
  let generic = true;
  for (const t of tag(window)) {
    if (k++ >= 4 || !/^\p{Script=Han}+$/u.test(t.word)) return false;
    // The facility's own word, not a name ending like one (临港 is a place).
    const noun = /^(n|ns|nz|j|vn)/.test(t.tag);
    if (FACILITY_WORD.test(t.word) && noun) return true;
    if (k === 1 && WORKS_RIGHT_AFTER.test(t.word)) return true;
    if (INSTITUTION_WORD.test(t.word) && noun && generic) return true;
    if (!FACILITY_NAME_TAG.test(t.tag) && !/^[至到]$/.test(t.word)) return false;
    generic &&= GENERIC_NAME_TAG.test(t.tag);
  }
  return false;
}
