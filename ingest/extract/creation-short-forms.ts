/**
 * 创文, 创全 and 创卫: a city's creation campaigns printed by their short forms after the story has
 * named them in full (创建全国文明城市 … 做好创文工作). Alone, the two characters are too short to
 * say which title (a city's or a district's) is meant, so they are read only beside the full name.
 */
import { programByForm, type Mention } from './mentions.ts';

/** A county town's creation (创建全国文明县城) is the one its 创城 means when the story names it. */
const CIVILIZED = /创建全国文明(?:城[市区]|县城)|全国文明(?:城[市区]|县城)创建/;
/**
 * 创城 says the civilized city even where the story prints no 全国 title, only the city's 文明城市 or
 * its 文明创建 (调研创城工作 … 踩实文明创建路): the one creation a district or city so names.
 */
const CIVILIZED_CITY = /文明城市|文明创建|创建文明/;
const SANITARY = /创建国家卫生(城市|乡镇)|国家卫生(城市|乡镇)创建/;
// 创文 of 创文明 (创文明家庭) is the verb and its object, not the short form.
const SHORT = /创(文|全|卫|城)(?!明|生|市)/g;

export function creationShortForms(text: string): Mention[] {
  if (!/创[文全卫城]/.test(text)) return [];
  const civilized = CIVILIZED.exec(text)?.[0];
  const sanitary = SANITARY.exec(text)?.[0];
  const out: Mention[] = [];
  for (const m of text.matchAll(SHORT)) {
    const full = m[1] === '卫' ? sanitary : civilized;
    if (full) out.push(programByForm(canonicalOf(full), m[0], m.index, '创建'));
    else if (m[1] === '城' && CIVILIZED_CITY.test(text))
      out.push(programByForm('创建全国文明城市', m[0], m.index, '创建'));
  }
  return out;
}

/** The gazetteer's canonical line: 创建… for the civilized titles, …创建 for the sanitary ones. */
function canonicalOf(full: string): string {
  const title = full.replace(/^创建|创建$/g, '');
  return title.startsWith('全国') ? `创建${title}` : `${title}创建`;
}
