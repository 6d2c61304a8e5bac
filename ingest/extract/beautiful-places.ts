/**
 * lstrat48 (issue 13): a campaign that makes one kind of place beautiful — 美丽集镇, 美丽城镇,
 * 美丽庭院, 美丽河湖 (provincial campaigns after the national 美丽乡村 and 美丽中国) — is named by
 * the kind of place and read where its work is carried out (调研美丽集镇工作, 美丽城镇建设) or where a
 * clause takes it as its lever (以美丽集镇为抓手). Bare, the phrase is a description (打造美丽的
 * 集镇, 建成一批美丽庭院: built places, not the campaign); 美丽乡村 is the gazetteer's, quoted only.
 */
import { programByForm as mention, type Mention } from './mentions.ts';
import { districtShortNames } from './places.ts';

const PLACE = '(集镇|圩镇|城镇|村庄|宜居乡村|庭院|河湖|海湾|街区|县城|田园)';
const WORK = new RegExp(`美丽${PLACE}(建设|创建|工作|行动)(?![者员])`, 'gu');
const LEVER = new RegExp(`以美丽${PLACE}(?:建设|创建)?为(抓手|载体|突破口|切入点)`, 'gu');

/**
 * lstrat61: 突出绿美郁南生态建设: Guangdong's greening campaign (绿美广东生态建设, the provincial
 * committee's decision of December 2022) carried out by a city or a county under its own name.
 */
const GREENED = /绿美(\p{Script=Han}{2,3}?)生态建设/gu;

export function beautifulPlaces(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(GREENED))
    if (districtShortNames('all', true).has(m[1]!)) out.push(mention(m[0], m[0], m.index, '建设'));
  if (!text.includes('美丽')) return out;
  for (const m of text.matchAll(WORK)) {
    // 美丽城镇工作: the work of the campaign, named by its building; 创建 and 行动 are its own word.
    const kind = m[2] === '工作' ? '建设' : m[2]!;
    out.push(mention(`美丽${m[1]}${kind}`, m[0], m.index, kind));
  }
  for (const m of text.matchAll(LEVER)) {
    const at = m.index + 1;
    out.push(mention(`美丽${m[1]}建设`, text.slice(at, at + 4), at, '建设'));
  }
  return out;
}
