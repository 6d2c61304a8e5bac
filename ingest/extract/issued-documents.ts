/**
 * recall42 (issue 13): policy documents and measure packages a body issues, printed without 《》.
 * The news prints a ministry's new document by its title after the verb of issuing
 * (商务部等五部门近日联合印发某某实施方案，…) or as a headline that says it is out (某某工作指南发布);
 * and a package of measures by its purpose and its count (出台促进某某发展的32条措施). The other
 * readers need 《》, 关于, a program word (行动, 工程, 计划) or 以下简称; these carry none.
 */
import type { Mention } from './mentions.ts';
import { issuedNames, issuerClause, programEndingAt } from './launched-names.ts';

/**
 * What a document is: the word its title ends with (方案, 要点, 工作指南, 意见, 规划, 指引). Not a
 * technical guide (某某建设指南, 支付指南: how to do a thing, as GUIDANCE in policy-documents.ts) nor
 * a rule book (办法, 规定): no development annotation lists one, and 《…办法》 is no program either.
 * prog57: an outline (印发某某行动纲要, 某某规划纲要发布) is a plan printed once, as its 《》 title is.
 * pjunk62: so is a ministry's list of policies for a year (发布2025年中央财政强农惠农富农政策清单).
 */
const DOC =
  '(?:工作方案|实施方案|工作要点|工作指南|指导意见|实施意见|发展规划|专项规划|指引|政策清单|(?:行动|规划|建设|发展)纲要)';
/** The title's characters: no pause, no quote or bracket, no list (、), no number of its own. */
const TITLE = '[^，。；：、！？\\s“”《》（）()*]';
/** Words between the issuer and the verb: when (近日, 今天（1月24日）), together, one after another. */
const MANNER =
  '(?:近日|日前|今天|昨天|今年|当天|先后|相继|及时|正式|再次|首次|共同)?(?:[（(][^（）()]{2,12}[）)])?(?:联合)?';
/** 四部门今天联合发布某某指导意见，: an issuer, the verb of issuing, the title up to a pause. */
const ISSUED = issuerClause({
  issuer: '[^，。；：、！？\\s“”《》（）*]',
  manner: MANNER,
  verbs: '印发|发布|出台|制定|下发|公布|推出|落实',
  // 住建部近日发布关于提升某某的意见，: 关于…的意见 after the verb of issuing is a document's title
  // though printed without 《》 (cctv35a); a bare 意见 elsewhere is an opinion heard. pjunk62: so is
  // 进一步…的意见 without its 关于 too (七部门联合发布进一步优化某某的意见, prog62-a): a title's
  // opening word, no opinion anyone voices.
  name: `(?:${TITLE}{4,30}?${DOC}|(?:关于|进一步)${TITLE}{4,30}?的意见)`,
});
/** 某某工作指南发布, 某某指导意见今天发布: a headline or a clause that opens with the title. */
const OUT = new RegExp(
  `(?<=^|[，。；：！？\\s）*])(${TITLE}{4,30}?${DOC})(?:今天|近日|日前|正式)?(?:[（(][^（）()]{2,12}[）)])?(?:发布|印发|出台)(?=[，。；！？*]|$)`,
  'gmu',
);
/** A kind, a rank or a scope (相关规定, 省级…方案, 一系列…), not one document. */
const KIND =
  /^(?:相关|有关|一批|一系列|系列|多项|各项|各类|配套|具体|年度|省级|市级|县级|该|本|这|此|[0-9]{4}年度)/;
/** A round or a first of its kind before the title is no part of it (新一轮…方案, 我国首个…意见). */
const OPENING = /^(?:新一轮|(?:我国|全国|国内)?首个|首部|首批)/;
/** The implementation plan of a named program stands for the program (…提升工程实施方案). */
const PLAN_OF_PROGRAM = /^(.{4,}(?:工程|行动|计划))(?:实施方案|工作方案)$/u;

/**
 * 出台促进民营经济高质量发展的32条措施, 相继出台促进某某的十条措施和助企某某七条措施: a package of
 * measures named by what it is for and how many it holds, after a verb of issuing. The purpose opens
 * with a verb of support (促进, 支持, 推动…): 出台6项措施 (no purpose) and 出台包括A、B等6项措施
 * (examples, not a name) are none.
 */
const PURPOSE = '(?:促进|支持|推动|推进|助企|助力|加快|优化|便利|稳定|扩大|提振|激发|鼓励|深化)';
const COUNT = '(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})[条项](?:政策)?(?:措施|举措)';
const PACKAGE = new RegExp(
  `(?:印发|发布|出台|制定|公布|推出|实施|落实)了?(?:新一轮)?(${PURPOSE}[^，。；：、！？\\s“”《》（）的和与及等]{3,20}?的?${COUNT})(?=[，。；！？和]|$)`,
  'gu',
);
const JOINED_PACKAGE = new RegExp(
  `^和(${PURPOSE}[^，。；：、！？\\s“”《》（）的和与及等]{3,20}?的?${COUNT})(?=[，。；！？]|$)`,
  'u',
);

/**
 * 审查2023年国民经济和社会发展计划执行情况与2024年…计划草案: the country's plan of one year, which
 * the National People's Congress examines each March, is named with its year (the annotations
 * list each year's plan; the program readers cut the year off as a time).
 */
const YEAR_PLAN = /[0-9]{4}年国民经济和社会发展计划/g;

export function issuedDocuments(text: string): Mention[] {
  const out: Mention[] = [];
  if (text.includes('国民经济和社会发展计划'))
    for (const m of text.matchAll(YEAR_PLAN))
      out.push(programEndingAt(m[0], m.index + m[0].length, '计划'));
  if (/印发|发布|出台|制定|下发|公布|推出|落实/.test(text)) {
    for (const { name, end } of issuedNames(text, ISSUED)) {
      const doc = document(name, end);
      if (doc) out.push(doc);
    }
    for (const m of text.matchAll(OUT)) {
      const end = m.index + m[1]!.length;
      const doc = document(m[1]!, end);
      if (doc) out.push(doc);
    }
  }
  if (/措施|举措/.test(text))
    for (const m of text.matchAll(PACKAGE)) {
      const end = m.index + m[0].length;
      out.push(programEndingAt(m[1]!, end, '措施'));
      const joined = JOINED_PACKAGE.exec(text.slice(end, end + 30));
      if (joined) out.push(programEndingAt(joined[1]!, end + joined[0].length, '措施'));
    }
  return out;
}

/** The document of a title printed up to `end`, or the program its implementation plan carries. */
function document(printed: string, end: number): Mention | undefined {
  const title = printed.replace(OPENING, '');
  if (title.length < 6 || KIND.test(title)) return undefined;
  const program = PLAN_OF_PROGRAM.exec(title)?.[1];
  if (program) return programEndingAt(program, end - (title.length - program.length), 'plan');
  return programEndingAt(title, end, /(方案|要点|指南|意见|规划|指引|纲要|清单)$/.exec(title)![1]!);
}
