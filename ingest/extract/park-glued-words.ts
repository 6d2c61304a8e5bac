/**
 * Words glued before or after a park's word that leave no park's name (issue 13, lthings52-l:
 * six junk parks of twenty fresh local pages on zones and investment):
 * - 做大强园区孵化平台, 充分利用园区周围的土地, 聚焦聚力园区发展: verbs of work on the park (and
 *   an adverb before them) with nothing else before the park's word are a clause, the park word
 *   its object (parks.ts LEADING_VERB cuts one verb from a name, and leaves a name of two);
 * - 保障房等园区基础设施: a list closed by 等 before the bare word is what the parks have, no park;
 * - 某某科技企业孵化器有限公司: a company's name runs on after the park's word, no park of its own;
 * - 巡查组来经开区督查: a group that comes (来) to the zone; the park starts after 来.
 * lthings54-l (twenty more local pages): 不断发展壮大开发区高端化工 (发展 is a verb of work too);
 * 某区为产业合作区 (an area of a park said to be a kind: no name); 某集团智慧制造园区 (a firm's base
 * named by a kind, no place after the firm: no park).
 */
import { anyOf, LEGAL_FORMS, opening } from './firm-words.ts';

import { tag } from '../text/segmenter.ts';
import { WORK_ADVERBS } from '../text/effort-adverbs.ts';

/** Adverbs that open such a clause (全力, 充分), and 加快 (speed up), which stands before a verb
 * of work as they do (加快壮大园区). */
const ADVERB = [...WORK_ADVERBS, '加快'].join('|');
/** Verbs of work on a park: growing, using, focusing, serving it; lstrat63: building it strong (要建强
 * 开发园区载体平台: 开发园区, the development zones and parks of a county in general). */
const WORK_VERB =
  '做大做强|做大强|做大|做强|做优|做实|做精|做好|建强|建优|开发|聚力|聚焦|利用|用好|管好|建好|办好|服务|提升|发展|壮大|优化|激活|盘活|入驻|进驻|进入|入|关心|支持|扎根|落户|深耕';
/** 希望企业扎根高新区, 支持关心园区建设 (blocal-g): the firms or projects that settle there may stand
 * before the verb as its subject; still no name. */
export const SETTLING_SUBJECT = '企业|项目|客商';
/** 要大力支持园区工作 (blocal-j): a modal verb may open the clause before the adverb. */
const MODAL = '要|需要|必须|应当|应|将';
const ONLY_VERBS = new RegExp(
  `^(?:${SETTLING_SUBJECT})?(?:${MODAL})?(?:${ADVERB})*(?:${WORK_VERB})+$`,
);
/** What comes after a company's name: its legal form (有限公司, 股份有限公司, 集团; firm-words.ts). */
const COMPANY_AFTER = opening(LEGAL_FORMS);
/** The last legal form in a run of text, and all before it (某某股份有限公司|某市…). */
const UP_TO_LEGAL_FORM = new RegExp(`.*${anyOf(LEGAL_FORMS)}`);

/**
 * Whether `head` is only the verbs of work on the park (and their subject, modal, adverbs). Tested
 * once, on what is left of the head after every cut of its front (parks.ts): each cut takes whole
 * words off (a visit, a settling verb, a leading verb or adverb, a county), so a head of only such
 * verbs is one still, and 某县要大力支持园区 is one only after its county is cut.
 */
export const onlyWorkVerbs = (head: string): boolean => ONLY_VERBS.test(head);

/**
 * 某高新区成功晋级省级高新区, 某经开区获批国家级经开区: a park rising to a rank names the rank
 * after the verb, no park of its own (blocal-k); the park is the one before the verb.
 */
const RISES_TO = /(?:晋级|晋升为?|升级为|升格为|获批(?:为|设立)?)(?:国家级|省级|市级)$/;

/**
 * 视察了新城区和县经济开发区: a place (新城区) and the county's own zone printed bare (县经济开发区)
 * in one run; the level word after the conjunction names no place, so there is no park's name
 * (lthings62-l). Not 马鞍山市和县经济开发区, where 和县 is the city's county: the place before the
 * conjunction is of a county's level or lower, so no county can be under it.
 */
const AND_BARE_LEVEL = /[区县镇乡城][和与及][县区市](?![县区市])/;

/**
 * 规划建设多条主干道，有效串联园区各片区 (lthings63-l): an adverb of manner and one two-character
 * word before the bare park's word are a clause (adverb, verb, its object the park), whatever the
 * verb: no name opens with an adverb (jieba even tags 串联 a place there, so no verb list would do).
 */
const ADVERB_AND_VERB = new RegExp(
  `^(?:${[ADVERB, '有效', '主动', '逐步', '高效'].join('|')})\\p{Script=Han}{2}$`,
  'u',
);

/** Whether `head` (what precedes the park's word) and what follows `end` leave no park. */
export function gluedNoPark(text: string, head: string, end: number): boolean {
  return (
    /等$/.test(head) ||
    ADVERB_AND_VERB.test(head) ||
    RISES_TO.test(head) ||
    AND_BARE_LEVEL.test(head) ||
    COMPANY_AFTER.test(text.slice(end))
  );
}

/** 园区分为五个功能区，A区为产业合作区: an area (区, 园) said to be (为, 是) a kind of park names
 * none; the name would start after the copula, and what is left is a kind. */
export function afterAreaIs(head: string): number {
  const m = /.*[区园][为是]/.exec(head);
  return m ? m[0].length : 0;
}

/** 二是明确某某产业园, 三是产业工业园要…: the ordinal of a list of points (一是, 二是) opens the
 * clause; the name starts after it (lthings54-l, after its held-out pages were scored). */
export function afterOrdinal(head: string): number {
  const m = /^.*?[一二三四五六七八九十]是/.exec(head);
  return m ? m[0].length : 0;
}

/** Where the park's name starts after a visiting group's 来 in `head` (组来, 团来, 一行来), or 0. */
export function afterGroupComes(head: string): number {
  const m = /(组|团|队|一行|们)来/.exec(head);
  return m ? m.index + m[0].length : 0;
}

/** 引进优质企业落户某某经开区 (blocal-j): the park is named after the verb firms settle by, not with
 * the firms before it; where the name starts after 落户, 入驻, 进驻 or 扎根 in `head`, or 0. */
export function afterSettling(head: string): number {
  const m = /.*(?:落户|入驻|进驻|扎根)(?=\p{Script=Han}{2})/u.exec(head);
  return m ? m[0].length : 0;
}

/** 某某公司智能装备产业园: where the name starts after a company's name in `head` (a firm's own
 * base is no park; 某某股份有限公司某市文化创意产业园 leaves the park named by its place), or 0. */
export function afterFirm(head: string): number {
  const m = UP_TO_LEGAL_FORM.exec(head);
  return m ? m[0].length : 0;
}

/** 某集团智慧制造园区: after a firm's name only a kind of park is left, no place (lthings54-l); the
 * firm's own base has no name of its own. 某公司某市…产业园 (a place after the firm) is the place's. */
export function firmKindOnly(head: string, startsWithPlace: (s: string) => boolean): boolean {
  const cut = afterFirm(head);
  if (cut === 0 || cut === head.length || startsWithPlace(head.slice(cut))) return false;
  // A place the gazetteer lacks (jieba's ns) after the firm names the park too.
  return !tag(head.slice(cut))[0]?.tag.startsWith('ns');
}
