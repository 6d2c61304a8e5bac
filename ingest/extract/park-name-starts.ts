/**
 * Where a park's name starts: the clause glued before it (a verb of work or of a visit, an adverb
 * before such a verb, a preposition, a clause ending in a verb before a place), and the words before
 * it that show the name was cut inside (the goods before 及, a proper noun before a verb). Split
 * from parks.ts, which reads the name and its suffix.
 */
import { NOUN_CONJUNCTION, VISIT_IN_TURN } from '../text/function-words.ts';
import { gazetteer as gz } from '../gazetteer/index.ts';
import { isHanAt } from '../text/normalize.ts';
import { tag } from '../text/segmenter.ts';
import { startsWithPlace } from './places.ts';
import { SETTLING_SUBJECT } from './park-glued-words.ts';
import { WORK_ADVERBS } from '../text/effort-adverbs.ts';

/** A verb glued in front (优化河套…合作区, 联动…产业园): the park is what follows; 检验合作区开发
 * 建设的成效: a verb of judging before a bare park word leaves no name (things26); so do a
 * leader's acts of inspection and use (督导高新区重点工作, 利用某产业园内的厂房: blind blocal-d); 加快突破某某产业园建设 (blocal-k);
 * 指导园区加快推进项目建设 (lstrat61: a leader guides the park); 全面落实某综改试验区建设, 拉大产业
 * 集聚区的框架 (lthings57-l: what is carried out or enlarged). */
export const LEADING_VERB =
  /^(突破|优化|联动|助力|助推|做优|做强|打造|推动|支持|服务|布局|落户|落地|入驻|依托|引进|聚焦|监管|运营|建设|提质|明确|提升|壮大|检验|检视|评估|考核|加快|推进|谋划|竞争|开发|利用|督导|督查|调研|考察|视察|检查|走访|发挥|扎根|深耕|关心|指导|落实|拉大|扩大)/;
/** 希望企业扎根某高新区, 项目落户某园区 (blocal-g): the firms or projects settling are the verb's
 * subject (the one list of them: park-glued-words.ts); the name starts after the verb. */
export const LEADING_SUBJECT = new RegExp(`^(${SETTLING_SUBJECT})(?=落户|扎根|入驻|进驻|深耕)`);
/**
 * 全面提升园区, 认真谋划园区: an adverb before such a verb opens the clause too (lthings44-a);
 * 充分发挥开发区…作用 (blocal-f): 发挥 (bring into play) as well; 项目将全部落地某县某产业园
 * (lthings56): the projects land in the park, whose name starts after the verb.
 */
export const LEADING_ADVERB = new RegExp(
  `^(${[...WORK_ADVERBS, '全部', '均'].join('|')})(?=助|做|打|推|支|服|布|落|入|依|引|聚|监|运|建|提|明|壮|检|评|考|加|谋|竞|开|优|联|发挥)`,
);
/** 记者从区经济开发区获悉, 赴市经开区调研: a preposition or 赴 before the park; the name is what
 * follows it (here a bare 区 or 市: the district's own zone, a kind, then refused). */
export const FROM_BEFORE = /[从赴](?=\p{Script=Han}*$)/u;

/**
 * “某省汽车及零部件产业基地”: a name that would start right after 及, 和 or 与 joined to a known
 * sector (汽车) is the second half of the goods the park is named by, cut inside (lthings54-l); 某市及
 * 某县工业园 (a place before the conjunction) is a park of its own.
 */
const SECTORS = new Set(gz().industries);
export function joinedToGoods(text: string, start: number): boolean {
  if (!NOUN_CONJUNCTION.test(text[start - 1] ?? '') || !isHanAt(text, start - 2)) return false;
  const before = tag(text.slice(Math.max(0, start - 7), start - 1)).at(-1);
  // A known sector before it (汽车): 文化广场和某某产业基地 lists two places, the park whole.
  return !!before && SECTORS.has(before.word) && !startsWithPlace(before.word);
}

/**
 * 广元川味预制食材产业园: jieba reads the product's 预制 as a verb between a proper noun (川味/nz)
 * and the goods, so the name was cut at it (食材产业园, lthings54-l); a verb glued right after a
 * proper noun that is no place opens no clause, and what is left is a name cut inside. (A place
 * before the verb, 某区打造某产业园, is a clause: the park starts after the verb.)
 */
