/**
 * A county's, a zone's or a park's spatial layout printed as a quoted numbered code (“一城五园”,
 * “一区两园”, “一芯两带三区”): the local plan of what goes where, a program as local3's “四区N园”
 * 战略布局 is (lthings44-a: three layouts of local news missed). Only codes of numerals and words
 * of places or areas count; 五位一体 (a doctrine), 一国两制, 一带一路 (路 is no area word here;
 * the gazetteer has it) are no such codes. A code followed by a program word (“四区N园”战略布局)
 * is the quoted rule's: left alone here, or one layout would be two nodes.
 */
import { gazetteer } from '../gazetteer/index.ts';
import { programMention, type Mention } from './mentions.ts';

const AREA = '(?:基地|中心|城|园|区|带|心|芯|核|廊|轴|片|极|圈|翼|谷|港|岛)';
const CODE = new RegExp(`[“"]((?:[一二三四五六七八九十两N0-9]+${AREA}){2,4})[”"]`, 'g');
const suffixes = [...gazetteer().lexicon.programSuffixes].sort((a, b) => b.length - a.length);

export function spatialLayouts(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(CODE)) {
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 6);
    if (suffixes.some((s) => after.startsWith(s)) || /^(发展|战略|空间|总体)布局/.test(after))
      continue;
    // lstrat57: “一城四区一基地”奋斗目标: a code a goal or a positioning is printed for is no plan.
    if (/^(?:奋斗|发展|战略)?(?:目标|定位)/.test(after)) continue;
    const kind = 'layout';
    out.push(programMention(m[1]!, m[0], m.index, kind));
  }
  return out;
}
