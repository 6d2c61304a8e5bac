/**
 * Whether a sector word is used as a sector where it stands (industries.ts findIndustries): 产业 or
 * a list of sectors after it, a verb of developing before it; not a law's, a platform's or a list
 * of other things.
 */
import type { Mention } from './mentions.ts';
import { ITEM_JOINT } from '../text/function-words.ts';
import { otherAt, type Neighbours } from './sector-neighbours.ts';

const SECTOR_CONTEXT_AFTER = /^(产业|行业|产业链|产业集群|集群|领域|业态|制造|板块|供应链|配套)/;
/** What closes a list of sectors after 等: 等重点产业, 等多个领域, 等新业态. */
const SECTOR_HEAD = /^[^，。、与和及的]{0,5}?(产业|行业|领域|业态|板块|集群|企业)/;
const SECTOR_CONTEXT_BEFORE =
  /(发展|培育|聚焦|壮大|布局|做大做强|做强|引进|围绕|主攻|突破|打造|加快)$/;
const LAW = /^(法|条例|促进法|管理条例|法规)/;
const PLATFORM = /^(管理)?(平台|系统|大数据中心|服务中心|云平台)|^(股份)?有限(责任)?公司/;
/** A sector word counts where the text uses it as a sector: 产业/行业 after it, a list of sectors, a verb of developing before it. */
export function usedAsSector(text: string, m: Mention, all: Neighbours): boolean {
  const after = text.slice(m.end, m.end + 12);
  // 渔业法, 电力条例: a law's name, not the sector; 智慧农业管理平台, 某某乳业有限公司: a platform's
  // or a company's (junk16).
  if (LAW.test(after) || PLATFORM.test(after)) return false;
  if (after[0] === '化' || after.startsWith('产业化') || text[m.start - 1] === '等') return false;
  if (SECTOR_CONTEXT_AFTER.test(after) || (after[0] === '等' && SECTOR_HEAD.test(after.slice(1))))
    return true;
  if (closedByOtherNoun(text, m.end)) return false;
  if (/业$/.test(m.name)) return true;
  // 发展集成电路, but not 培育电商能手 (the sector word modifies a noun there).
  const verbBefore = SECTOR_CONTEXT_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start));
  if (verbBefore && /^($|[，。；：、,;:和及与等）)”"]|规模|发展|水平|优势)/.test(after))
    return true;
  // 汽车、电子: a list's joint beside the sector with another sector across it.
  const listed =
    (ITEM_JOINT.test(text[m.start - 1] ?? '') && otherAt(all, 'ends', m.start - 1, m)) ||
    (ITEM_JOINT.test(text[m.end] ?? '') && otherAt(all, 'starts', m.end + 1, m));
  return listed && !closedByOtherNoun(text, m.end);
}

/**
 * A list closed by "等" and a noun that is not a sector word lists other things: 工业互联网、物联网
 * 等应用, 物流、金融等要素, 轻工、纺织等门类.
 */
function closedByOtherNoun(text: string, from: number): boolean {
  const clause = /^[^，。；：！？\n,;:!?]{0,40}/.exec(text.slice(from, from + 40))![0];
  const i = clause.indexOf('等');
  const head = clause.slice(i + 1, i + 10);
  return i >= 0 && head !== '' && !SECTOR_HEAD.test(head);
}