export function cutAfterProperVerb(text: string, start: number): boolean {
  if (!isHanAt(text, start - 1)) return false;
  const words = tag(text.slice(Math.max(0, start - 8), start));
  const verb = words.at(-1);
  const before = words.at(-2);
  return (
    !!verb &&
    !!before &&
    verb.tag === 'v' &&
    verb.word.length === 2 &&
    before.tag === 'nz' &&
    !LEADING_VERB.test(verb.word) &&
    !VISIT_VERB.test(verb.word)
  );
}

/** Verbs of visiting and of policy that end a clause before a park's name; 到 and 赴 (某某到县工业园)
 * only as words of their own (not 得到, 达到). */
const VISIT_VERB = /(前往|来到|走进|考察|调研|察看|参观|视察|重视|部署|规划|提高)$|^[到赴]$/;

/** Where the name starts after the last visiting or policy verb in `head` (0 when none); any tag:
 * jieba tags 部署 a noun and 高度重视 an idiom there. */
export function visitBefore(head: string): number {
  let at = 0;
  let cut = 0;
  for (const w of tag(head)) {
    at += w.word.length;
    // 就导则中某某示范区: a locative after a noun ends the phrase before the park's name.
    if (VISIT_VERB.test(w.word) || (w.word === '中' && w.tag === 'f' && !BILATERAL.test(head)))
      cut = at;
    // 招商项目|某某产业园, 即以|集聚区为基础 (blocal-n): a project's word or 以 (as, taking) ends
    // the phrase before the park's name.
    if (/^(项目|以|即以)$/.test(w.word)) cut = at;
  }
  // 某某先后到鲁清…产业园: jieba's HMM may glue 到 to an unknown name after it (到鲁清/x); after
  // an adverb of visiting in turn, 到 and 赴 are the visit (blind blocal-m).
  for (const m of head.matchAll(VISITED_IN_TURN)) cut = Math.max(cut, m.index + m[0].length);
  return cut;
}
const VISITED_IN_TURN = new RegExp(VISIT_IN_TURN, 'g');

/** 中德(某市)产业园, 中新…生态城: 中 and a country's one-character short form open a bilateral
 * park's name, no locative (lthings52-l). */
const BILATERAL = /^中[德新韩法俄欧以日英意泰马印越老柬蒙巴白哈乌吉塔土沙阿埃瑞奥荷比澳美]/;

/** Tags of a verb, an adverb, a time or a direction word: what a clause ends with. */
const CLAUSE_TAG = /^(v|vd|ad|d|f|t|a|p)$/;

/**
 * 方案明确江苏自贸试验区, 期间深圳先行示范区: a clause ending in a verb, an adverb or a time word
 * glued before a place that starts the park's name; returns how much to cut (0 when none). A
 * company before a place (某某集团南昌…产业园) is kept: a noun ends it.
 */
export function clauseBeforePlace(left: string): number {
  let at = 0;
  let previous = { word: '', tag: '' };
  for (const w of tag(left)) {
    // 西部（重庆）科学城: a region's direction is part of the name.
    const direction = /^[东西南北中]部$/.test(previous.word);
    if (at > 0 && w.tag === 'ns' && CLAUSE_TAG.test(previous.tag) && !direction)
      if (startsWithPlace(left.slice(at))) return at;
    previous = w;
    at += w.word.length;
  }
  return 0;
}

/**
 * 介绍了经营情况及某某低碳科技产业园区的功能 (blocal-l): a common noun of no place or sector joined
 * by 及 before the park is the item before it in a list of topics; the park starts after 及. Where
 * the noun is a sector (汽车及零部件产业基地) joinedToGoods keeps the name whole.
 */
export function afterListedTopic(surface: string): number {
  const m = /^(\p{Script=Han}{2,6}?)及(?=\p{Script=Han}{4,})/u.exec(surface);
  if (!m || SECTORS.has(m[1]!) || startsWithPlace(m[1]!)) return 0;
  const words = tag(m[1]!);
  return words.every((w) => /^(n|vn)$/.test(w.tag) && !SECTORS.has(w.word)) ? m[0].length : 0;
}
